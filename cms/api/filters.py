"""What the pages endpoint shows, and its filters by the search's facets and its ordering.

Each filter applies to the page types that have the field; asked of another type it is a bad
request that names the types, never a silently empty list.
"""

from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone

from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page

from home.models import ArticlePage
from offers.filters import AUDIENCE_FIELDS
from offers.models import ChallengePage, OfferPage

# The date a page is listed by: `order=date`, `date_from`, `date_to`, `upcoming`.
DATE_FIELDS: dict[type, str] = {
    OfferPage: "starts_at",
    ChallengePage: "starts_on",
    ArticlePage: "date",
}
EXCHANGE = (OfferPage, ChallengePage)
TAXONOMY = (OfferPage, ChallengePage, ArticlePage)

FACET_TYPES: dict[str, tuple[type, ...]] = {
    "offer_type": (OfferPage,),
    "audience": (OfferPage,),
    "status": (ChallengePage,),
    "format": EXCHANGE,
    "place": EXCHANGE,
    "partner": EXCHANGE,
    "topic": TAXONOMY,
    "competence": TAXONOMY,
    "date_from": tuple(DATE_FIELDS),
    "date_to": tuple(DATE_FIELDS),
    "upcoming": tuple(DATE_FIELDS),
}


def visible_pages(queryset: QuerySet) -> QuerySet:
    """Leave out private pages (any view restriction), pages past their Wagtail expiry and
    offers past their last day: the API and the sitemap show the same pages."""
    expired = OfferPage.objects.filter(expires_on__lt=timezone.localdate()).values("pk")
    return queryset.public().exclude(pk__in=expired).exclude(expire_at__lte=timezone.now())


def _type_name(model: type) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


def _values_filter(name: str, values: list, model: type) -> Q:
    """One facet: its values are OR'ed."""
    if name == "offer_type":
        return Q(offer_type__in=values)
    if name == "format":
        return Q(format__in=values)
    if name == "place":
        return Q(place__slug__in=values)
    if name == "partner":
        # A partner's id in any language finds its offers in every language.
        keys = Page.objects.filter(pk__in=values).values("translation_key")
        return Q(partner__translation_key__in=keys)
    if name == "audience":
        return Q(*[Q(**{AUDIENCE_FIELDS[value]: True}) for value in values], _connector=Q.OR)
    if name == "status":
        statuses = [model.objects.with_status(value).values("pk") for value in values]
        return Q(*[Q(pk__in=pks) for pks in statuses], _connector=Q.OR)
    if name == "topic":
        return Q(pk__in=model.objects.filter(tagged_items__tag__slug__in=values).values("pk"))
    if name == "competence":
        return Q(pk__in=model.objects.filter(competences__code__in=values).values("pk"))
    raise ValueError(name)


def _date_filter(data: dict, model: type) -> Q:
    field = DATE_FIELDS[model]
    day_field = f"{field}__date" if field == "starts_at" else field
    condition = Q()
    if data.get("date_from"):
        condition &= Q(**{f"{day_field}__gte": data["date_from"]})
    if data.get("date_to"):
        condition &= Q(**{f"{day_field}__lte": data["date_to"]})
    if data.get("upcoming") == "true":
        now = timezone.now() if field == "starts_at" else timezone.localdate()
        condition &= Q(**{f"{field}__gte": now})
    return condition


def apply_facets(queryset: QuerySet, data: dict) -> QuerySet:
    """Narrow the pages by every facet given; AND across facets, OR within one."""
    asked = [name for name in FACET_TYPES if data.get(name)]
    if not asked:
        return queryset
    model = queryset.model
    for name in asked:
        if model not in FACET_TYPES[name]:
            types = ", ".join(_type_name(allowed) for allowed in FACET_TYPES[name])
            raise BadRequestError(f"{name} filters pages of type {types}: add type=…")
    for name in asked:
        if name not in {"date_from", "date_to", "upcoming"}:
            queryset = queryset.filter(_values_filter(name, data[name], model))
    return queryset.filter(_date_filter(data, model))


def apply_order(queryset: QuerySet, order: str) -> QuerySet:
    if not order:
        return queryset
    descending = order.startswith("-")
    name = order.lstrip("-")
    if name == "date":
        field = DATE_FIELDS.get(queryset.model)
        if field is None:
            types = ", ".join(_type_name(model) for model in DATE_FIELDS)
            raise BadRequestError(f"order=date needs type= one of {types}")
        expression = models.F(field)
        expression = (
            expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
        )
        return queryset.order_by(expression, "pk")
    return queryset.order_by(order, "pk")
