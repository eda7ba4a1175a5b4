"""Facet values with their labels in the reader's language, in a stable order."""

from django.utils import translation

from taggit.models import Tag

from home.models import Competence, Place, Topic
from offers.models import PartnerPage
from search.facets import COMPETENCE_AREAS, FACETS, Facet


def _dynamic_labels(language: str, wanted: dict[str, set[str]]) -> dict[str, dict[str, tuple]]:
    """value -> (sort key, label, group) for the facets whose values come from the database."""
    labels: dict[str, dict[str, tuple]] = {}
    if wanted.get("topic"):
        names = Topic.names(language)
        labels["topic"] = {
            tag.slug: ((names.get(tag.pk, tag.name).lower(),), names.get(tag.pk, tag.name), "")
            for tag in Tag.objects.filter(slug__in=wanted["topic"])
        }
    if wanted.get("competence"):
        labels["competence"] = {
            c.code: ((c.area, c.position), str(c), str(COMPETENCE_AREAS.get(c.area, c.area)))
            for c in Competence.objects.filter(
                locale__language_code=language, code__in=wanted["competence"]
            )
        }
    if wanted.get("place"):
        labels["place"] = {
            p.slug: ((p.name.lower(),), p.name, "")
            for p in Place.objects.filter(locale__language_code=language, slug__in=wanted["place"])
        }
    if wanted.get("partner"):
        labels["partner"] = {
            slug: ((title.lower(),), title, "")
            for slug, title in PartnerPage.objects.filter(
                locale__language_code=language, slug__in=wanted["partner"]
            ).values_list("slug", "title")
        }
    return labels


def facet_values(
    counts: dict[str, dict[str, int]],
    filters: dict[str, list[str]],
    language: str,
    labels: bool = True,
) -> dict:
    """{facet name: [FacetValue]}: every value with hits, and every chosen value. Without
    ``labels`` the values from the database keep their slugs and codes (no queries)."""

    wanted = {
        facet.name: set(counts.get(facet.name, {})) | set(filters.get(facet.name, []))
        for facet in FACETS
        if facet.choices is None
    }
    with translation.override(language):
        dynamic = _dynamic_labels(language, wanted) if labels else {}
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
