"""What the pages endpoint shows, and its filters by the search's facets and its ordering.

Each filter applies to the page types that have the field; asked of another type it is a bad
request that names the types, never a silently empty list.
"""

from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy

from home.models import ArticlePage
from offers.models import ChallengePage, OfferPage

from .params import api_facets, type_names

# The date a page is listed by: `order=date`, `date_from`, `date_to`, `upcoming`.
DATE_FIELDS: dict[type, str] = {
    OfferPage: "starts_at",
    ChallengePage: "starts_on",
    ArticlePage: "date",
}
DATE_PARAMETERS = ("date_from", "date_to", "upcoming")


class InvalidParameters(Exception):
    """Parameters a request got wrong: {name: [what is wrong]}, answered as one JSON error."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        # The same words as /api/v2/search/, rendered in the language the request asked for.
        super().__init__(gettext_lazy("Invalid parameters."))


def visible_pages(queryset: QuerySet) -> QuerySet:
    """Leave out private pages (any view restriction), pages past their Wagtail expiry and
    offers past their last day: the API and the sitemap show the same pages."""
    expired = OfferPage.objects.filter(expires_on__lt=timezone.localdate()).values("pk")
    return queryset.public().exclude(pk__in=expired).exclude(expire_at__lte=timezone.now())


def _types(models) -> str:
    return ", ".join(f"{model._meta.app_label}.{model.__name__}" for model in models)


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
    """Narrow the pages by every facet given, as the search's facet registry filters the
    database: AND across facets, OR within one. A facet the type has not is a bad request."""
    model = queryset.model
    wrong = {
        facet.name: [f"{facet.name} filters pages of type {type_names(facet)}: add type=…"]
        for facet in api_facets()
        if data.get(facet.name) and not facet.has(model)
    }
    wrong |= {
        name: [f"{name} filters pages of type {_types(DATE_FIELDS)}: add type=…"]
        for name in DATE_PARAMETERS
        if data.get(name) and model not in DATE_FIELDS
    }
    if wrong:
        raise InvalidParameters(wrong)
    for facet in api_facets():
        if data.get(facet.name):
            queryset = queryset.filter(facet.values_q(model, data[facet.name]))
    if any(data.get(name) for name in DATE_PARAMETERS):
        queryset = queryset.filter(_date_filter(data, model))
    return queryset


def apply_order(queryset: QuerySet, order: str) -> QuerySet:
    if not order:
        return queryset
    descending = order.startswith("-")
    name = order.lstrip("-")
    if name == "date":
        field = DATE_FIELDS.get(queryset.model)
        if field is None:
            raise InvalidParameters(
                {"order": [f"order=date needs type= one of {_types(DATE_FIELDS)}"]}
            )
        expression = models.F(field)
        expression = (
            expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
        )
        return queryset.order_by(expression, "pk")
    return queryset.order_by(order, "pk")
