"""Counted queries move to search_promotions: each SearchQuery row becomes the query's hits
(and misses) on the day it was last searched; the two languages of one query add up."""

from django.db import migrations
from django.db.models import F

from wagtail.search.utils import normalise_query_string


def copy_counts(apps, schema_editor):
    SearchQuery = apps.get_model("search", "SearchQuery")
    Query = apps.get_model("wagtailsearchpromotions", "Query")
    QueryDailyHits = apps.get_model("wagtailsearchpromotions", "QueryDailyHits")
    QueryDailyMisses = apps.get_model("search", "QueryDailyMisses")
    for row in SearchQuery.objects.iterator():
        text = normalise_query_string(row.query)
        if not text or not row.searches:
            continue
        query, _ = Query.objects.get_or_create(query_string=text)
        hits, _ = QueryDailyHits.objects.get_or_create(query=query, date=row.last_searched)
        QueryDailyHits.objects.filter(pk=hits.pk).update(hits=F("hits") + row.searches)
        if row.zero_hits:
            misses, _ = QueryDailyMisses.objects.get_or_create(
                query=query, date=row.last_searched
            )
            QueryDailyMisses.objects.filter(pk=misses.pk).update(
                misses=F("misses") + row.zero_hits
            )


def copy_back(apps, schema_editor):
    """Per language the old rows cannot be told apart again: they come back under German."""
    SearchQuery = apps.get_model("search", "SearchQuery")
    Query = apps.get_model("wagtailsearchpromotions", "Query")
    QueryDailyMisses = apps.get_model("search", "QueryDailyMisses")
    for query in Query.objects.filter(daily_hits__isnull=False).distinct():
        days = list(query.daily_hits.all())
        misses = QueryDailyMisses.objects.filter(query=query)
        SearchQuery.objects.update_or_create(
            language="de",
            query=query.query_string[:100],
            defaults={
                "searches": sum(day.hits for day in days),
                "zero_hits": sum(day.misses for day in misses),
            },
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0002_query_daily_misses")]

    operations = [migrations.RunPython(copy_counts, copy_back)]
