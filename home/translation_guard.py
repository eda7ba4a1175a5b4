"""A translation never goes live with untranslated text.

wagtail-localize's translation editor publishes with the source text standing in for missing
strings ("Published … with missing translations"). With
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False a new translation starts as a draft;
this guard keeps it one until every string is translated.
"""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation


def missing_strings(page: Page) -> int:
    """How many source strings the page's translation still lacks (0 for a source page)."""
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return 0
    return (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )


def refuse_untranslated_publish(request: HttpRequest, page: Page) -> HttpResponse | None:
    """before_edit_page: stop "Publish" in the translation editor while strings are missing."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    missing = missing_strings(page)
    if not missing:
        return None
    messages.error(
        request,
        _("Translate all texts before publishing: %(count)s still missing.") % {"count": missing},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
