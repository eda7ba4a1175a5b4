"""Where Wagtail and wagtail-localize are patched so that every path follows home.publish_rule.

Installed once from HomeConfig.ready(); tests/test_publish_rule_patches.py fails when the pinned
version changes a patched function (its source hash) and shows each patch is needed. Patched:

- ``wagtail.actions.publish_revision.PublishRevisionAction.execute``: where every publish of a
  page or draftable snippet meets (editor, bulk action, workflow approval, scheduled go-live,
  revert, API, wagtail-localize after commit). Before it runs: the rule.
- ``wagtail.actions.copy_page.CopyPageAction.execute`` and
  ``wagtail.actions.create_alias.CreatePageAliasAction.execute``, and the copy form's ``clean``:
  a page is copied or aliased into its own language's tree only ("Translate" for the other);
  wagtail-localize's own copies pass because they set the target tree's locale.
- ``wagtail_localize.models.Translation.save_target`` (wagtail-localize has no hook between
  building a translation and saving it): a live translation keeps its live content and what
  changed waits in a draft revision until complete and saved by someone who may publish; a
  snippet without draft state (saved is live) is not saved while texts are missing; a parent
  wagtail-localize copied as an alias for a child's translation becomes a translation draft.
- ``UpdateTranslationsView.get_success_message`` ("Update translations"): instead of
  "successfully updated", says per language what was published, what was saved as a draft and
  why (the refusal's words), and what waits for translation.
- ``wagtail_localize.views.convert.convert_to_alias`` and
  ``wagtail_localize.views.edit_translation.stop_translation``: only for people who may publish
  the page; editors would otherwise take a live page out of review.
"""

import functools

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext as _

from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.admin.forms.pages import CopyForm
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page, Revision
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import Translation, TranslationLog, TranslationSource
from wagtail_localize.views import convert, edit_translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from home.publish_rule import (
    PublishRefused,
    check_publishable,
    describe,
    is_cross_locale_alias,
    missing_texts,
    not_published,
    refusal,
)
from home.slugs import german_slug

PATCHED = "is_publish_rule_patch"


def _patch(owner, name: str, wrapper) -> None:
    original = getattr(owner, name)
    if getattr(original, PATCHED, False):
        return
    patched = functools.wraps(original)(wrapper(original))
    setattr(patched, PATCHED, True)
    setattr(owner, name, patched)


# Publishing a revision ---------------------------------------------------------------------


def _guard_publish(execute):
    def guarded(self: PublishRevisionAction, skip_permission_checks: bool = False):
        self.check(skip_permission_checks=skip_permission_checks)
        if not check_publishable(self.object, self.user):
            # A refused scheduled go-live is not retried every few minutes.
            Revision.objects.filter(pk=self.revision.pk).update(approved_go_live_at=None)
            return None
        return execute(self, skip_permission_checks=skip_permission_checks)

    return guarded


# Copies and aliases ------------------------------------------------------------------------


def _other_tree(locale_id: int, parent: Page | None) -> bool:
    return parent is not None and not parent.is_root() and parent.locale_id != locale_id


def _wrong_tree_message(parent: Page) -> str:
    return _(
        "Pages are copied within their language. To have this page in %(language)s, use "
        '"Translate this page" on it instead.'
    ) % {"language": parent.locale.get_display_name()}


def _guard_copy(execute):
    def guarded(self: CopyPageAction, skip_permission_checks: bool = False):
        attrs = self.update_attrs or {}
        locale = attrs.get("locale")
        locale_id = locale.pk if locale is not None else attrs.get("locale_id", self.page.locale_id)
        if _other_tree(locale_id, self.to):
            raise PublishRefused(_wrong_tree_message(self.to), self.page)
        return execute(self, skip_permission_checks=skip_permission_checks)

    return guarded


def _guard_alias(execute):
    def guarded(self: CreatePageAliasAction, skip_permission_checks: bool = False):
        locale_id = self.update_locale.pk if self.update_locale else self.page.locale_id
        if _other_tree(locale_id, self.parent or self.page.get_parent()):
            raise PublishRefused(_wrong_tree_message(self.parent), self.page)
        return execute(self, skip_permission_checks=skip_permission_checks)

    return guarded


def _guard_copy_form(clean):
    def guarded(self: CopyForm):
        cleaned_data = clean(self)
        parent = cleaned_data.get("new_parent_page")
        if parent is not None and _other_tree(self.page.locale_id, parent):
            self.add_error("new_parent_page", _wrong_tree_message(parent))
        return cleaned_data

    return guarded


# wagtail-localize saving a translation -----------------------------------------------------


def save_translation_draft(translation: Translation, user: AbstractBaseUser | None):
    """Put the translation as it stands into a new revision of its live page or draftable
    snippet, leaving the live content (its database row) untouched."""
    source = translation.source
    target = source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    if isinstance(target, Page):
        target.slug = find_available_slug(
            target.get_parent(), german_slug(target.slug), ignore_page_id=target.pk
        )
    revision = target.save_revision(user=user)
    source.update_target_view_restrictions(translation.target_locale)
    TranslationLog.objects.create(
        source=source, locale=translation.target_locale, revision=revision
    )
    return target


def _target(translation: Translation):
    """The translated page or snippet as it stands (None before its first save)."""
    model = translation.source.specific_content_type.model_class()
    if model is None:
        return None
    return (
        model._default_manager.filter(
            translation_key=translation.source.object_id, locale_id=translation.target_locale_id
        )
        .order_by()
        .first()
    )


def publish_blocker(translation: Translation, target, user) -> str | None:
    """Why wagtail-localize may not publish (or, for a snippet without drafts, save) this
    translation now, or None: texts still missing, a person who may not publish it (for a
    translation not made yet: its source page; code may), or the publishing rule."""
    if texts := missing_texts(translation):
        return not_published(texts)
    model = translation.source.specific_content_type.model_class()
    if user is None:
        allowed = True
    elif issubclass(model, Page):
        page = target or translation.source.get_source_instance()
        allowed = page.permissions_for_user(user).can_publish()
    else:
        action = "publish" if issubclass(model, DraftStateMixin) else "change"
        allowed = ModelPermissionPolicy(model).user_has_permission(user, action)
    if not allowed:
        return _("Only a moderator can publish this translation.")
    if target is None or getattr(target, "alias_of_id", None):
        return None  # no live row yet: the rule is met where its revision is published
    # wagtail-localize writes a live translation's row before publishing it: ask the rule first.
    source = translation.source
    return refusal(source.get_ephemeral_translated_instance(translation.target_locale, True))


def _translate_alias_parents(page: Page, user) -> None:
    """A parent wagtail-localize copied as an alias (for a child's translation) becomes a
    translation draft of its own, top down, so the editor can translate it."""
    for ancestor in page.get_ancestors().filter(alias_of__isnull=False).specific():
        if not is_cross_locale_alias(ancestor):
            continue
        source, _created = TranslationSource.get_or_create_from_instance(ancestor.alias_of.specific)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale_id=ancestor.locale_id
        )
        translation.save_target(user=user, publish=False)


def _guard_save_target(save_target):
    def guarded(self: Translation, user=None, publish: bool = True):
        model = self.source.specific_content_type.model_class()
        if model is None:  # a model since removed
            return save_target(self, user=user, publish=publish)
        target = _target(self)
        if not issubclass(model, Page):
            if issubclass(model, DraftStateMixin):
                publish = publish and publish_blocker(self, target, user) is None
                # wagtail-localize would unpublish a live one and overwrite its live content.
                if target is not None and target.live and not publish:
                    save_translation_draft(self, user)
                    return None
                return save_target(self, user=user, publish=publish)
            # Saved is live: an existing translation waits until every text is translated.
            if target is not None and publish_blocker(self, target, user) is not None:
                return None
            return save_target(self, user=user, publish=publish)
        if target is not None and target.live and not target.alias_of_id:
            if publish and publish_blocker(self, target, user) is None:
                return save_target(self, user=user, publish=True)
            save_translation_draft(self, user)
            return None
        if publish and publish_blocker(self, target, user) is not None:
            publish = False
        result = save_target(self, user=user, publish=publish)
        if target is None:
            created = Page.objects.filter(
                translation_key=self.source.object_id, locale_id=self.target_locale_id
            ).first()
            if created is not None:
                _translate_alias_parents(created, user)
        return result

    return guarded


# Admin views of wagtail-localize -----------------------------------------------------------


def _publishers_only(view, page_of, message):
    def guarded(request, *args, **kwargs):
        page = page_of(*args, *kwargs.values())
        if page is not None and not page.permissions_for_user(request.user).can_publish():
            raise PublishRefused(message(), page)
        return view(request, *args, **kwargs)

    return guarded


def _translated_page(translation_id):
    translation = Translation.objects.filter(pk=translation_id).first()
    instance = translation.get_target_instance() if translation else None
    return instance if isinstance(instance, Page) else None


def _guard_convert(view):
    def unpublish_first(request, *args, **kwargs):
        page_id = [*args, *kwargs.values()][0]
        # The alias it becomes is never live (publish_rule); unpublished the Wagtail way, the
        # page also leaves the search index and the page cache.
        page = Page.objects.filter(pk=page_id, live=True).first()
        if request.method == "POST" and page is not None:
            page.specific.unpublish(user=request.user)
        return view(request, *args, **kwargs)

    return _publishers_only(
        unpublish_first,
        lambda page_id: Page.objects.filter(pk=page_id).first(),
        lambda: _("Only a moderator can turn a translation back into a copy of the German page."),
    )


def _guard_stop(view):
    return _publishers_only(
        view,
        _translated_page,
        lambda: _("Only a moderator can stop the synchronised translation of a page."),
    )


# "Update translations" says what happened -------------------------------------------------


def _update_outcome(translation: Translation, target, user, publish: bool) -> tuple[str, bool]:
    """The sentence for one language after "Update translations", and whether it went live.
    wagtail-localize publishes after the commit, through the rule: what the rule says of the
    revision it publishes is what happens to it."""
    language = str(translation.target_locale.get_display_name())
    if not publish:
        texts = missing_texts(translation)
        left = (
            describe(texts)
            if texts
            else _(
                "Every text is translated: publish it or submit it for review in the "
                "translation editor."
            )
        )
        return _("%(language)s: ready for translation, not published. %(left)s") % {
            "language": language,
            "left": left,
        }, False
    reason = publish_blocker(translation, target, user)
    if not isinstance(target, DraftStateMixin):  # saved is live
        if reason is None:
            return language, True
        return _("%(language)s: not updated, it keeps its text. %(reason)s") % {
            "language": language,
            "reason": reason,
        }, False
    reason = reason or refusal(target.get_latest_revision_as_object())
    if reason is None:
        return language, True
    return _("%(language)s: saved as a draft. %(reason)s") % {
        "language": language,
        "reason": reason,
    }, False


def _report_update(get_success_message):
    def report(self: UpdateTranslationsView) -> str:
        form = self.get_form()
        publish = form.is_valid() and form.cleaned_data["publish_translations"]
        published = []
        translations = self.object.translations.filter(enabled=True).select_related(
            "source", "target_locale"
        )
        for translation in translations:
            if (target := _target(translation)) is None:
                continue
            sentence, live = _update_outcome(translation, target, self.request.user, publish)
            if live:
                published.append(sentence)
            else:
                (messages.warning if publish else messages.info)(self.request, sentence)
        updated = _("Translations of “%(object)s” updated.") % {"object": self.object.object_repr}
        if published:
            return f"{updated} " + _("Published: %(languages)s.") % {
                "languages": ", ".join(published)
            }
        return f"{updated} " + _("Nothing was published.")

    return report


def install() -> None:
    """Called once from HomeConfig.ready(), before the admin's URLs are loaded."""
    _patch(PublishRevisionAction, "execute", _guard_publish)
    _patch(CopyPageAction, "execute", _guard_copy)
    _patch(CreatePageAliasAction, "execute", _guard_alias)
    _patch(CopyForm, "clean", _guard_copy_form)
    _patch(Translation, "save_target", _guard_save_target)
    _patch(convert, "convert_to_alias", _guard_convert)
    _patch(edit_translation, "stop_translation", _guard_stop)
    _patch(UpdateTranslationsView, "get_success_message", _report_update)
