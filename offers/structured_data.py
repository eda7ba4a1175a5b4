"""schema.org JSON-LD: Event for dated offers and challenges, JobPosting for positions,
Organization for partners. Search engines read these; every dict names the canonical URL."""

from django.http import HttpRequest
from django.utils import timezone

from home.structured_data import CONTEXT, webpage
from offers.choices import Format, OfferType

ATTENDANCE = {
    Format.ON_SITE: "https://schema.org/OfflineEventAttendanceMode",
    Format.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Format.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}
EMPLOYMENT = {
    OfferType.INTERNSHIP: "INTERN",
    OfferType.THESIS: "INTERN",
    OfferType.WORKING_STUDENT: "PART_TIME",
    OfferType.CAREER_ENTRY: "FULL_TIME",
}


def organization(partner, request: HttpRequest) -> dict:
    data = {"@type": "Organization", "name": partner.title, "url": partner.get_full_url(request)}
    if partner.website:
        data["sameAs"] = [partner.website]
    return data


def _place(page) -> dict:
    address = {"@type": "PostalAddress", "addressRegion": "Niedersachsen", "addressCountry": "DE"}
    if page.place:
        address["addressLocality"] = page.place.name
    if page.address:
        address["streetAddress"] = page.address.replace("\n", ", ")
    return {
        "@type": "Place",
        "name": page.address.split("\n")[0] or (page.place.name if page.place else ""),
        "address": address,
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


def offer(page, request: HttpRequest) -> dict:
    url = page.get_full_url(request)
    if page.is_job:
        data = {
            "@context": CONTEXT,
            "@type": "JobPosting",
            "title": page.title,
            "description": page.summary,
            "url": url,
            "datePosted": timezone.localdate(page.first_published_at or timezone.now()).isoformat(),
            "employmentType": EMPLOYMENT[page.offer_type],
        }
        if page.expires_on:
            data["validThrough"] = page.expires_on.isoformat()
        if page.partner:
            data["hiringOrganization"] = organization(page.partner, request)
        if page.format == Format.ONLINE:
            data["jobLocationType"] = "TELECOMMUTE"
        else:
            data["jobLocation"] = _place(page)
        return data
    if page.starts_at:
        data = _event(page, request, page.starts_at, page.ends_at)
        data["offers"] = {
            "@type": "Offer",
            "price": "0" if page.is_free or page.price is None else f"{page.price:.2f}",
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
