"""iCalendar (RFC 5545) for offers and challenges: one event per session or phase."""

import datetime
from collections.abc import Iterable

from icalendar import Calendar, Event, vText

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify

PRODUCT_ID = "-//ProXLab//Portal//DE"


def _event(request: HttpRequest, page, start, end, location: str, uid: str, summary: str) -> Event:
    event = Event()
    event.add("uid", f"{uid}-{page.locale.language_code}@proxlab")
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("summary", summary)
    event.add("dtstart", start)
    if end:
        event.add("dtend", end)
    if page.summary:
        event.add("description", page.summary)
    if location:
        event["location"] = vText(location)
    event.add("url", page.get_full_url(request))
    return event


def offer_events(request: HttpRequest, offer) -> list[Event]:
    """One event per session; an offer without sessions is one event from start to end."""
    if offer.starts_at is None:
        return []
    location = ", ".join(
        part for part in (offer.address.replace("\n", ", "), str(offer.place or "")) if part
    )
    sessions = list(offer.sessions.all()) if offer.session_count else []
    if not sessions:
        uid = str(offer.translation_key)
        return [_event(request, offer, offer.starts_at, offer.ends_at, location, uid, offer.title)]
    return [
        _event(
            request,
            offer,
            session.starts_at,
            session.ends_at,
            location,
            str(session.translation_key),
            f"{offer.title} ({number}/{len(sessions)})",
        )
        for number, session in enumerate(sessions, start=1)
    ]


def challenge_events(request: HttpRequest, challenge) -> list[Event]:
    """Each phase (call, application, work, final presentation) as an all-day event."""
    location = str(challenge.place or "")
    events = []
    for phase in challenge.phases.all():
        # DTEND is exclusive for dates.
        end = (phase.ends_on or phase.starts_on) + datetime.timedelta(days=1)
        summary = f"{challenge.title}: {phase.get_kind_display()}"
        uid = str(phase.translation_key)
        events.append(_event(request, challenge, phase.starts_on, end, location, uid, summary))
    return events


def calendar_response(events: Iterable[Event], filename: str, name: str) -> HttpResponse:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename) or "proxlab"}.ics"'
    return response
