"""The publishing rule: nothing of a non-source locale goes live with source-language text.

German is the source. A page or snippet in another locale may be published only when none of its
texts is still a German text of its German original (a text translated to the same words in
wagtail-localize's editor counts as translated), and an alias of a page in another locale is
never live. `home/localize_patches.py` puts `check_publishable` where every path meets (Wagtail's
PublishRevisionAction) and into the few paths that make pages live without it (copy, alias,
wagtail-localize's translation saves); `PublishRefusedMiddleware` turns a refusal into a message
in the admin's language on the page the person came from.
"""

import logging
from dataclasses import dataclass

from django.contrib import messages
from django.db.models import Exists, F, OuterRef
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    Translation,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

logger = logging.getLogger(__name__)


class PublishRefused(Exception):
    """Raised where an admin action would publish what the rule forbids; the message says why
    in the language of the person who tried."""

    def __init__(self, message: str, instance=None):
        super().__init__(message)
        self.message = message
        self.instance = instance


@dataclass(frozen=True)
class UntranslatedText:
    text: str
    field: str
    tab: str


def is_source_locale(instance) -> bool:
    return instance.locale_id == Locale.get_default().pk


def _original(instance):
    """The source-language object with the same translation key, as its latest draft, or None."""
    model = instance.specific_class if isinstance(instance, Page) else type(instance)
    original = (
        model._default_manager.filter(
            translation_key=instance.translation_key, locale=Locale.get_default()
        )
        .exclude(pk=instance.pk)
        .first()
    )
    if original is None:
        return None
    latest = getattr(original, "get_latest_revision_as_object", None)
    return latest() if latest else original


def _strings(instance) -> list[StringSegmentValue]:
    return [seg for seg in extract_segments(instance) if isinstance(seg, StringSegmentValue)]


def _original_texts(original) -> set[str]:
    """The German texts of the original today, live and draft (a draft not yet synced has texts
    wagtail-localize has not extracted)."""
    if original is None:
        return set()
    texts = {segment.string.data for segment in _strings(original)}
    if live := getattr(original, "live_revision", None):
        texts |= {segment.string.data for segment in _strings(live.as_object())}
    return texts


def _extracted(texts: set[str], locale_id: int) -> dict[str, bool]:
    """Of `texts`, those wagtail-localize ever extracted from a German source (its `String` rows
    outlive a later sync and the deletion of the German page), each with whether someone
    translated it to the same words for `locale_id`: one query, however many texts."""
    same_words = StringTranslation.objects.filter(
        translation_of=OuterRef("pk"), locale_id=locale_id, data=OuterRef("data")
    )
    rows = (
        String.objects.filter(
            locale=Locale.get_default(),
            data_hash__in=[String._get_data_hash(text) for text in texts],  # the indexed column
        )
        .annotate(same_words=Exists(same_words))
        .values_list("data", "same_words")
    )
    return dict(rows)


def _editor_places(model) -> dict[str, tuple[str, str]]:
    """Field or inline name -> (its heading in the editor, the heading of its tab or "")."""
    from wagtail.admin.panels import InlinePanel, TabbedInterface, get_edit_handler

    handler = model.get_edit_handler() if issubclass(model, Page) else get_edit_handler(model)
    tabs = handler.children if isinstance(handler, TabbedInterface) else [handler]
    places: dict[str, tuple[str, str]] = {}

    def walk(panel, tab: str) -> None:
        name = getattr(panel, "field_name", None)
        if isinstance(panel, InlinePanel):
            name = panel.relation_name
        if name:
            places.setdefault(name, (str(panel.heading or ""), tab))
        for child in getattr(panel, "children", []):
            walk(child, tab)

    for tab in tabs:
        walk(tab, str(tab.heading or "") if tab is not handler else "")
    return places


def _field_label(model, name: str) -> str:
    try:
        field = model._meta.get_field(name)
    except Exception:  # a StreamField block path or a name the model no longer has
        return name
    label = getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name_plural
    return capfirst(str(label))


def untranslated_texts(instance) -> list[UntranslatedText]:
    """Texts of a page or snippet of a non-source locale that are still German: a text of its
    original today, or one wagtail-localize ever extracted from a German source (an older sync
    a revision still holds, or an original since deleted), unless translated to the same words."""
    if not hasattr(instance, "translation_key") or is_source_locale(instance):
        return []
    segments = _strings(instance)
    if not segments:
        return []
    texts = {segment.string.data for segment in segments}
    extracted = _extracted(texts, instance.locale_id)
    german = {text for text, same_words in extracted.items() if not same_words}
    # The original's draft texts not yet extracted are German too (nobody could translate them).
    german |= (_original_texts(_original(instance)) & texts) - extracted.keys()
    return _texts_of(
        type(instance),
        [(seg.path, seg.string.data) for seg in segments if seg.string.data in german],
    )


def _texts_of(model, paths_and_texts) -> list[UntranslatedText]:
    places = _editor_places(model)
    found = []
    for path, text in paths_and_texts:
        name = path.split(".")[0]
        label, tab = places.get(name, ("", ""))
        found.append(UntranslatedText(text, label or _field_label(model, name), tab))
    return found


def missing_texts(translation: Translation) -> list[UntranslatedText]:
    """The source texts wagtail-localize's editor still shows empty, with field and tab."""
    model = translation.source.specific_content_type.model_class()
    missing = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("context", "string")
        .order_by("order")
    )
    return _texts_of(model, [(segment.context.path, segment.string.data) for segment in missing])


def translation_of(instance) -> Translation | None:
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def missing_strings(instance) -> int:
    """How many source texts the object's translation still lacks (0 for a source object)."""
    translation = translation_of(instance)
    return len(missing_texts(translation)) if translation is not None else 0


def describe(texts: list[UntranslatedText]) -> str:
    """ "2 texts still untranslated: Title (tab Content), Teaser (tab Content)." """
    places = []
    for text in texts:
        place = (
            _("%(field)s (tab %(tab)s)") % {"field": text.field, "tab": text.tab}
            if text.tab
            else text.field
        )
        if place not in places:
            places.append(place)
    return ngettext(
        "%(count)s text still untranslated: %(places)s.",
        "%(count)s texts still untranslated: %(places)s.",
        len(texts),
    ) % {"count": len(texts), "places": ", ".join(places)}


def is_cross_locale_alias(page) -> bool:
    return bool(
        isinstance(page, Page)
        and page.alias_of_id
        and Page.objects.filter(pk=page.alias_of_id).exclude(locale_id=page.locale_id).exists()
    )


def not_published(texts: list[UntranslatedText]) -> str:
    return ngettext(
        "Not published: %(reason)s Translate it first.",
        "Not published: %(reason)s Translate them first.",
        len(texts),
    ) % {"reason": describe(texts)}


def parent_missing(instance) -> Page | None:
    """The parent a page of a non-source locale waits for: one not live in its language."""
    if not isinstance(instance, Page) or not instance.pk or is_source_locale(instance):
        return None
    parent = instance.get_parent()
    return None if parent is None or parent.is_root() or parent.live else parent


def parent_first(parent: Page) -> str:
    return _("Translate and publish the parent page first: %(title)s.") % {
        "title": parent.get_admin_display_title()
    }


def refusal(instance) -> str | None:
    """Why `instance` (a revision's object about to go live) may not be published, or None."""
    if parent := parent_missing(instance):
        return parent_first(parent)
    if is_cross_locale_alias(instance):
        return _("A page can't go live as a copy of a page in another language: translate it.")
    if texts := untranslated_texts(instance):
        return not_published(texts)
    if errors := incomplete(instance):
        return _("“%(title)s” can't go live yet: %(errors)s") % {
            "title": instance.get_admin_display_title(),
            "errors": " ".join(errors),
        }
    return None


def incomplete(instance) -> list[str]:
    """What a page still lacks before it may go live (its validation_errors: a draft saved
    incomplete reaches here through approval, bulk publish or a scheduled go-live)."""
    errors = getattr(instance, "validation_errors", dict)()
    return [str(message) for message in errors.values()]


def check_publishable(instance, user) -> bool:
    """Raise PublishRefused for a person; for code (a scheduled go-live, wagtail-localize
    publishing after commit) log the refusal and return False, so a batch goes on."""
    reason = refusal(instance)
    if reason is None:
        return True
    if user is not None:
        raise PublishRefused(reason, instance)
    logger.warning("Not published: %r (pk=%s): %s", instance, instance.pk, reason)
    return False


def refuse_untranslated_publish(request: HttpRequest, instance) -> HttpResponse | None:
    """before_edit_page / before_edit_snippet: "Publish" in wagtail-localize's translation editor
    is refused while texts are missing, naming them (the editor's strings stay saved)."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = translation_of(instance)
    if translation is None:
        return None
    if parent := parent_missing(instance):
        messages.error(request, parent_first(parent))
    elif texts := missing_texts(translation):
        messages.error(request, not_published(texts))
    else:
        return None
    return redirect(_back(request, instance))


def keep_cross_locale_aliases_unpublished(sender, instance, **kwargs) -> None:
    """post_save: an alias of a page in another language is never live, whichever path made or
    updated it (a translated child's parent, "Convert to alias", Page.update_aliases)."""
    if not isinstance(instance, Page) or not instance.alias_of_id:
        return
    offline = (
        Page.objects.filter(pk=instance.pk, live=True)
        .exclude(alias_of__locale_id=F("locale_id"))
        .update(live=False, live_revision=None)
    )
    if offline:
        instance.live = False
        instance.live_revision = None


def _back(request: HttpRequest, instance) -> str:
    referer = request.META.get("HTTP_REFERER", "")
    if url_has_allowed_host_and_scheme(referer, {request.get_host()}, request.is_secure()):
        return referer
    if instance is not None and (url := AdminURLFinder(request.user).get_edit_url(instance)):
        return url
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:
        return "/"


class PublishRefusedMiddleware:
    """Shows a refusal as an error message on the page the person came from; what they saved
    before the refusal (the draft revision) stays saved."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception) -> HttpResponse | None:
        if not isinstance(exception, PublishRefused):
            return None
        messages.error(request, exception.message)
        return redirect(_back(request, exception.instance))
