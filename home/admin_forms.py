"""The page editor: choices in the page's own language, and drafts that save incomplete.

Without the first, a German page's choosers list the German and English versions of every
place and competence side by side, and picking an English one shows English on a German page.
"""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin

from home.models.taxonomy import Competence, CompetenceArea
from home.slugs import german_slug, taken_by_routes


class LocalizedChoicesPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not _is_translated_choice(queryset.model):
                continue
            multiple = isinstance(field, forms.ModelMultipleChoiceField)
            # Plain widgets: a chooser would search every language again.
            field.widget = forms.CheckboxSelectMultiple() if multiple else forms.Select()
            field.queryset = _ordered(queryset.model.objects.filter(locale_id=locale_id))
            if queryset.model is Competence:
                field.choices = competences_by_area(field.queryset)
                field.widget.attrs["class"] = "competence-choices"

    def clean_slug(self) -> str:
        # The address the page will have (home.slugs), so Wagtail's "already in use" check
        # below meets it at the field, not as an error when saving.
        slug = self.cleaned_data["slug"]
        slug = german_slug(slug) or slug
        if self.parent_page is not None and slug in taken_by_routes(self.parent_page):
            raise forms.ValidationError(
                _(
                    "“%(slug)s” is an address of the section itself (its feed or calendar): "
                    "choose another."
                )
                % {"slug": slug}
            )
        return slug

    def _post_clean(self):
        # "Save draft" (Wagtail defers required fields then) keeps incomplete work; the page's
        # own rules wait for submitting for review and publishing.
        self.instance.rules_deferred = self.is_deferred_validation
        super()._post_clean()


def _is_translated_choice(model) -> bool:
    # Specific page types (partners) and snippets (places, competences); not any page at all.
    return issubclass(model, TranslatableMixin) and model is not Page


def _ordered(queryset: QuerySet) -> QuerySet:
    if issubclass(queryset.model, Page):
        return queryset.order_by("title")
    return queryset


def competences_by_area(competences: QuerySet) -> list[tuple[str, list[tuple[int, str]]]]:
    """Checkbox groups per e-CF area (A Plan … E Manage), each in code order."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for competence in competences.order_by("area", "position"):
        groups.setdefault(competence.area, []).append((competence.pk, str(competence)))
    return [(f"{area} · {CompetenceArea(area).label}", groups[area]) for area in groups]
