"""Facet values with their labels in the reader's language, in a stable order."""

from django.utils import translation

from home.content_cache import remember
from search.facets import FACETS, Facet, Labels
from search.types import FacetValue


def _open_labels(language: str) -> dict[str, Labels]:
    """The labels of every open vocabulary in one language, from each facet's label source:
    a handful of queries once per content generation, none per search."""
    with translation.override(language):
        return {facet.name: facet.labels(language) for facet in FACETS if facet.labels}


def labels_of(language: str) -> dict[str, Labels]:
    """The labels of one language, looked up once per content generation."""
    return remember(f"search-facet-labels:{language}", lambda: _open_labels(language))


def facet_values(
    counts: dict[str, dict[str, int]],
    filters: dict[str, list[str]],
    language: str,
    labels: bool = True,
) -> dict[str, list[FacetValue]]:
    """{facet name: [FacetValue]}: every value with hits, and every chosen value. Without
    ``labels`` the values from the database keep their slugs and codes (no queries)."""

    with translation.override(language):
        dynamic = labels_of(language) if labels else {}
        return {
            facet.name: _values(facet, counts.get(facet.name, {}), filters, dynamic)
            for facet in FACETS
        }


def _values(facet: Facet, counts: dict[str, int], filters: dict, dynamic: dict) -> list:
    selected = set(filters.get(facet.name, []))
    shown = [value for value in counts if counts[value] > 0] + [
        value for value in selected if not counts.get(value)
    ]
    if facet.choices is not None:
        order = list(facet.choices)
        return [
            FacetValue(value, str(facet.choices[value]), counts.get(value, 0), value in selected)
            for value in sorted(set(shown), key=order.index)
            if value in facet.choices
        ]
    known = dynamic.get(facet.name, {})
    if facet.labelled_only and dynamic:
        # E.g. a topic without a name in the reader's language: left out, not shown by its slug.
        shown = [value for value in shown if value in known]
    values = [
        FacetValue(
            value,
            known[value][1] if value in known else value,
            counts.get(value, 0),
            value in selected,
            known[value][2] if value in known else "",
        )
        for value in set(shown)
    ]
    return sorted(values, key=lambda v: known.get(v.value, ((v.value,),))[0])
