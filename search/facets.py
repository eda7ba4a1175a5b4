"""The facet registry: each facet defined once, read by every backend and every surface.

A facet names its URL parameter, its label source, the document field Elasticsearch filters
and counts, and how the database filters a model by it. Within one facet the chosen values
are OR'ed, across facets AND'ed; each facet's counts apply every other facet's filter but not
its own. Content apps register their facets (``register``) when Django starts; search itself
defines only the content type.
"""

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from elasticsearch.dsl import Q as EsQ

from django.db.models import Model, Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# value -> (sort key, label, group) of an open vocabulary, in one language
Labels = dict[str, tuple]


@dataclass(eq=False)
class Facet:
    """One facet. ``paths`` maps each model that has it to the lookup of its value; a model
    not named never has it (choosing the facet leaves its pages out); None: every model has
    it, and ``orm_value`` says which pages have a value."""

    name: str  # the URL parameter on every surface, and the facet's key in answers
    label: str
    field: str  # the document field
    choices: Mapping[str, str] | None = None  # a fixed vocabulary in its order; None: open
    labels: Callable[[str], Labels] | None = None  # an open vocabulary's labels in a language
    paths: Mapping[type[Model], str] | None = field(default_factory=dict)
    # A value that is no column value (a flag, a window, a rule): the pages of one model with
    # it, and the documents with it (a term on ``field`` when not given). Fixed choices only.
    orm_value: Callable[[type[Model], str], Q] | None = None
    es_value: Callable[[str], EsQ] | None = None
    aliases: tuple[str, ...] = ()  # older parameter names, still read for old links
    pattern: str = r"^[\w.-]{1,100}\Z"  # what a value of an open vocabulary looks like
    labelled_only: bool = False  # a value without a label in the reader's language is not shown

    def has(self, model: type[Model]) -> bool:
        return self.paths is None or model in self.paths

    def es_filter(self, value: str) -> EsQ:
        """The documents with this value."""
        if self.es_value is not None:
            return self.es_value(value)
        return EsQ("term", **{self.field: value})

    def value_q(self, model: type[Model], value: str) -> Q:
        """The pages of ``model`` (which has the facet) with this value."""
        if self.orm_value is not None:
            return self.orm_value(model, value)
        return self.values_q(model, [value])

    def values_q(self, model: type[Model], values: list[str]) -> Q:
        """The pages with any of the values, or nothing if the model never has the facet.
        A value across a relation is a subquery, so no page is counted twice."""
        if not self.has(model):
            return NOTHING
        if self.orm_value is not None:
            conditions = [self.orm_value(model, value) for value in values]
            if any(condition == EVERYTHING for condition in conditions):
                return EVERYTHING
            conditions = [condition for condition in conditions if condition is not NOTHING]
            return Q(*conditions, _connector=Q.OR) if conditions else NOTHING
        path = self.paths[model]
        if "__" in path:
            pages = model._base_manager.filter(**{f"{path}__in": values}).values("pk")
            return Q(pk__in=pages)
        return Q(**{f"{path}__in": values})


NOTHING = Q(pk__in=[])
EVERYTHING = Q()

FACETS: list[Facet] = []
FACETS_BY_NAME: dict[str, Facet] = {}


def register(facet: Facet) -> None:
    """Add a facet (or replace one of the same name): at app start, in display order."""
    if facet.name in FACETS_BY_NAME:
        FACETS[FACETS.index(FACETS_BY_NAME[facet.name])] = facet
    else:
        FACETS.append(facet)
    FACETS_BY_NAME[facet.name] = facet


def facet(name: str) -> Facet:
    return FACETS_BY_NAME[name]


def parameter_names() -> dict[str, str]:
    """Every parameter a surface reads for a facet, aliases included -> the facet's name."""
    names = {}
    for each in FACETS:
        names.update(dict.fromkeys(each.aliases, each.name))
        names[each.name] = each.name
    return names


def split_values(raw: list[str]) -> list[str]:
    """Several values, repeated (?a=x&a=y) or comma-separated (?a=x,y), or both: once each."""
    values = (part.strip() for item in raw for part in str(item).split(","))
    return list(dict.fromkeys(value for value in values if value))


def facet_params(data, aliases: bool = False) -> QueryDict:
    """Request parameters with every facet's values in the one dialect of all surfaces:
    repeated or comma-separated alike, each value once. With ``aliases`` an older name (the
    offer listing's ?type=) reads as its facet's. Other parameters pass as they are."""
    names = parameter_names() if aliases else {each.name: each.name for each in FACETS}
    result = QueryDict(mutable=True)
    for key in data or {}:
        values = data.getlist(key) if hasattr(data, "getlist") else [data[key]]
        if key in names:
            name = names[key]
            result.setlist(name, split_values(result.getlist(name) + values))
        else:
            result.setlist(key, values)
    return result


# -- The content type, search's own facet: the registered adapters' types. ------------------

CONTENT_TYPES: dict[str, str] = {}  # content type -> label, filled by adapters.register


def _content_type_q(model: type[Model], value: str) -> Q:
    from search.adapters import MODELS

    return EVERYTHING if MODELS[model].content_type == value else NOTHING


register(
    Facet(
        "content_type",
        _("Content type"),
        "content_type",
        choices=CONTENT_TYPES,
        paths=None,  # every searchable page has a type
        orm_value=_content_type_q,
        es_value=lambda value: EsQ("term", content_type=value),
    )
)


# -- Date windows, for facets that count what starts this week, this month, or later. ------

DATE_WINDOWS = {
    "week": _("This week"),
    "month": _("This month"),
    "later": _("Later"),
}


def start_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def date_windows(now: datetime.datetime | None = None) -> dict[str, tuple]:
    """[from, to) of each date window: the rest of this week, of this month, and after."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    week_end = today + datetime.timedelta(days=7 - today.weekday())
    month_end = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return {
        "week": (now, start_of_day(week_end)),
        "month": (now, start_of_day(month_end)),
        "later": (start_of_day(month_end), None),
    }


def es_window(value: str, field_name: str = "date") -> EsQ:
    """The documents whose date lies in one window."""
    start, end = date_windows()[value]
    bounds = {"gte": start.isoformat()}
    if end is not None:
        bounds["lt"] = end.isoformat()
    return EsQ("range", **{field_name: bounds})


def orm_window(value: str, column: str, whole_days: bool) -> Q:
    """The rows whose ``column`` lies in one window. A date column counts as its local
    midnight, as the documents store it."""
    start, end = date_windows()[value]
    if not whole_days:
        condition = Q(**{f"{column}__gte": start})
        return condition & Q(**{f"{column}__lt": end}) if end is not None else condition
    first = timezone.localdate(start)
    if start_of_day(first) < start:
        first += datetime.timedelta(days=1)
    condition = Q(**{f"{column}__gte": first})
    if end is not None:
        condition &= Q(**{f"{column}__lt": timezone.localdate(end)})
    return condition
