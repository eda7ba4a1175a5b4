"""The portal's own rules in Wagtail's content checker (the editor's "Checks" panel and the
userbar on previews), so an editor sees what a page lacks while writing, not only when
publishing is refused.

Wagtail runs axe-core on the preview, configured once when the editor opens, while the preview
follows every change. So the rules are fixed per page type (one per field the editor shows, one
per text rule), and the preview says which of them fail: a hidden marker per problem, rendered
only in previews (templates/components/content_checks.html). axe takes no code from
configuration, so the check is a built-in evaluate: it finds the marker's problem attribute set.
"""

from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import Locale

from home.models.base import BasePage
from home.publish_rule import (
    _editor_places,
    _field_label,
    describe,
    is_source_locale,
    missing_strings,
    untranslated_texts,
)

MARKER = "data-content-check"  # which rule a marker belongs to
PROBLEM = "data-content-problem"  # what is wrong, in the preview's language
CHECK = "proxlab-content-problem"


@dataclass(frozen=True)
class Problem:
    rule: str  # the axe rule id
    name: str  # what is wrong
    help: str  # how to fix it
    impact: str = "serious"


def problems(page: BasePage) -> list[Problem]:
    """What the page (as the editor has it now) lacks before publishing, or should have."""
    if not isinstance(page, BasePage):
        return []
    return [*_rule_problems(page), *_teaser_problems(page), *_translation_problems(page)]


def rules(page: BasePage) -> dict[str, Problem]:
    """Every rule of the page's type, with today's wording where the page breaks it."""
    model = type(page)
    found = {}
    places = _editor_places(model)
    for name in places:
        found[_field_rule(name)] = _field_problem(model, name, "", places)
    found["proxlab-teaser"] = _no_teaser(model)
    found["proxlab-untranslated"] = _untranslated("")
    for locale in Locale.objects.exclude(pk=Locale.get_default().pk):
        found[_translation_rule(locale)] = _no_translation(locale)
    return found | {problem.rule: problem for problem in problems(page)}


def _field_rule(name: str) -> str:
    return f"proxlab-field-{name}"


def _translation_rule(locale: Locale) -> str:
    return f"proxlab-translation-{locale.language_code}"


def _where(model, name: str, places: dict) -> str:
    label, tab = places.get(name, ("", ""))
    field = label or _field_label(model, name)
    if tab:
        return _("Field “%(field)s” in the tab “%(tab)s”.") % {"field": field, "tab": tab}
    return _("Field “%(field)s”.") % {"field": field}


def _field_problem(model, name: str, message: str, places: dict) -> Problem:
    label = places.get(name, ("", ""))[0] or _field_label(model, name)
    return Problem(
        _field_rule(name),
        message or _("“%(field)s” is not ready for publishing") % {"field": label},
        " ".join(
            (
                _where(model, name, places),
                _("Needed for submitting for review and publishing, not for saving a draft."),
            )
        ),
    )


def _rule_problems(page: BasePage) -> list[Problem]:
    places = _editor_places(type(page))
    return [
        _field_problem(type(page), name, str(message), places)
        for name, message in page.validation_errors().items()
    ]


def _no_teaser(model) -> Problem:
    return Problem(
        "proxlab-teaser",
        _("No teaser"),
        " ".join(
            (
                _(
                    "Cards, search results and shared links show one or two sentences "
                    "about the page."
                ),
                _where(model, "teaser", _editor_places(model)),
            )
        ),
        impact="moderate",
    )


def _teaser_problems(page: BasePage) -> list[Problem]:
    return [] if page.teaser or page.search_description else [_no_teaser(type(page))]


def _untranslated(places: str) -> Problem:
    return Problem(
        "proxlab-untranslated",
        _("Text not translated yet"),
        " ".join(
            (
                places,
                _(
                    "Translate the texts in the translation editor; "
                    "until then the page stays a draft."
                ),
            )
        ).strip(),
    )


def _no_translation(locale: Locale) -> Problem:
    return Problem(
        _translation_rule(locale),
        _("No translation yet: %(language)s") % {"language": locale.get_display_name()},
        _(
            "Translate the page (“Translate” in its actions menu), so visitors reading that "
            "language find it too."
        ),
        impact="moderate",
    )


def _translation_problems(page: BasePage) -> list[Problem]:
    if page.locale_id is None:  # a page not placed in the tree yet
        return []
    if not is_source_locale(page):
        texts = untranslated_texts(page)
        return [_untranslated(describe(texts))] if texts else []
    if page.pk is None:
        return []
    found = []
    translations = {p.locale_id: p for p in page.get_translations().specific()}
    for locale in Locale.objects.exclude(pk=page.locale_id):
        translated = translations.get(locale.pk)
        if translated is None:
            found.append(_no_translation(locale))
        elif missing_strings(translated) or untranslated_texts(
            translated.get_latest_revision_as_object()
        ):
            found.append(
                Problem(
                    _translation_rule(locale),
                    _("Translation incomplete: %(language)s")
                    % {"language": locale.get_display_name()},
                    _("Open the translation, translate the missing texts and publish it."),
                    impact="moderate",
                )
            )
    return found


class PortalChecksItem(ContentCheckerItem):
    """Wagtail's content checker with the portal's rules besides its accessibility rules."""

    def __init__(self, page: BasePage, in_editor: bool = False):
        super().__init__(in_editor=in_editor)
        self.page = page

    @cached_property
    def portal_rules(self) -> dict[str, Problem]:
        # Worded in the language active when the userbar or the panel renders (the admin's).
        return rules(self.page)

    def get_axe_run_only(self, request):
        run_only = super().get_axe_run_only(request)
        return [*run_only, *self.portal_rules] if run_only else run_only

    def get_axe_custom_rules(self, request):
        own = [
            {
                "id": problem.rule,
                "impact": problem.impact,
                "selector": f'[{MARKER}="{problem.rule}"]',
                "excludeHidden": False,  # the markers are hidden from visitors and readers
                "tags": ["proxlab"],
                "any": [],
                "none": [CHECK],
                "enabled": True,
            }
            for problem in self.portal_rules.values()
        ]
        return [*super().get_axe_custom_rules(request), *own]

    def get_axe_custom_checks(self, request):
        check = {
            "id": CHECK,
            "evaluate": "attr-non-space-content-evaluate",
            "options": {"attribute": PROBLEM},
        }
        return [*super().get_axe_custom_checks(request), check]

    def get_axe_messages(self, request):
        own = {
            problem.rule: {"error_name": problem.name, "help_text": problem.help}
            for problem in self.portal_rules.values()
        }
        return {**super().get_axe_messages(request), **own}


def add_portal_checks(request, items: list, page) -> None:
    """construct_wagtail_userbar: the checker of a portal page (in the userbar on a preview,
    and in the editor's "Checks" panel, which reads its configuration from here) gets the
    portal's rules."""
    if not isinstance(page, BasePage):
        return
    items[:] = [
        PortalChecksItem(page, in_editor=item.in_editor)
        if isinstance(item, ContentCheckerItem)
        else item
        for item in items
    ]
