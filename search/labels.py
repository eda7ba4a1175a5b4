"""Facet values with their labels in the reader's language, in a stable order."""

from django.utils import translation

from taggit.models import Tag

from home.content_cache import remember
from home.models import Competence, Place, Topic
from offers.models import PartnerPage
from search.facets import COMPETENCE_AREAS, FACETS, Facet


def _dynamic_labels(language: str) -> dict[str, dict[str, tuple]]:
    """value -> (sort key, label, group) of every topic, competence, place and partner of one
    language: a handful of queries once per content generation, none per search."""
    names = Topic.names(language)
    topics = (
        (slug, Topic.shown_name(names, language, pk, name))
        for pk, slug, name in Tag.objects.values_list("pk", "slug", "name")
    )
    with translation.override(language):
        return {
            "topic": {slug: ((name.lower(),), name, "") for slug, name in topics if name},
            "competence": {
                code: ((area, position), f"{code} {name}", str(COMPETENCE_AREAS.get(area, area)))
                for code, area, position, name in Competence.objects.filter(
                    locale__language_code=language, live=True
                ).values_list("code", "area", "position", "name")
            },
            "place": {
                slug: ((name.lower(),), name, "")
                for slug, name in Place.objects.filter(
                    locale__language_code=language, live=True
                ).values_list("slug", "name")
            },
            "partner": {
                slug: ((title.lower(),), title, "")
                for slug, title in PartnerPage.objects.filter(
                    locale__language_code=language
                ).values_list("slug", "title")
            },
        }


def labels_of(language: str) -> dict[str, dict[str, tuple]]:
    """The labels of one language, looked up once per content generation."""
    return remember(f"search-facet-labels:{language}", lambda: _dynamic_labels(language))


def facet_values(
    counts: dict[str, dict[str, int]],
    filters: dict[str, list[str]],
    language: str,
    labels: bool = True,
) -> dict:
    """{facet name: [FacetValue]}: every value with hits, and every chosen value. Without
    ``labels`` the values from the database keep their slugs and codes (no queries)."""

    with translation.override(language):
        dynamic = labels_of(language) if labels else {}
        result = {}
        for facet in FACETS:
            result[facet.name] = _values(facet, counts.get(facet.name, {}), filters, dynamic)
    return result


def _values(facet: Facet, counts: dict[str, int], filters: dict, dynamic: dict) -> list:
    from search.service import FacetValue

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
    if facet.name == "topic" and dynamic:
        # A topic without a name in the reader's language is left out, not shown by its slug.
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
