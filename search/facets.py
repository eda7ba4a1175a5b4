"""The facets, defined once: their values, labels, and how each backend filters by them.

Within one facet chosen values are OR'ed, across facets AND'ed. Date windows and challenge
status depend on today, so they are computed at query time from dates in the document.
"""

import datetime
import functools
from dataclasses import dataclass, field

from elasticsearch_dsl import Q

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.models import CompetenceArea
from offers.choices import Audience, ChallengeStatus, Format, OfferType
from offers.models import ChallengePage
from offers.models.challenge import status_rules

CONTENT_TYPES = {
    "offer": _("Offers"),
    "challenge": _("Challenges"),
    "partner": _("Partners"),
    "article": _("Articles"),
}
DATE_WINDOWS = {
    "week": _("This week"),
    "month": _("This month"),
    "later": _("Later"),
}


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    field: str  # the document field
    choices: dict[str, str] | None = None  # fixed vocabularies; None: any slug or code
    windows: bool = field(default=False)  # values are computed ranges, not field values


FACETS = [
    Facet("content_type", _("Content type"), "content_type", CONTENT_TYPES),
    Facet("offer_type", _("Offer type"), "offer_type", dict(OfferType.choices)),
    Facet("format", _("Format"), "format", dict(Format.choices)),
    Facet("audience", _("Audience"), "audience", dict(Audience.choices)),
    Facet("topic", _("Topic"), "topics"),
    Facet("competence", _("IT competence"), "competences"),
    Facet("place", _("Place"), "place"),
    Facet("partner", _("Partner"), "partner"),
    Facet("date", _("Date"), "date", DATE_WINDOWS, windows=True),
    Facet("status", _("Challenge status"), "status", dict(ChallengeStatus.choices), windows=True),
]
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}
COMPETENCE_AREAS = dict(CompetenceArea.choices)


def _start_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def date_windows(now: datetime.datetime | None = None) -> dict[str, tuple]:
    """[from, to) of each date window: the rest of this week, of this month, and after."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    week_end = today + datetime.timedelta(days=7 - today.weekday())
    month_end = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return {
        "week": (now, _start_of_day(week_end)),
        "month": (now, _start_of_day(month_end)),
        "later": (_start_of_day(month_end), None),
    }


def _challenge_status(doc: dict, today: datetime.date) -> str:
    """The status of a challenge document, by offers' one definition (ChallengePage.status)."""
    dates = {
        name: _day(doc[field]) if doc.get(field) else None
        for name, field in STATUS_DATE_FIELDS.items()
    }
    return ChallengePage(**dates).status(today)


# The challenge's stored phase dates and the document fields that hold them.
STATUS_DATE_FIELDS = {
    "starts_on": "date",
    "ends_on": "end_date",
    "application_opens": "application_opens",
    "application_closes": "application_closes",
}


def _day(value) -> datetime.date:
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if isinstance(value, datetime.datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return value


def _moment(value) -> datetime.datetime:
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if not isinstance(value, datetime.datetime):
        return _start_of_day(value)
    return value if timezone.is_aware(value) else timezone.make_aware(value)


def document_matches(doc: dict, facet: Facet, values: list[str], now=None) -> bool:
    """Whether a document has any of the values in one facet (the database backend's filter)."""
    if facet.name == "date":
        if not doc.get("date") or doc.get("content_type") not in {"offer", "challenge"}:
            return False
        start = _moment(doc["date"])
        windows = date_windows(now)
        return any(
            windows[v][0] <= start and (windows[v][1] is None or start < windows[v][1])
            for v in values
        )
    if facet.name == "status":
        if doc.get("content_type") != "challenge":
            return False
        return _challenge_status(doc, timezone.localdate(now)) in values
    present = doc.get(facet.field)
    present = present if isinstance(present, list) else [present]
    return any(value in present for value in values)


def es_value_filter(facet: Facet, value: str, now=None) -> Q:
    """The Elasticsearch filter for one facet value."""
    if facet.name == "date":
        start, end = date_windows(now)[value]
        bounds = {"gte": start.isoformat()}
        if end is not None:
            bounds["lt"] = end.isoformat()
        return Q("terms", content_type=["offer", "challenge"]) & Q("range", date=bounds)
    if facet.name == "status":
        return _status_filter(value, timezone.localdate(now), timezone.get_current_timezone_name())
    return Q("term", **{facet.field: value})


@functools.lru_cache(maxsize=64)
def _status_filter(status: str, today: datetime.date, zone: str) -> Q:
    """One status's filter, the same all day: built once a day, not per search (never
    changed in place: combining queries copies them)."""
    return Q("term", content_type="challenge") & _es_status(status, today)


def _es_status(status: str, today: datetime.date) -> Q:
    """offers' status rules (first match wins, else running) as an Elasticsearch filter."""
    rules = status_rules(today)
    earlier = Q("match_none")
    for rule_status, condition in rules:
        query = _es_condition(condition)
        if rule_status == status:
            return query & ~earlier
        earlier |= query
    return ~earlier


def _es_condition(condition) -> Q:
    """A Q of plain date comparisons on the challenge's phase fields, as an Elasticsearch query;
    dates compare as whole local days, as the database compares DateFields."""
    parts = []
    for child in condition.children:
        if not isinstance(child, tuple):
            parts.append(_es_condition(child))
            continue
        lookup, value = child
        name, _sep, operator = lookup.partition("__")
        field = STATUS_DATE_FIELDS[name]
        if operator == "isnull":
            exists = Q("exists", field=field)
            parts.append(~exists if value else exists)
        else:
            bounds = {
                operator: value.isoformat(),
                "time_zone": timezone.get_current_timezone_name(),
            }
            parts.append(Q("range", **{field: bounds}))
    if condition.connector == "AND":
        query = Q("bool", filter=parts)
    else:
        query = Q("bool", should=parts, minimum_should_match=1)
    return ~query if condition.negated else query
