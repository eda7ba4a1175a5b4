"""The facets of offers, challenges, partners and articles, each defined once: its URL
parameter, labels, database filter and Elasticsearch filter. Registered with search when
Django starts (offers.apps); the listings, the search page and the API all read them there."""

import datetime
import functools

from elasticsearch.dsl import Q as EsQ

from django.db.models import Model, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag

from home.models import ArticlePage, Competence, CompetenceArea, Place, Topic
from offers.choices import Audience, ChallengeStatus, Format, OfferType, WorkingLanguage
from offers.models import ChallengePage, OfferPage, PartnerPage
from offers.models.challenge import status_rules
from offers.search_adapters import WORKING_LANGUAGES
from search.facets import DATE_WINDOWS, Facet, es_window, orm_window

EXCHANGE = (OfferPage, ChallengePage)
AUDIENCE_FIELDS = {
    Audience.STUDENTS: "for_students",
    Audience.GRADUATES: "for_graduates",
    Audience.EMPLOYERS: "for_employers",
}
# The start date of each dated type, and whether it is a whole day (a DateField).
DATE_COLUMNS: dict[type[Model], tuple[str, bool]] = {
    OfferPage: ("starts_at", False),
    ChallengePage: ("starts_on", True),
}


# -- Labels of the open vocabularies, in one language: value -> (sort key, label, group). --


def topic_labels(language: str) -> dict:
    names = Topic.names(language)
    topics = (
        (slug, Topic.shown_name(names, language, pk, name))
        for pk, slug, name in Tag.objects.values_list("pk", "slug", "name")
    )
    return {slug: ((name.lower(),), name, "") for slug, name in topics if name}


def competence_labels(language: str) -> dict:
    areas = dict(CompetenceArea.choices)
    with translation.override(language):
        return {
            code: ((area, position), f"{code} {name}", str(areas.get(area, area)))
            for code, area, position, name in Competence.objects.filter(
                locale__language_code=language, live=True
            ).values_list("code", "area", "position", "name")
        }


def place_labels(language: str) -> dict:
    return {
        slug: ((name.lower(),), name, "")
        for slug, name in Place.objects.filter(
            locale__language_code=language, live=True
        ).values_list("slug", "name")
    }


def partner_labels(language: str) -> dict:
    return {
        slug: ((title.lower(),), title, "")
        for slug, title in PartnerPage.objects.filter(locale__language_code=language).values_list(
            "slug", "title"
        )
    }


# -- Computed values: audience flags, date windows, the challenge status of today. ---------


def _audience(model: type[Model], value: str) -> Q:
    return Q(**{AUDIENCE_FIELDS[value]: True})


def _working_language(model: type[Model], value: str) -> Q:
    return Q(language__in=[code for code, held in WORKING_LANGUAGES.items() if value in held])


def _date_orm(model: type[Model], value: str) -> Q:
    column, whole_days = DATE_COLUMNS[model]
    return orm_window(value, column, whole_days)


def _date_es(value: str) -> EsQ:
    return EsQ("terms", content_type=["offer", "challenge"]) & es_window(value)


def _status_orm(model: type[Model], value: str) -> Q:
    # offers' one definition of the status (ChallengePage.status, status_rules), in SQL.
    return Q(pk__in=ChallengePage.objects.with_status(value).values("pk"))


def _status_es(value: str) -> EsQ:
    return _status_filter(value, timezone.localdate(), timezone.get_current_timezone_name())


# The challenge's stored phase dates and the document fields that hold them.
STATUS_DATE_FIELDS = {
    "starts_on": "date",
    "ends_on": "end_date",
    "application_opens": "application_opens",
    "application_closes": "application_closes",
}


@functools.lru_cache(maxsize=64)
def _status_filter(status: str, today: datetime.date, zone: str) -> EsQ:
    """One status's filter, the same all day: built once a day, not per search (never
    changed in place: combining queries copies them)."""
    return EsQ("term", content_type="challenge") & _es_status(status, today)


def _es_status(status: str, today: datetime.date) -> EsQ:
    """offers' status rules (first match wins, else running) as an Elasticsearch filter."""
    earlier = EsQ("match_none")
    for rule_status, condition in status_rules(today):
        query = _es_condition(condition)
        if rule_status == status:
            return query & ~earlier
        earlier |= query
    return ~earlier


def _es_condition(condition) -> EsQ:
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
            exists = EsQ("exists", field=field)
            parts.append(~exists if value else exists)
        else:
            bounds = {
                operator: value.isoformat(),
                "time_zone": timezone.get_current_timezone_name(),
            }
            parts.append(EsQ("range", **{field: bounds}))
    if condition.connector == "AND":
        query = EsQ("bool", filter=parts)
    else:
        query = EsQ("bool", should=parts, minimum_should_match=1)
    return ~query if condition.negated else query


TAXONOMY = (OfferPage, ChallengePage, ArticlePage)

FACETS = [
    Facet(
        "offer_type",
        _("Offer type"),
        "offer_type",
        choices=dict(OfferType.choices),
        paths={OfferPage: "offer_type"},
        aliases=("type",),
    ),
    Facet(
        "format",
        _("Format"),
        "format",
        choices=dict(Format.choices),
        paths=dict.fromkeys(EXCHANGE, "format"),
    ),
    Facet(
        "audience",
        _("Audience"),
        "audience",
        choices=dict(Audience.choices),
        paths={OfferPage: "for_students"},  # offers have it; _audience says which
        orm_value=_audience,
    ),
    Facet(
        "topic",
        _("Topic"),
        "topics",
        labels=topic_labels,
        labelled_only=True,  # a topic without a name in the reader's language
        paths=dict.fromkeys(TAXONOMY, "tagged_items__tag__slug"),
    ),
    Facet(
        "competence",
        _("IT competence"),
        "competences",
        labels=competence_labels,
        paths=dict.fromkeys(TAXONOMY, "competences__code"),
        pattern=r"^[A-E]\.[1-9][0-9]?\Z",  # an e-CF code such as B.1
    ),
    Facet(
        "place",
        _("Place"),
        "place",
        labels=place_labels,
        paths={OfferPage: "place__slug", ChallengePage: "place__slug", PartnerPage: "cities__slug"},
    ),
    Facet(
        "partner",
        _("Partner"),
        "partner",
        labels=partner_labels,
        paths={OfferPage: "partner__slug", ChallengePage: "partner__slug", PartnerPage: "slug"},
        # A partner's short name; a number is refused, not read as a slug: the pages endpoint
        # took partner ids before, and an old client must hear so rather than get nothing.
        pattern=r"^(?!\d+\Z)[\w.-]{1,100}\Z",
    ),
    Facet(
        "working_language",
        _("Working language"),
        "working_language",
        choices=dict(WorkingLanguage.choices),
        paths={OfferPage: "language"},  # offers have it; _working_language says which
        orm_value=_working_language,
    ),
    Facet(
        "date",
        _("Date"),
        "date",
        choices=DATE_WINDOWS,
        paths={model: column for model, (column, _whole) in DATE_COLUMNS.items()},
        orm_value=_date_orm,
        es_value=_date_es,
    ),
    Facet(
        "status",
        _("Challenge status"),
        "status",
        choices=dict(ChallengeStatus.choices),
        paths={ChallengePage: "starts_on"},
        orm_value=_status_orm,
        es_value=_status_es,
    ),
]
