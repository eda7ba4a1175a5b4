"""What the translation editor shows about handing a translation to a moderator."""

from django import template
from django.db import models
from django.urls import reverse

from wagtail.models import Page, WorkflowMixin
from wagtail_localize.models import Translation

from home.publish_rule import missing_texts

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, translation: Translation, instance: models.Model) -> dict:
    """The review bar's state: strings still missing, the review in progress and, for someone
    who may decide it, the task's approve and request-changes addresses."""
    if not isinstance(instance, WorkflowMixin):
        return {}
    user = context["request"].user
    task_state = instance.current_workflow_task_state
    review = {
        "missing": len(missing_texts(translation)),
        "submit_url": reverse("proxlab_submit_translation", args=[translation.pk]),
        "in_review": instance.workflow_in_progress,
        "task_state": task_state,
    }
    if not isinstance(instance, Page):
        _name_compare_view(context.get("side_panels", ()), instance)
    if task_state and task_state.task.specific.get_actions(instance, user):
        if isinstance(instance, Page):
            name, args = "wagtailadmin_pages:workflow_action", [instance.pk]
        else:
            name, args = instance.snippet_viewset.get_url_name("workflow_action"), [instance.pk]
        review["approve_url"] = reverse(name, args=[*args, "approve", task_state.pk])
        review["reject_url"] = reverse(name, args=[*args, "reject", task_state.pk])
    return review


def _name_compare_view(panels, instance: models.Model) -> None:
    """wagtail-localize 1.14 gives a snippet's status panel no compare view, which the panel's
    workflow status links to once the snippet is in review (a NoReverseMatch without it)."""
    name = instance.snippet_viewset.get_url_name("revisions_compare")
    for panel in panels:
        build = panel.get_context_data

        def with_compare_view(parent_context, build=build):
            return {"revisions_compare_url_name": name, **build(parent_context)}

        panel.get_context_data = with_compare_view
