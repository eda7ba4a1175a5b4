"""Internships, theses and positions read like job ads: on the page, the card and in JSON-LD."""

import datetime
import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from offers.choices import EmploymentType, Format, OfferType, PayUnit, RemoteWork
from offers.models import OfferPage
from tests.factories import OfferIndexPageFactory, OfferPageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db

# schema.org JobPosting (https://schema.org/JobPosting): every property it defines, and
# those Google for Jobs requires and recommends
# (https://developers.google.com/search/docs/appearance/structured-data/job-posting).
JOB_POSTING_PROPERTIES = {
    "@context", "@type", "applicantLocationRequirements", "applicationContact", "baseSalary",
    "datePosted", "description", "directApply", "educationRequirements", "employerOverview",
    "employmentType", "employmentUnit", "estimatedSalary", "experienceInPlaceOfEducation",
    "experienceRequirements", "hiringOrganization", "identifier", "image", "incentiveCompensation",
    "industry", "jobBenefits", "jobImmediateStart", "jobLocation", "jobLocationType",
    "jobStartDate", "name", "occupationalCategory", "physicalRequirements", "qualifications",
    "responsibilities", "salaryCurrency", "securityClearanceRequirement", "sensoryRequirement",
    "skills", "specialCommitments", "title", "totalJobOpenings", "url", "validThrough",
    "workHours",
}  # fmt: skip
REQUIRED = {"datePosted", "description", "hiringOrganization", "title"}
RECOMMENDED = {"baseSalary", "directApply", "employmentType", "identifier", "validThrough"}
EMPLOYMENT_TYPES = {"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER",
                    "PER_DIEM", "OTHER"}  # fmt: skip
UNIT_TEXTS = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}


def _json_ld(client, page) -> dict:
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return json.loads(soup.select_one('script[type="application/ld+json"]').string)


def _assert_valid_job_posting(data: dict) -> None:
    assert data["@type"] == "JobPosting"
    assert set(data) <= JOB_POSTING_PROPERTIES, set(data) - JOB_POSTING_PROPERTIES
    assert set(data) >= REQUIRED | RECOMMENDED, (REQUIRED | RECOMMENDED) - set(data)
    # Google requires a location: an address, or remote work with where applicants may live.
    if data.get("jobLocationType") == "TELECOMMUTE":
        assert data["applicantLocationRequirements"]["@type"] == "Country"
    else:
        address = data["jobLocation"]["address"]
        assert address["@type"] == "PostalAddress"
        assert {"addressLocality", "addressRegion", "addressCountry"} <= set(address)
    assert data["hiringOrganization"]["@type"] == "Organization"
    assert data["hiringOrganization"]["name"]
    assert data["employmentType"] in EMPLOYMENT_TYPES
    datetime.date.fromisoformat(data["datePosted"])
    datetime.date.fromisoformat(data["validThrough"])
    salary = data["baseSalary"]
    assert salary["@type"] == "MonetaryAmount" and salary["currency"] == "EUR"
    value = salary["value"]
    assert value["@type"] == "QuantitativeValue" and value["unitText"] in UNIT_TEXTS
    assert "value" in value or {"minValue", "maxValue"} <= set(value)


def test_a_job_ad_lacking_everything_says_all_it_lacks():
    offer = OfferPage(title="Praktikum", offer_type=OfferType.INTERNSHIP, format=Format.ONLINE)

    errors = offer.validation_errors()

    assert {"employment_type", "start_date", "pay_min", "application_url"} <= set(errors)
    assert "price" not in errors


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"hours_per_week": None}, "hours_per_week"),
        ({"start_asap": True, "start_date": datetime.date(2030, 1, 2)}, "start_date"),
        ({"pay_min": Decimal(18), "pay_max": Decimal(15)}, "pay_max"),
        ({"pay_unit": ""}, "pay_unit"),
        ({"unpaid": True, "pay_min": None, "pay_unit": ""}, "unpaid"),
        ({"application_email": ""}, "application_url"),
    ],
)  # fmt: skip
def test_a_job_ad_that_contradicts_itself_is_refused(fields, field):
    values = {
        "employment_type": EmploymentType.WORKING_STUDENT,
        "hours_per_week": 20,
        "start_asap": True,
        "pay_min": Decimal(15),
        "pay_unit": PayUnit.HOUR,
        "application_email": "jobs@example.org",
    }
    offer = OfferPage(
        title="Werkstudent", offer_type=OfferType.WORKING_STUDENT, format=Format.ONLINE
    )
    for name, value in {**values, **fields}.items():
        setattr(offer, name, value)

    assert set(offer.validation_errors()) == {field}


def test_a_mandatory_internship_may_be_unpaid():
    offer = OfferPage(
        title="Pflichtpraktikum",
        offer_type=OfferType.INTERNSHIP,
        format=Format.ONLINE,
        employment_type=EmploymentType.MANDATORY_INTERNSHIP,
        start_date=datetime.date(2030, 3, 1),
        unpaid=True,
        application_url="https://example.org/bewerben",
    )

    assert offer.validation_errors() == {}
    assert offer.pay_text == "Unvergütet"


def test_a_job_ad_shows_apply_now_pay_hours_and_start_and_no_cost(client):
    offer = OfferPageFactory(
        title="Werkstudent Softwareentwicklung",
        offer_type=OfferType.WORKING_STUDENT,
        pay_min=Decimal(15),
        pay_max=Decimal(18),
        hours_per_week=18,
        duration_months=12,
        application_url="https://weserbyte.example/jobs/42",
        application_documents="Lebenslauf, Notenübersicht",
        contact_name="Jana Brandes",
        remote_work=RemoteWork.PARTLY,
    )

    soup = BeautifulSoup(client.get(offer.url).content, "html.parser")
    facts = soup.select_one(".facts").get_text(" ", strip=True)

    assert soup.select_one(".facts__actions .button").get_text(strip=True) == "Jetzt bewerben"
    assert soup.select_one(".facts__actions .button")["href"] == offer.application_url
    assert "15–18 € pro Stunde" in facts
    assert "18 Stunden pro Woche" in facts
    assert "So bald wie möglich" in facts
    assert "12 Monate" in facts
    assert "Teilweise remote" in facts
    assert "Jana Brandes" in facts
    for event_word in ("Kosten", "Kostenlos", "Anmelden", "Verfügbar bis"):
        assert event_word not in soup.select_one("main").get_text(), event_word
    assert "Lebenslauf, Notenübersicht" in soup.select_one(".detail__main").get_text()


def test_a_job_card_shows_pay_hours_and_deadline_and_no_free_badge(client):
    OfferIndexPageFactory()
    deadline = timezone.localdate() + datetime.timedelta(days=20)
    OfferPageFactory(
        title="Berufseinstieg Data Engineering",
        offer_type=OfferType.CAREER_ENTRY,
        pay_min=Decimal(3800),
        pay_max=Decimal(4300),
        pay_unit=PayUnit.MONTH,
        hours_per_week=40,
        registration_deadline=deadline,
    )

    card = BeautifulSoup(client.get("/de/angebote/").content, "html.parser").select_one(".card")
    text = card.get_text(" ", strip=True)

    assert "3.800–4.300 € pro Monat" in text
    assert "40 Stunden pro Woche" in text
    assert f"Bewerbung bis {deadline.day}." in text
    assert "Kostenlos" not in text


def test_saving_a_job_ad_clears_what_only_events_have():
    offer = OfferPageFactory(offer_type=OfferType.THESIS, price=Decimal(20), is_free=False)

    offer.refresh_from_db()

    assert (offer.starts_at, offer.ends_at, offer.price, offer.registration_url) == (
        None,
        None,
        None,
        "",
    )


def test_job_posting_has_schema_org_required_and_recommended_properties(client):
    partner = PartnerPageFactory(title="Weserbyte GmbH")
    offer = OfferPageFactory(
        offer_type=OfferType.CAREER_ENTRY,
        partner=partner,
        pay_min=Decimal(3800),
        pay_max=Decimal(4300),
        pay_unit=PayUnit.MONTH,
        valid_through=timezone.localdate() + datetime.timedelta(days=60),
        address="Weserbyte GmbH\nOsterstraße 12\n31785 Hameln",
    )

    data = _json_ld(client, offer)

    _assert_valid_job_posting(data)
    assert data["employmentType"] == "FULL_TIME"
    assert data["hiringOrganization"]["name"] == "Weserbyte GmbH"
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "unitText": "MONTH",
        "minValue": 3800.0,
        "maxValue": 4300.0,
    }
    assert data["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Weserbyte GmbH, Osterstraße 12",
        "postalCode": "31785",
        "addressLocality": "Hameln",
        "addressRegion": "Niedersachsen",
        "addressCountry": "DE",
    }
    assert "jobLocationType" not in data


def test_a_fully_remote_working_student_job_is_a_telecommute_part_time_posting(client):
    offer = OfferPageFactory(
        offer_type=OfferType.WORKING_STUDENT,
        remote_work=RemoteWork.FULLY,
        valid_through=timezone.localdate() + datetime.timedelta(days=30),
    )

    data = _json_ld(client, offer)

    _assert_valid_job_posting(data)
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["employmentType"] == "PART_TIME"
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "unitText": "HOUR",
        "value": 16.0,
    }


def test_an_unpaid_posting_names_no_salary(client):
    offer = OfferPageFactory(
        offer_type=OfferType.THESIS, pay_min=None, pay_unit="", unpaid=True, hours_per_week=None
    )

    assert "baseSalary" not in _json_ld(client, offer)


def test_an_events_valid_through_is_not_shown_as_a_deadline(client):
    offer = OfferPageFactory(valid_through=timezone.localdate() + datetime.timedelta(days=90))

    text = BeautifulSoup(client.get(offer.url).content, "html.parser").select_one("main").get_text()

    assert "Verfügbar bis" not in text


def test_the_editor_shows_event_or_job_panels_by_the_offer_type(admin_client):
    offer = OfferPageFactory(offer_type=OfferType.INTERNSHIP)

    soup = BeautifulSoup(admin_client.get(f"/admin/pages/{offer.pk}/edit/").content, "html.parser")

    job_types = soup.select_one("select[name=offer_type]")["data-job-types"].split()
    assert set(job_types) == {
        "career_entry",
        "internship",
        "thesis",
        "trainee",
        "working_student",
    }
    event_panels = soup.select('[data-offer-panel="event"]')
    job_panels = soup.select('[data-offer-panel="job"]')
    assert any(panel.select("[name=price]") for panel in event_panels)
    assert any(panel.select("[name=registration_url]") for panel in event_panels)
    assert any(panel.select("[name=pay_min]") for panel in job_panels)
    assert any(panel.select("[name=application_url]") for panel in job_panels)
    assert soup.select_one('script[src$="js/offer-editor.js"]')


def test_the_api_names_a_job_ads_terms_and_an_offers_sessions(client):
    job = OfferPageFactory(offer_type=OfferType.WORKING_STUDENT, pay_max=Decimal(18))

    data = client.get(f"/api/v2/pages/{job.pk}/").json()

    assert data["employment_type"] == "working_student"
    assert (data["pay_min"], data["pay_max"], data["pay_unit"]) == ("16.00", "18.00", "hour")
    assert data["hours_per_week"] == 20 and data["start_asap"] is True
    assert data["application_email"] == "jobs@weserbyte.example"
    assert data["sessions"] == []
