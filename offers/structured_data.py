"""schema.org JSON-LD: Event for dated offers and challenges, JobPosting for positions,
Organization for partners. Search engines read these; every dict names the canonical URL."""

import re

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from home.structured_data import CONTEXT, webpage
from offers.choices import EmploymentType, Format, OfferType, PayUnit

ATTENDANCE = {
    Format.ON_SITE: "https://schema.org/OfflineEventAttendanceMode",
    Format.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Format.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}
EMPLOYMENT = {
    EmploymentType.FULL_TIME: "FULL_TIME",
    EmploymentType.PART_TIME: "PART_TIME",
    EmploymentType.WORKING_STUDENT: "PART_TIME",
    EmploymentType.MANDATORY_INTERNSHIP: "INTERN",
    EmploymentType.VOLUNTARY_INTERNSHIP: "INTERN",
    EmploymentType.THESIS: "INTERN",
}
# Until an editor names the employment type, the offer type says enough.
EMPLOYMENT_BY_OFFER_TYPE = {
    OfferType.INTERNSHIP: "INTERN",
    OfferType.THESIS: "INTERN",
    OfferType.WORKING_STUDENT: "PART_TIME",
    OfferType.CAREER_ENTRY: "FULL_TIME",
    OfferType.TRAINEE: "FULL_TIME",
}
PAY_UNIT = {PayUnit.HOUR: "HOUR", PayUnit.MONTH: "MONTH", PayUnit.YEAR: "YEAR"}
POSTCODE_AND_TOWN = re.compile(r"^(\d{5})\s+(.+)$")


def organization(partner, request: HttpRequest) -> dict:
    data = {"@type": "Organization", "name": partner.title, "url": partner.get_full_url(request)}
    if partner.website:
        data["sameAs"] = [partner.website]
    return data


def postal_address(page) -> dict:
    """A schema.org PostalAddress from the free-text address ("Street 1\n31134 Hildesheim")."""
    address = {"@type": "PostalAddress", "addressRegion": "Niedersachsen", "addressCountry": "DE"}
    street = []
    for line in (line.strip() for line in page.address.splitlines()):
        if match := POSTCODE_AND_TOWN.match(line):
            address["postalCode"], address["addressLocality"] = match.groups()
        elif line:
            street.append(line)
    if street:
        address["streetAddress"] = ", ".join(street)
    if "addressLocality" not in address and page.place:
        address["addressLocality"] = page.place.name
    return address


def _place(page) -> dict:
    return {
        "@type": "Place",
        "name": page.address.split("\n")[0].strip() or (page.place.name if page.place else ""),
        "address": postal_address(page),
    }


def _location(page, request: HttpRequest) -> dict | list:
    online = {"@type": "VirtualLocation", "url": page.get_full_url(request)}
    if page.format == Format.ONLINE:
        return online
    if page.format == Format.HYBRID:
        return [_place(page), online]
    return _place(page)


def _event(page, request: HttpRequest, start, end) -> dict:
    data = {
        "@context": CONTEXT,
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "startDate": start.isoformat(),
        "eventAttendanceMode": ATTENDANCE[page.format],
        "eventStatus": "https://schema.org/EventScheduled",
        "location": _location(page, request),
        "inLanguage": page.locale.language_code,
    }
    if end:
        data["endDate"] = end.isoformat()
    if page.partner:
        data["organizer"] = organization(page.partner, request)
    return data


def job_posting(page, request: HttpRequest) -> dict:
    """A job ad as Google for Jobs and other job boards read it."""
    url = page.get_full_url(request)
    data = {
        "@context": CONTEXT,
        "@type": "JobPosting",
        "title": page.title,
        "description": page.summary,
        "url": url,
        "identifier": {
            "@type": "PropertyValue",
            "name": settings.WAGTAIL_SITE_NAME,
            "value": f"{page.translation_key}-{page.locale.language_code}",
        },
        "datePosted": timezone.localdate(page.first_published_at or timezone.now()).isoformat(),
        "employmentType": EMPLOYMENT.get(page.employment_type)
        or EMPLOYMENT_BY_OFFER_TYPE[page.offer_type],
        "directApply": False,
        "hiringOrganization": (
            organization(page.partner, request)
            if page.partner
            else {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}
        ),
    }
    if valid_through := page.registration_deadline or page.expires_on:
        data["validThrough"] = valid_through.isoformat()
    if page.is_fully_remote:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": "DE"}
    if not page.is_fully_remote or page.place or page.address:
        data["jobLocation"] = _place(page)
    if salary := base_salary(page):
        data["baseSalary"] = salary
    if page.hours_per_week:
        data["workHours"] = f"{page.hours_per_week} h/week"
    if page.start_date:
        data["jobStartDate"] = page.start_date.isoformat()
    return data


def base_salary(page) -> dict | None:
    if page.unpaid or page.pay_min is None or not page.pay_unit:
        return None
    value = {"@type": "QuantitativeValue", "unitText": PAY_UNIT[page.pay_unit]}
    if page.pay_max is not None and page.pay_max > page.pay_min:
        value |= {"minValue": float(page.pay_min), "maxValue": float(page.pay_max)}
    else:
        value["value"] = float(page.pay_min)
    return {"@type": "MonetaryAmount", "currency": "EUR", "value": value}


def offer(page, request: HttpRequest) -> dict:
    url = page.get_full_url(request)
    if page.is_job:
        return job_posting(page, request)
    if page.starts_at:
        data = _event(page, request, page.starts_at, page.ends_at)
        # A price nobody gave is not "0": such an event names no offer.
        if page.is_free or page.price is not None:
            data["offers"] = {
                "@type": "Offer",
                "price": "0" if page.is_free else f"{page.price:.2f}",
                "priceCurrency": "EUR",
                "url": page.registration_url or url,
            }
        return data
    return webpage(page, request)


def challenge(page, request: HttpRequest) -> dict:
    if page.starts_on is None:
        return webpage(page, request)
    return _event(page, request, page.starts_on, page.ends_on)


def partner(page, request: HttpRequest) -> dict:
    data = {"@context": CONTEXT, **organization(page, request), "description": page.summary}
    if page.industry:
        data["knowsAbout"] = page.industry
    if page.contact_email:
        data["email"] = page.contact_email
    if page.logo:
        data["logo"] = request.build_absolute_uri(page.logo.get_rendition("max-240x120").url)
    return data
