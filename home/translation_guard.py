"""A translation never goes live with untranslated text.

wagtail-localize fills strings nobody translated yet with the German source text, and three of
its paths save that into the English page: "Publish" in the translation editor, "Update
translations" (with or without "Publish immediately"), and "Translate this page" reaching a
related page or a subtree that already has an English version. Each of them ends in
``Translation.save_target``, so that is where the rule lives (wagtail-localize offers no hook
between building a translation and saving it):

- a live translation stays as it is; what changed goes into a draft revision, published only
  when every string is translated and by someone who may publish it (a moderator, approving);
- a new translation stays a draft (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False) until
  a person who may publish it publishes it fully translated.

Code that passes no user (the demo seed, tests' helpers) publishes a new translation as it asks.
An alias page in English (wagtail-localize copies an untranslated parent that way when a child
is translated) is turned into a page of its own as wagtail-localize does it.
"""

import functools

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationLog


def missing_in(translation: Translation) -> int:
    """How many source strings the translation still lacks."""
    return (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )


def missing_strings(page: Page) -> int:
    """How many source strings the page's translation still lacks (0 for a source page)."""
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )
    return missing_in(translation) if translation is not None else 0


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


def save_translation_draft(translation: Translation, user: AbstractBaseUser | None) -> Page:
    """Put the translation as it stands into a new revision of its live page, leaving the page's
    live content (its database row) untouched."""
    source = translation.source
    page = source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    page.slug = find_available_slug(page.get_parent(), slugify(page.slug), ignore_page_id=page.pk)
    revision = page.save_revision(user=user)
    source.update_target_view_restrictions(translation.target_locale)
    TranslationLog.objects.create(
        source=source, locale=translation.target_locale, revision=revision
    )
    return page


def _may_publish(translation: Translation, target: Page | None, user) -> bool:
    """Fully translated, and published by code or by someone who may publish the page (for a
    translation not made yet: its source page)."""
    if missing_in(translation):
        return False
    if user is None:
        return True
    page = (
        target
        or Page.objects.filter(
            translation_key=translation.source.object_id, locale_id=translation.source.locale_id
        ).first()
    )
    return page is not None and page.permissions_for_user(user).can_publish()


def guarded_save_target(save_target):
    """Wrap Translation.save_target with the rule in this module's docstring."""

    @functools.wraps(save_target)
    def guarded(self: Translation, user=None, publish: bool = True):
        model = self.source.specific_content_type.model_class()
        if model is None or not issubclass(model, Page):  # snippets, or a model since removed
            return save_target(self, user=user, publish=publish)
        target = Page.objects.filter(
            translation_key=self.source.object_id, locale_id=self.target_locale_id
        ).first()
        # An alias (a parent wagtail-localize copied for a child's translation) shows the German
        # page already; it becomes a page of its own as wagtail-localize does it.
        if target is not None and target.live and not target.alias_of_id:
            if publish and _may_publish(self, target, user):
                return save_target(self, user=user, publish=True)
            save_translation_draft(self, user)
            return None
        if publish and user is not None and not _may_publish(self, target, user):
            publish = False
        return save_target(self, user=user, publish=publish)

    guarded.is_translation_guard = True
    return guarded


def install() -> None:
    """Called once from HomeConfig.ready()."""
    if not getattr(Translation.save_target, "is_translation_guard", False):
        Translation.save_target = guarded_save_target(Translation.save_target)
