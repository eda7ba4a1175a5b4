"""Offers that meet more than once, and calendars and feeds of exactly what a listing shows."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from django.utils import timezone

from offers.choices import Format, OfferType
from offers.models import OfferSession
from tests.factories import ChallengePageFactory, OfferIndexPageFactory, OfferPageFactory, place

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def _evening(weeks: int) -> datetime.datetime:
    start = timezone.localtime() + datetime.timedelta(weeks=weeks + 1)
    return start.replace(hour=18, minute=0, second=0, microsecond=0)


def _course(title: str = "Python am Abend", evenings: int = 6):
    sessions = [
        OfferSession(
            starts_at=_evening(week),
            ends_at=_evening(week) + datetime.timedelta(hours=2),
            note=f"Abend {week + 1}",
        )
        for week in range(evenings)
    ]
    return OfferPageFactory(title=title, offer_type=OfferType.COURSE, sessions=sessions)


def _summaries(response) -> list[str]:
    assert response.status_code == 200
    return [str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")]


def test_a_course_spans_its_sessions_and_lists_them(client):
    course = _course()

    assert course.starts_at == _evening(0)
    assert course.ends_at == _evening(5) + datetime.timedelta(hours=2)
    soup = BeautifulSoup(client.get(course.url).content, "html.parser")
    items = soup.select(".sessions__item")
    assert len(items) == 6
    assert "Abend 1" in items[0].get_text()
    assert "6 Termine" in soup.select_one(".facts").get_text()


def test_a_courses_calendar_file_holds_one_event_per_session(client):
    course = _course()

    calendar = Calendar.from_ical(client.get(f"{course.url}ics/").content)

    events = calendar.walk("VEVENT")
    assert [event.decoded("DTSTART") for event in events] == [_evening(w) for w in range(6)]
    assert all(
        event.decoded("DTEND") - event.decoded("DTSTART") == datetime.timedelta(hours=2)
        for event in events
    )
    assert str(events[0]["SUMMARY"]) == "Python am Abend (1/6)"
    assert len({str(event["UID"]) for event in events}) == 6


def test_the_listing_calendar_holds_every_session_of_a_course(client):
    _course(evenings=3)
    OfferPageFactory(title="Einzeltermin")

    summaries = _summaries(client.get("/de/angebote/ics/"))

    assert sorted(summaries) == [
        "Einzeltermin",
        "Python am Abend (1/3)",
        "Python am Abend (2/3)",
        "Python am Abend (3/3)",
    ]


def test_a_challenge_page_offers_its_phases_as_a_calendar(client):
    challenge = ChallengePageFactory(title="Smarte Lagerlogistik")

    response = client.get(f"{challenge.url}ics/")

    assert len(_summaries(response)) == 4
    assert f'href="{challenge.url}ics/"' in client.get(challenge.url).content.decode()


@pytest.fixture
def offers():
    OfferIndexPageFactory()
    OfferPageFactory(title="Workshop Hildesheim", offer_type=OfferType.WORKSHOP)
    OfferPageFactory(title="Workshop Hameln", offer_type=OfferType.WORKSHOP, place=place("hameln"))
    OfferPageFactory(title="Vortrag Hildesheim", offer_type=OfferType.TALK)
    OfferPageFactory(
        title="Workshop vorbei",
        offer_type=OfferType.WORKSHOP,
        starts_at=timezone.now() - datetime.timedelta(days=2),
        valid_through=timezone.localdate() + datetime.timedelta(days=2),
    )
    OfferPageFactory(
        title="Workshop online", offer_type=OfferType.WORKSHOP, format=Format.ONLINE, place=None
    )


def test_the_filtered_calendar_holds_exactly_the_filtered_upcoming_items(client, offers):
    summaries = _summaries(client.get("/de/angebote/ics/?type=workshop&place=hildesheim"))

    assert summaries == ["Workshop Hildesheim"]


def test_a_bad_filter_gives_the_calendar_of_everything_upcoming(client, offers):
    summaries = _summaries(client.get("/de/angebote/ics/?type=bogus&place=atlantis&page=-1"))

    assert sorted(summaries) == [
        "Vortrag Hildesheim",
        "Workshop Hameln",
        "Workshop Hildesheim",
        "Workshop online",
    ]


def test_the_filtered_atom_feed_holds_exactly_the_filtered_items(client, offers):
    response = client.get("/de/angebote/feed/?type=workshop&place=hildesheim")

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = sorted(entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry"))
    assert titles == ["Workshop Hildesheim", "Workshop vorbei"]


def test_the_listing_offers_to_subscribe_to_its_current_filters(client, offers):
    soup = BeautifulSoup(
        client.get(
            "/de/angebote/?type=workshop&place=hildesheim&utm_source=x&type=workshop"
        ).content,
        "html.parser",
    )

    calendar = soup.find("a", string="Kalender abonnieren")["href"]
    feed = soup.find("a", string="Atom-Feed")["href"]
    query = "?offer_type=workshop&place=hildesheim"
    assert calendar == f"webcal://testserver/de/angebote/ics/{query}"
    assert feed == f"http://testserver/de/angebote/feed/{query}"
    assert soup.find("a", string="als .ics-Datei herunterladen")["href"] == (
        f"http://testserver/de/angebote/ics/{query}"
    )
