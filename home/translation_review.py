"""An editor hands a finished translation to a moderator: "Submit translation for review".

wagtail-localize's editor offers editors no way to do that (their main button is "Delete"), so
the translation editor gets a button (templates/wagtail_localize/admin/edit_translation.html)
that posts here. The translation as it stands becomes a draft revision of the English page or
snippet, and the object's workflow starts; Wagtail mails the moderators of the workflow's task,
each in their own admin language (home/admin_language.py). While a string is missing, the
submission is refused and the message names each missing string with its field and tab.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import DraftStateMixin, Page, WorkflowMixin
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import StringSegment, Translation, TranslationLog
from wagtail_localize.views.edit_translation import TabHelper

from home.translation_guard import save_translation_draft

SHOWN_MISSING = 10


@dataclass(frozen=True)
class MissingString:
    text: str
    field: str
    tab: str

    def __str__(self) -> str:
        return _("“%(text)s” (field “%(field)s”, tab “%(tab)s”)") % {
            "text": self.text,
            "field": self.field,
            "tab": self.tab,
        }


def missing_strings_with_place(translation: Translation) -> list[MissingString]:
    """Every source string the translation lacks, with the field and tab it is edited in."""
    source_instance = translation.source.as_instance()
    tabs = TabHelper(source_instance)
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string", "context")
        .order_by("order")
    )
    found = []
    for segment in segments:
        field_name = segment.context.path.split(".")[0]
        try:
            field = source_instance._meta.get_field(field_name)
            label = str(getattr(field, "verbose_name", field_name)).capitalize()
        except models.FieldDoesNotExist:
            label = field_name
        try:
            tab = str(tabs.get_field_tab(field_name))
        except KeyError:
            tab = str(tabs.tabs[0])
        text = Truncator(segment.string.data).chars(60)
        found.append(MissingString(text=text, field=label, tab=tab))
    return found


def target_of(translation: Translation) -> models.Model:
    instance = translation.get_target_instance()
    return instance.specific if isinstance(instance, Page) else instance


def can_edit(user: AbstractBaseUser, instance: models.Model) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def save_snippet_translation_draft(
    translation: Translation, user: AbstractBaseUser, fallback: bool = False
) -> None:
    """A new revision of the translated snippet; its live row (what visitors read) stays.
    With `fallback`, strings not translated yet keep their source text in the draft."""
    source = translation.source
    instance = source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=fallback
    )
    revision = instance.save_revision(user=user)
    TranslationLog.objects.create(
        source=source, locale=translation.target_locale, revision=revision
    )


def editor_url(instance: models.Model) -> str:
    return AdminURLFinder().get_edit_url(instance) or reverse("wagtailadmin_home")


@require_POST
def submit_translation(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    instance = target_of(translation)
    if not isinstance(instance, WorkflowMixin) or not can_edit(request.user, instance):
        raise PermissionDenied
    back = redirect(editor_url(instance))

    missing = missing_strings_with_place(translation)
    if missing:
        listed = "; ".join(str(item) for item in missing[:SHOWN_MISSING])
        if len(missing) > SHOWN_MISSING:
            listed += _("; and %(count)s more") % {"count": len(missing) - SHOWN_MISSING}
        messages.error(
            request,
            _("Not submitted: %(count)s texts are still untranslated: %(list)s.")
            % {"count": len(missing), "list": listed},
        )
        return back
    if instance.workflow_in_progress:
        messages.warning(request, _("This translation is already waiting for review."))
        return back
    workflow = instance.get_workflow()
    if workflow is None:
        messages.error(request, _("No review workflow is assigned to this content."))
        return back

    with transaction.atomic():
        if isinstance(instance, Page):
            instance = save_translation_draft(translation, request.user)
        elif isinstance(instance, DraftStateMixin):
            save_snippet_translation_draft(translation, request.user)
        workflow.start(instance, request.user)
    messages.success(
        request,
        _("Submitted “%(title)s” for review. The moderators have been notified.")
        % {"title": str(instance)},
    )
    return back
