"""An editor hands a finished translation to a moderator: "Submit translation for review".

wagtail-localize's editor offers editors no way to do that (their main button is "Delete"), so
the translation editor gets a button (templates/wagtail_localize/admin/edit_translation.html)
that posts here. The translation as it stands becomes a draft revision of the English page or
snippet, and the object's workflow starts; Wagtail mails the moderators of the workflow's task,
each in their own admin language (home/admin_language.py). While a string is missing, the
submission is refused and the message names each missing string with its field and tab.
"""

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
from wagtail_localize.models import Translation

from home.localize_patches import save_translation_draft
from home.publish_rule import UntranslatedText, missing_texts

SHOWN_MISSING = 10


def named(item: UntranslatedText) -> str:
    """ "“workshop-git” (field “Short title”, tab “Promote”)": what the editor looks for."""
    return _("“%(text)s” (field “%(field)s”, tab “%(tab)s”)") % {
        "text": Truncator(item.text).chars(60),
        "field": item.field,
        "tab": item.tab,
    }


def target_of(translation: Translation) -> models.Model:
    instance = translation.get_target_instance()
    return instance.specific if isinstance(instance, Page) else instance


def can_edit(user: AbstractBaseUser, instance: models.Model) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def editor_url(instance: models.Model) -> str:
    return AdminURLFinder().get_edit_url(instance) or reverse("wagtailadmin_home")


@require_POST
def submit_translation(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    instance = target_of(translation)
    if not isinstance(instance, WorkflowMixin) or not can_edit(request.user, instance):
        raise PermissionDenied
    back = redirect(editor_url(instance))

    missing = missing_texts(translation)
    if missing:
        listed = "; ".join(named(item) for item in missing[:SHOWN_MISSING])
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
        if isinstance(instance, Page | DraftStateMixin):
            instance = save_translation_draft(translation, request.user)
        workflow.start(instance, request.user)
    messages.success(
        request,
        _("Submitted “%(title)s” for review. The moderators have been notified.")
        % {"title": str(instance)},
    )
    return back
