"""Counting queries for editors: the words and how often, never who asked.

How often a query was asked is Wagtail's search_promotions `Query` with its daily hits (the
admin's search terms and promoted results read it); how often it found nothing is counted
beside it, per day, in `QueryDailyMisses`.
"""

import datetime

from django.db.models import F, IntegerField, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from search.models import QueryDailyMisses


def record(text: str, found: int) -> None:
    """Count one search for `text` (its first page), and one miss when it found nothing.
    Wagtail's `Query.get(text).add_hit()` counts the first search of the day; later ones are a
    single UPDATE, as cheap as a search page must be."""
    words = normalise_query_string(" ".join(text.split()))
    if not words:
        return
    today = timezone.now().date()  # the day Query.add_hit counts on
    same_day = {"query__query_string": words, "date": today}
    if not QueryDailyHits.objects.filter(**same_day).update(hits=F("hits") + 1):
        Query.get(words).add_hit(date=today)
    if found == 0 and not QueryDailyMisses.objects.filter(**same_day).update(
        misses=F("misses") + 1
    ):
        misses, _created = QueryDailyMisses.objects.get_or_create(
            query=Query.get(words), date=today
        )
        QueryDailyMisses.objects.filter(pk=misses.pk).update(misses=F("misses") + 1)


def by_query(
    since: datetime.date | None = None, until: datetime.date | None = None
) -> QuerySet[Query]:
    """Every query asked in the period (days inclusive) with `searches` and `misses` there:
    what the admin's report shows, and what an impact report orders by `-misses`."""
    days = Q()
    if since:
        days &= Q(date__gte=since)
    if until:
        days &= Q(date__lte=until)

    def total(model, field: str):
        rows = model.objects.filter(days, query=OuterRef("pk")).values("query")
        summed = rows.annotate(total=Sum(field)).values("total")
        return Coalesce(Subquery(summed, output_field=IntegerField()), 0)

    return (
        Query.objects.annotate(
            searches=total(QueryDailyHits, "hits"), misses=total(QueryDailyMisses, "misses")
        )
        .filter(searches__gt=0)
        .order_by("-searches", "query_string")
    )
