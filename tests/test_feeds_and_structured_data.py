"""Calendar downloads, feeds, JSON-LD and the sitemap, as a calendar app or crawler reads them."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from django.utils import timezone

from offers.choices import Format, OfferType
from tests.factories import (
    ArticlePageFactory,
    ChallengePageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    StandardPageFactory,
    german_home,
    phases_for,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _head_links(html: str, kind: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [link["href"] for link in soup.select(f'head link[rel="alternate"][type="{kind}"]')]


def _json_ld(html: str) -> dict:
    soup = BeautifulSoup(html, "html.parser")
    scripts = soup.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_offer_page_links_and_serves_its_icalendar_file(client):
    offer = OfferPageFactory(title="Cloud-Workshop", slug="cloud-workshop")

    page = client.get(offer.url)
    assert _head_links(page.content.decode(), "text/calendar") == [f"{offer.url}ics/"]

    response = client.get(f"{offer.url}ics/")
    assert response["Content-Type"].startswith("text/calendar")
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Cloud-Workshop"
    assert event.decoded("DTSTART") == offer.starts_at.replace(microsecond=0)
    assert str(event["URL"]) == offer.full_url


def test_undated_offer_has_no_calendar_file(client):
    offer = OfferPageFactory(starts_at=None, ends_at=None, offer_type=OfferType.MENTORING)

    assert client.get(f"{offer.url}ics/").status_code == 404
    assert _head_links(client.get(offer.url).content.decode(), "text/calendar") == []


def test_offer_listing_feed_contains_only_upcoming_offers(client):
    OfferPageFactory(title="Bald")
    OfferPageFactory(
        title="Vorbei",
        starts_at=timezone.now() - datetime.timedelta(days=3),
        ends_at=timezone.now() - datetime.timedelta(days=3),
    )

    listing = client.get("/de/angebote/")
    assert _head_links(listing.content.decode(), "text/calendar") == ["/de/angebote/ics/"]
    calendar = Calendar.from_ical(client.get("/de/angebote/ics/").content)
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == ["Bald"]


def test_challenge_listing_feed_holds_the_phases_of_unfinished_challenges(client):
    running = ChallengePageFactory(title="Läuft", phases=phases_for("running"))
    ChallengePageFactory(title="Fertig", phases=phases_for("finished"))

    calendar = Calendar.from_ical(client.get("/de/challenges/ics/").content)

    events = calendar.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == [
        "Läuft: Ausschreibung",
        "Läuft: Bewerbung",
        "Läuft: Bearbeitung",
        "Läuft: Abschlusspräsentation",
    ]
    phases = list(running.phases.all())
    assert [event.decoded("DTSTART") for event in events] == [p.starts_on for p in phases]
    # All-day events end the day after a phase's last day (DTEND is exclusive).
    assert events[0].decoded("DTEND") == phases[0].ends_on + datetime.timedelta(days=1)
    assert len({str(event["UID"]) for event in events}) == 4


def test_dated_offer_is_an_event_with_its_canonical_url(client):
    partner = PartnerPageFactory(title="Hamelner Datenwerk GmbH")
    offer = OfferPageFactory(partner=partner, format=Format.HYBRID)

    data = _json_ld(client.get(offer.url).content.decode())

    assert data["@type"] == "Event"
    assert data["url"] == offer.full_url
    assert data["startDate"] == offer.starts_at.isoformat()
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["organizer"]["name"] == "Hamelner Datenwerk GmbH"


def test_internship_is_a_job_posting_with_valid_through(client):
    valid_through = timezone.localdate() + datetime.timedelta(days=60)
    offer = OfferPageFactory(
        offer_type=OfferType.INTERNSHIP, starts_at=None, ends_at=None, valid_through=valid_through
    )

    data = _json_ld(client.get(offer.url).content.decode())

    assert data["@type"] == "JobPosting"
    assert data["validThrough"] == valid_through.isoformat()
    assert data["employmentType"] == "INTERN"
    assert data["url"] == offer.full_url


def test_partner_is_an_organization_and_article_an_article(client):
    partner = PartnerPageFactory(title="Leinetal Software AG")
    article = ArticlePageFactory(title="Interview")

    organization = _json_ld(client.get(partner.url).content.decode())
    assert organization["@type"] == "Organization"
    assert organization["name"] == "Leinetal Software AG"
    assert organization["url"] == partner.full_url
    assert _json_ld(client.get(article.url).content.decode())["@type"] == "Article"


def test_json_ld_cannot_break_out_of_its_script_element(client):
    offer = OfferPageFactory(teaser="</script><script>alert(1)</script>")

    html = client.get(offer.url).content.decode()

    assert "<script>alert(1)" not in html
    assert _json_ld(html)["description"] == "</script><script>alert(1)</script>"


def test_magazine_offers_an_atom_feed_of_its_articles(client):
    ArticlePageFactory(title="Älter", date=timezone.localdate() - datetime.timedelta(days=5))
    ArticlePageFactory(title="Neuer", date=timezone.localdate())

    listing = client.get("/de/magazin/")
    assert _head_links(listing.content.decode(), "application/atom+xml") == ["/de/magazin/feed/"]
    response = client.get("/de/magazin/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")] == [
        "Neuer",
        "Älter",
    ]


def test_sitemap_lists_every_live_page(client):
    pages = [
        OfferPageFactory(),
        ChallengePageFactory(),
        ArticlePageFactory(),
        StandardPageFactory(title="Impressum"),
    ]
    draft = OfferPageFactory(live=False)

    response = client.get("/sitemap.xml")

    sitemap = ET.fromstring(response.content)
    locations = {loc.text for loc in sitemap.iter(f"{SITEMAP}loc")}
    for page in pages:
        assert page.full_url in locations
    assert german_home().full_url in locations
    assert draft.full_url not in locations
