"""Listing filters: URL parameters validated by Django forms before they touch a queryset.

A malformed value never raises: the form reports it on the page and the listing ignores it.
"""

from urllib.parse import urlencode

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag
from wagtail.models import Locale

from home.content_cache import remember
from home.models import Competence, Place, Topic
from offers.choices import ChallengeStatus
from offers.listing import facet_filters
from search.facets import FACETS_BY_NAME, Facet, facet_params


def _counted(label, count: int) -> str:
    return f"{label} ({count})"


class UniqueMultipleChoiceField(forms.MultipleChoiceField):
    """Several values whose repeats count once: ?offer_type=talk&offer_type=talk is one
    filter, and a URL with a thousand repeats stays one small query."""

    def to_python(self, value) -> list[str]:
        return list(dict.fromkeys(v for v in super().to_python(value) if v))


class OneOrMoreSelect(forms.Select):
    """A drop-down for one value that reads every value of the URL (?place=a&place=b, or
    ?place=a,b), as the search page and the API do."""

    def value_from_datadict(self, data, files, name):
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name)


def _checkboxes(choices, label) -> UniqueMultipleChoiceField:
    return UniqueMultipleChoiceField(
        label=label, choices=choices, required=False, widget=forms.CheckboxSelectMultiple
    )


def _select(label, choices=()) -> UniqueMultipleChoiceField:
    return UniqueMultipleChoiceField(
        label=label, choices=choices, required=False, widget=OneOrMoreSelect
    )


def _facet_field(facet: Facet) -> UniqueMultipleChoiceField:
    """A facet of the registry as a listing filter, with its label: fixed choices as
    checkboxes, an open vocabulary as a drop-down (its choices come from the listing)."""
    if facet.choices is not None:
        return _checkboxes(list(facet.choices.items()), facet.label)
    return _select(facet.label)


class ExchangeFilterForm(forms.Form):
    """Filters that offers and challenges share; choices come from the active locale. The
    facets are the registry's (search.facets), named here and defined there once."""

    facets: tuple[str, ...] = ("format", "topic", "competence", "place", "partner")

    q = forms.CharField(
        label=_("Search in this list"),
        max_length=200,
        required=False,
        strip=True,
        widget=forms.SearchInput(
            attrs={
                "autocomplete": "off",
                "class": "search-form__input",
                "placeholder": _("Search in this list"),
            }
        ),
    )

    def __init__(
        self, data, *, items: QuerySet, partners: QuerySet, locale: Locale, listing: str = ""
    ):
        """``listing`` names the listing, so its choices are looked up once per worker and
        content generation (home.content_cache) instead of four queries per view. The facets'
        values are read in the one dialect of every surface (search.facets.facet_params), and
        an old link's ?type= as ?offer_type=."""
        super().__init__(facet_params(data, aliases=True))
        for name in self.facets:
            self.fields[name] = _facet_field(FACETS_BY_NAME[name])
        self.order_fields(self.field_order)
        self.locale = locale
        self.partners = partners
        everyone = [("", _("All"))]

        def build() -> dict[str, list]:
            return self.choices_for(items, partners, locale)

        choices = remember(f"filter-choices:{listing}", build) if listing else build()
        for name, field_choices in choices.items():
            self.fields[name].choices = everyone + field_choices

    @classmethod
    def parameters(cls) -> tuple[str, ...]:
        """Every URL parameter the form reads: its own fields and the facets'."""
        return (*cls.base_fields, *cls.facets)

    @staticmethod
    def choices_for(items: QuerySet, partners: QuerySet, locale: Locale) -> dict[str, list]:
        topic_names = Topic.names(locale.language_code)
        # Only the topics of the items this listing shows: live, public, of its language.
        tagged = items.model.topics.through.objects.filter(content_object__in=items.values("pk"))
        tags = Tag.objects.filter(pk__in=tagged.values("tag_id"))
        lang = locale.language_code
        shown = ((tag.slug, Topic.shown_name(topic_names, lang, tag.pk, tag.name)) for tag in tags)
        return {
            "topic": sorted(
                ((slug, name) for slug, name in shown if name is not None),
                key=lambda choice: choice[1].lower(),
            ),
            "competence": [
                (competence.code, str(competence))
                for competence in Competence.objects.filter(locale=locale, live=True)
            ],
            "place": [
                (place.slug, place.name) for place in Place.objects.filter(locale=locale, live=True)
            ],
            "partner": [(partner.slug, partner.title) for partner in partners],
        }

    def apply(self, items: QuerySet) -> QuerySet:
        """Narrow the items by every valid filter, as the facet registry filters the database
        (OR within a facet, AND across facets); invalid ones are left out. Words are the
        search service's (ExchangeIndexPage.narrowed), never matched here."""
        self.is_valid()
        for name, values in facet_filters(self).items():
            items = items.filter(FACETS_BY_NAME[name].values_q(items.model, values))
        return items

    def show_counts(self, counts: dict[str, dict[str, int]]) -> None:
        """Label every filter value with how many items it would show, given the other
        filters. A list of options keeps only values with items (and the chosen one)."""
        self.is_valid()
        for name, by_value in counts.items():
            field = self.fields.get(name)
            if isinstance(field, forms.BooleanField):
                field.label = _counted(field.label, by_value.get("on", 0))
                continue
            if not isinstance(field, forms.ChoiceField):
                continue
            chosen = self.cleaned_data.get(name) or []
            chosen = set(chosen if isinstance(chosen, list) else [chosen])
            listed = isinstance(field.widget, forms.CheckboxSelectMultiple)
            field.choices = [
                (value, _counted(label, by_value.get(value, 0)) if value else label)
                for value, label in field.choices
                if not value or listed or by_value.get(value) or value in chosen
            ]

    def filter_params(self) -> list[tuple[str, str]]:
        """The valid filters without the search words: what the search box keeps."""
        return [(name, value) for name, value in self.valid_params() if name != "q"]

    @property
    def is_filtered(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)

    def valid_params(self) -> list[tuple[str, str]]:
        """The URL parameters of the valid filters, each value once; nothing else."""
        self.is_valid()
        params = []
        for name in self.fields:
            value = self.cleaned_data.get(name)
            if name in self.errors or not value:
                continue
            if isinstance(value, list):
                params += [(name, item) for item in value]
            else:
                params.append((name, "on" if value is True else str(value)))
        return params

    def query_string(self, page: int = 1) -> str:
        """The valid filters (and a page number after the first) as a URL query string."""
        params = self.valid_params() + ([("page", str(page))] if page > 1 else [])
        return urlencode(params)

    def query_string_for(self, locale: Locale, page: int = 1) -> str:
        """The same filters on the listing of another language: partners are named by their
        translation's short name there, and left out where they have none."""
        params = self.valid_params()
        if chosen := self.cleaned_data.get("partner"):
            translated = {}
            for partner in self.partners.filter(slug__in=chosen):
                translation = partner.get_translation_or_none(locale)
                if translation is not None:
                    translated[partner.slug] = translation.slug
            params = [
                (name, translated[value] if name == "partner" else value)
                for name, value in params
                if name != "partner" or value in translated
            ]
        return urlencode(params + ([("page", str(page))] if page > 1 else []))


class OfferFilterForm(ExchangeFilterForm):
    facets = ("offer_type", "audience", "working_language", *ExchangeFilterForm.facets)
    upcoming = forms.BooleanField(label=_("Upcoming dates only"), required=False)

    field_order = [
        "q",
        "offer_type",
        "audience",
        "working_language",
        "format",
        "topic",
        "competence",
        "place",
        "partner",
    ]


class ChallengeFilterForm(ExchangeFilterForm):
    status = _select(_("Status"), [("", _("All")), *ChallengeStatus.choices])

    field_order = ["q", "status", "format", "topic", "competence", "place", "partner"]
