"""URL parameters of the search page and the API, validated before they reach a backend.

The page reports a bad value and ignores it; the API answers 400 with the same messages.
"""

import copy

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from home.pagination import MAX_PAGE
from search.documents import LANGUAGES
from search.facets import FACETS, Facet, facet_params, split_values
from search.types import SORTS, Query


class RepeatedInput(forms.MultipleHiddenInput):
    """Reads every occurrence of a parameter: `?offer_type=workshop&offer_type=talk`."""


class ListField(forms.Field):
    """Several values, each checked by `item`, comma-separated (`offer_type=workshop,talk`) or
    repeated (`offer_type=workshop&offer_type=talk`), or both, each value once: the same on
    the search page and every JSON endpoint."""

    widget = RepeatedInput

    def __init__(self, item: forms.Field, **kwargs):
        self.item = item
        super().__init__(**kwargs)

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.item = copy.deepcopy(self.item, memo)
        return result

    def to_python(self, value) -> list:
        values = value if isinstance(value, list | tuple) else [value] if value else []
        return list(dict.fromkeys(self.item.clean(part) for part in split_values(values)))


def facet_field(facet: Facet, **kwargs) -> ListField:
    """A facet of the registry as a parameter: its fixed choices, or slugs and codes as its
    pattern says, never free text."""
    if facet.choices is not None:
        item = forms.ChoiceField(choices=[(value, value) for value in facet.choices])
    else:
        invalid = _("“%(value)s” is not a valid value.")
        item = forms.CharField(max_length=100, validators=[RegexValidator(facet.pattern, invalid)])
    return ListField(item, required=False, **kwargs)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False, strip=True)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("relevance", _("Relevance")),
            ("date", _("Date (upcoming first)")),
            ("newest", _("Newest")),
        ],
    )
    page = forms.IntegerField(label=_("Page"), min_value=1, max_value=MAX_PAGE, required=False)

    def __init__(self, data, *args, **kwargs):
        # Several values repeated or comma-separated, as on every surface.
        super().__init__(facet_params(data), *args, **kwargs)
        for facet in FACETS:
            self.fields[facet.name] = facet_field(facet, label=facet.label)

    def query(self, language: str) -> Query:
        """The valid part of the request as a Query; invalid parameters are left out."""
        self.is_valid()
        data = self.cleaned_data
        return Query(
            language=language if language in LANGUAGES else LANGUAGES[0],
            text=data.get("q") or "",
            filters={f.name: data[f.name] for f in FACETS if data.get(f.name)},
            sort=data.get("sort") if data.get("sort") in SORTS else "relevance",
            page=data.get("page") or 1,
        )

    def error_messages(self) -> dict[str, list[str]]:
        return {name: [str(message) for message in errors] for name, errors in self.errors.items()}
