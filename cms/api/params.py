"""Query parameters of the JSON API, validated by Django forms before they reach a queryset.

The forms are the one definition of every parameter: the views validate with them and the
OpenAPI description is written from them (`cms.api.openapi.parameters`).
"""

from django import forms
from django.conf import settings
from django.utils import translation

from wagtail.api.rich_text import APIRichText
from wagtail.models import get_page_models

from search.facets import FACETS, Facet
from search.forms import ListField, facet_field

# Ids beyond a signed 32-bit integer cannot exist; refusing them keeps every database calm.
MAX_ID = 2**31 - 1
MAX_OFFSET = 100_000


def page_type_names() -> list[str]:
    return sorted(f"{model._meta.app_label}.{model.__name__}" for model in get_page_models())


def _id(help_text: str) -> forms.IntegerField:
    return forms.IntegerField(required=False, min_value=1, max_value=MAX_ID, help_text=help_text)


def api_facets() -> list[Facet]:
    """The search's facets that filter pages (a page's type is `type`, not a facet)."""
    return [facet for facet in FACETS if facet.name != "content_type"]


def type_names(facet: Facet) -> str:
    """The page types that have a facet, as `type` names them."""
    return ", ".join(f"{model._meta.app_label}.{model.__name__}" for model in facet.paths)


def api_facet_field(facet: Facet) -> ListField:
    """A facet of the registry as a filter of the pages endpoint, as the search reads it."""
    with translation.override("en"):
        help_text = (
            f"{facet.label}: several values comma-separated or repeated (OR). "
            f"Needs `type` one of {type_names(facet)}."
        )
    return facet_field(facet, help_text=help_text)


class ApiParameters(forms.Form):
    """What every endpoint takes: which fields, and how rich text is written."""

    fields = forms.CharField(
        required=False,
        max_length=1000,
        help_text=(
            "Fields to include, comma-separated: `title,partner`. `*` for all, `-name` to drop "
            "one, `_` to start from none; nested fields of child relations in parentheses: "
            "`phases(kind,starts_on)`."
        ),
    )
    rich_text_format = forms.ChoiceField(
        required=False,
        choices=[(name, name) for name in sorted(APIRichText._serializers())],
        help_text="How rich text is written: `html` (default), `markdown` or the stored forms.",
    )


class ListParameters(ApiParameters):
    limit = forms.IntegerField(
        required=False,
        min_value=0,
        max_value=settings.WAGTAILAPI_LIMIT_MAX,
        help_text=f"Items per answer, at most {settings.WAGTAILAPI_LIMIT_MAX} (default 20).",
    )
    offset = forms.IntegerField(
        required=False, min_value=0, max_value=MAX_OFFSET, help_text="Items to skip."
    )


class MediaListParameters(ListParameters):
    order = forms.ChoiceField(
        required=False,
        choices=[(name, name) for name in ("id", "-id", "title", "-title")],
        help_text="Sort order; `-` for descending.",
    )


class PageListParameters(ListParameters):
    type = ListField(
        forms.ChoiceField(choices=[]),
        required=False,
        help_text=(
            "Page types, comma-separated: `offers.OfferPage`. With one type, every field of "
            "that type can be requested and filtered."
        ),
    )
    locale = forms.ChoiceField(
        required=False,
        choices=[(code, code) for code, _name in settings.LANGUAGES],
        help_text="Language of the pages: `de` (the source) or `en`.",
    )
    translation_of = _id("Pages that translate this page (its versions in other languages).")
    child_of = _id("Pages directly below this page.")
    descendant_of = _id("Pages anywhere below this page.")
    slug = forms.SlugField(required=False, max_length=255, help_text="The page's slug.")
    order = forms.ChoiceField(
        required=False,
        choices=[
            (name, name)
            for name in ("date", "-date", "title", "-title", "first_published_at", "id", "-id")
        ],
        help_text=(
            "Sort order; `-` for descending. `date` is an offer's start, a challenge's start "
            "or an article's date (undated last) and needs `type` with one of those types."
        ),
    )
    date_from = forms.DateField(
        required=False,
        input_formats=["%Y-%m-%d"],
        help_text="Dated on or after this day, YYYY-MM-DD (offers, challenges, articles).",
    )
    date_to = forms.DateField(
        required=False,
        input_formats=["%Y-%m-%d"],
        help_text="Dated on or before this day, YYYY-MM-DD (offers, challenges, articles).",
    )
    upcoming = forms.ChoiceField(
        required=False,
        choices=[("true", "true"), ("false", "false")],
        help_text="`true`: only what has not started yet (offers, challenges, articles).",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].item.choices = [(name, name) for name in page_type_names()]
        for facet in api_facets():
            self.fields[facet.name] = api_facet_field(facet)

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "date_to lies before date_from.")
        return data


class DetailParameters(ApiParameters):
    pass


class FindParameters(ApiParameters):
    html_path = forms.CharField(
        required=False,
        max_length=500,
        help_text="A page's path on the site, with its language: `/en/offers/…/`.",
    )
    id = _id("A page's id.")


class PreviewParameters(ApiParameters):
    token = forms.CharField(
        max_length=2000,
        help_text="The signed token the admin's preview handed to the frontend.",
    )
