"""Team applications in the Wagtail admin: moderators see each challenge's applications with
their state and age, move them through the states (the team is mailed at each move; a decline
needs a reason and a confirmation, and any decision can be taken back), export them, and close
a challenge's applications early once enough teams have applied."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.defaultfilters import linebreaksbr
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import InspectView

from offers import teams
from offers.admin_views import (
    FOLLOW_UP_COLUMN,
    DeclineForm,
    ReviewQueueView,
    ReviewView,
    ReviewViewSet,
    shown,
)
from offers.models import TeamApplication, TeamStatus

# The button for each move, in the moderators' words; declining has a form of its own.
MOVE_LABELS = {
    TeamStatus.SHORTLISTED: _("Shortlist"),
    TeamStatus.ACCEPTED: _("Accept"),
}


class TeamDeclineForm(DeclineForm):
    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].help_text = _(
            "The team reads it in the e-mail as written; the application is in %(language)s."
        ) % {"language": language}


@hooks.register("register_log_actions")
def register_team_decisions(actions) -> None:
    """The decisions in the application's history, so a taken-back one stays on record."""
    for status in (TeamStatus.SHORTLISTED, TeamStatus.ACCEPTED, TeamStatus.DECLINED):
        actions.register_action(f"proxlab.team.{status}", status.label, status.label)
    actions.register_action(
        "proxlab.team.reopened",
        _("Decision taken back"),
        _("Decision taken back: the application is received again"),
    )


class ApplicationIndexView(ReviewQueueView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("challenge")


class ApplicationReviewView(ReviewView):
    template_name = "offers/admin/team_application_review.html"

    def get_field_display_value(self, field_name, field):
        application = self.object
        if field_name == "attachment":
            if not application.attachment:
                return _("No attachment")
            url = reverse("team_applications:attachment", args=[application.pk])
            return format_html('<a href="{}">{}</a>', url, _("Open the attachment (PDF)"))
        if field_name == "challenge" and application.challenge is not None:
            return application.challenge.title
        if field_name == "decided_by" and application.decided_by is not None:
            return get_user_display_name(application.decided_by)
        if field_name in ("motivation", "decline_reason") and getattr(application, field_name):
            return linebreaksbr(getattr(application, field_name), autoescape=True)
        return shown(super().get_field_display_value(field_name, field))

    def get_fields_context(self):
        # The form cannot be sent without consent, so every stored application has it.
        consent = {
            "label": _("Consent to the privacy notice"),
            "value": _("Given when the team applied"),
            "component": None,
        }
        return [*super().get_fields_context(), consent]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        challenge = application.challenge
        context["application"] = application
        context["can_decide"] = self.user_has_permission("change")
        context["moves"] = [
            (status, MOVE_LABELS[status]) for status in application.moves if status in MOVE_LABELS
        ]
        context["can_decline"] = TeamStatus.DECLINED in application.moves
        context["decline_form"] = kwargs.get("decline_form") or self.decline_form()
        context["confirming_decline"] = kwargs.get("confirming_decline", False)
        if challenge is not None:
            others = TeamApplication.objects.for_challenge(challenge)
            context["challenge"] = challenge
            context["accepted"] = others.filter(status=TeamStatus.ACCEPTED).count()
            context["applied"] = others.exclude(status=TeamStatus.WITHDRAWN).count()
            context["application_state"] = challenge.application_state()
            context["closed_early"] = challenge.closed_early
        return context

    def decline_form(self, data=None) -> TeamDeclineForm:
        return TeamDeclineForm(data, language=self.object.get_language_display())

    def decline(self, request):
        """Two steps: the reason is checked and shown once more, then the team is mailed."""
        if TeamStatus.DECLINED not in self.object.moves:
            messages.error(request, _("This application cannot move to that state."))
            return None
        form = self.decline_form(request.POST)
        if not form.is_valid() or request.POST.get("confirmed") != "yes":
            context = self.get_context_data(decline_form=form, confirming_decline=form.is_valid())
            return self.render_to_response(context)
        if teams.move(self.object, TeamStatus.DECLINED, request.user, form.cleaned_data["reason"]):
            messages.success(request, _("Declined; the team has been told by e-mail."))
        else:
            messages.error(request, _("This application cannot move to that state."))
        return None

    def post(self, request, *args, **kwargs):
        if not self.user_has_permission("change"):
            raise PermissionDenied
        application = self.object
        action = request.POST.get("action")
        if action == "retry":
            self.retry(request)
        elif action == "move":
            status = request.POST.get("status", "")
            if status in MOVE_LABELS and teams.move(application, status, request.user):
                messages.success(request, _("Done; the team has been told by e-mail."))
            else:
                messages.error(request, _("This application cannot move to that state."))
        elif action == "decline":
            if response := self.decline(request):
                return response
        elif action == "undecide":
            if teams.undo_decision(application, request.user):
                messages.success(
                    request,
                    _("The decision is taken back; the team has been told by e-mail."),
                )
        elif action == "close" and application.challenge is not None:
            teams.close_early(application.challenge, request.user)
            messages.success(request, _("Applications to this challenge are closed."))
        elif action == "reopen" and application.challenge is not None:
            teams.reopen(application.challenge)
            messages.success(request, _("Applications to this challenge are open again."))
        return redirect(reverse("team_applications:inspect", args=[application.pk]))


class AttachmentView(InspectView):
    """The team's PDF, from private storage, to staff who may see the application."""

    def get(self, request, *args, **kwargs):
        attachment = self.object.attachment
        if not attachment:
            raise Http404
        try:
            file = attachment.open("rb")
        except FileNotFoundError as missing:
            raise Http404 from missing
        response = FileResponse(file, content_type="application/pdf", filename="team.pdf")
        response["Cache-Control"] = "private, no-store"
        return response


class TeamApplicationViewSet(ReviewViewSet):
    model = TeamApplication
    icon = "group"
    menu_label = _("Team applications")
    add_to_admin_menu = True
    menu_order = 260
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationReviewView
    form_fields = ["status"]
    list_filter = ["challenge", "status"]
    list_display = [
        "team_name",
        Column("challenge", label=_("challenge"), accessor="challenge"),
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("language", label=_("language"), accessor="get_language_display"),
        DateColumn("created_at", label=_("Received")),
        FOLLOW_UP_COLUMN,
    ]
    inspect_view_fields = [
        "status",
        "challenge",
        "team_name",
        "contact_name",
        "email",
        "university",
        "motivation",
        "attachment",
        "name_may_be_shown",
        "language",
        "created_at",
        "decided_at",
        "decided_by",
        "decline_reason",
    ]
    list_export = [
        "challenge",
        "team_name",
        "contact_name",
        "email",
        "member_count",
        "created_at",
        "get_status_display",
        "decided_at",
    ]
    export_headings = {"member_count": _("Members"), "get_status_display": _("Status")}
    export_filename = "team-applications"
    ordering = ["-created_at"]

    @property
    def attachment_view(self):
        return self.construct_view(AttachmentView, **self.get_inspect_view_kwargs())

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("attachment/<int:pk>/", self.attachment_view, name="attachment")
        ]


team_application_viewset = TeamApplicationViewSet("team_applications")
