"""URL parameters of the search page and the API, validated before they reach a backend.

The page reports a bad value and ignores it; the API answers 400 with the same messages.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from home.pagination import MAX_PAGE
from search.documents import LANGUAGES
from search.facets import FACETS, facet_params
from search.types import SORTS, Query


class SlugsField(forms.Field):
    """Several values such as ?topic=ki&topic=cloud or ?topic=ki,cloud: slugs or codes as the
    facet's pattern says, not free text."""

    widget = forms.MultipleHiddenInput

    def __init__(self, pattern: str, **kwargs):
        self.pattern = re.compile(pattern)
        super().__init__(**kwargs)

    def to_python(self, value):
        values = value if isinstance(value, list | tuple) else ([value] if value else [])
        for item in values:
            if not self.pattern.fullmatch(str(item)):
                raise forms.ValidationError(
                    _("“%(value)s” is not a valid value."), params={"value": item[:40]}
                )
        return list(dict.fromkeys(values))


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
    page = forms.IntegerField(min_value=1, max_value=MAX_PAGE, required=False)

    def __init__(self, data, *args, **kwargs):
        # Several values repeated or comma-separated, as on every surface.
        super().__init__(facet_params(data), *args, **kwargs)
        for facet in FACETS:
            if facet.choices is not None:
                self.fields[facet.name] = forms.MultipleChoiceField(
                    label=facet.label, choices=list(facet.choices.items()), required=False
                )
            else:
                self.fields[facet.name] = SlugsField(
                    facet.pattern, label=facet.label, required=False
                )

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
