"""Counting queries for editors: the words and how often, never who asked."""

from django.db import IntegrityError, transaction
from django.db.models import F

from search.models import SearchQuery


def record(language: str, text: str, found: int) -> None:
    query = " ".join(text.lower().split())[:100]
    if not query:
        return
    zero = 1 if found == 0 else 0
    updated = SearchQuery.objects.filter(language=language, query=query).update(
        searches=F("searches") + 1, zero_hits=F("zero_hits") + zero
    )
    if not updated:
        try:
            with transaction.atomic():
                SearchQuery.objects.create(
                    language=language, query=query, searches=1, zero_hits=zero
                )
        except IntegrityError:  # another request counted it first
            record(language, text, found)
