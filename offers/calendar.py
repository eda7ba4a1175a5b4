"""iCalendar (RFC 5545) for offers and challenges: one event per dated item."""

import datetime
from collections.abc import Iterable

from icalendar import Calendar, Event, vText

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify

PRODUCT_ID = "-//ProXLab//Portal//DE"


def _event(request: HttpRequest, page, start, end, location: str) -> Event:
    event = Event()
    event.add("uid", f"{page.translation_key}-{page.locale.language_code}@proxlab")
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("summary", page.title)
    event.add("dtstart", start)
    if end:
        event.add("dtend", end)
    if page.summary:
        event.add("description", page.summary)
    if location:
        event["location"] = vText(location)
    event.add("url", page.get_full_url(request))
    return event


def offer_event(request: HttpRequest, offer) -> Event | None:
    if offer.starts_at is None:
        return None
    location = ", ".join(
        part for part in (offer.address.replace("\n", ", "), str(offer.place or "")) if part
    )
    return _event(request, offer, offer.starts_at, offer.ends_at, location)


def challenge_event(request: HttpRequest, challenge) -> Event | None:
    if challenge.starts_on is None:
        return None
    # All-day event over the whole challenge; DTEND is exclusive for dates.
    end = (challenge.ends_on or challenge.starts_on) + datetime.timedelta(days=1)
    return _event(request, challenge, challenge.starts_on, end, str(challenge.place or ""))


def calendar_response(events: Iterable[Event | None], filename: str, name: str) -> HttpResponse:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for event in events:
        if event is not None:
            calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename) or "proxlab"}.ics"'
    return response
