"""Team applications in the Wagtail admin: moderators see each challenge's applications with
their state and age, move them through the states (the team is mailed at each move), and close
a challenge's applications early once enough teams have applied."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from offers import teams
from offers.admin_views import FOLLOW_UP_COLUMN, ReviewQueueView, ReviewView
from offers.models import TeamApplication, TeamStatus

# The button for each move, in the moderators' words.
MOVE_LABELS = {
    TeamStatus.SHORTLISTED: _("Shortlist"),
    TeamStatus.ACCEPTED: _("Accept"),
    TeamStatus.DECLINED: _("Decline"),
}


class ApplicationIndexView(ReviewQueueView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("challenge")


class ApplicationReviewView(ReviewView):
    template_name = "offers/admin/team_application_review.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        challenge = application.challenge
        context["application"] = application
        context["can_decide"] = self.user_has_permission("change")
        context["moves"] = [(status, MOVE_LABELS[status]) for status in application.moves]
        if challenge is not None:
            others = TeamApplication.objects.for_challenge(challenge)
            context["challenge"] = challenge
            context["accepted"] = others.filter(status=TeamStatus.ACCEPTED).count()
            context["applied"] = others.exclude(status=TeamStatus.WITHDRAWN).count()
            context["application_state"] = challenge.application_state()
            context["closed_early"] = challenge.closed_early
        return context

    def post(self, request, *args, **kwargs):
        if not self.user_has_permission("change"):
            raise PermissionDenied
        application = self.object
        action = request.POST.get("action")
        if action == "retry":
            self.retry(request)
        elif action == "move":
            status = request.POST.get("status", "")
            if teams.move(application, status, request.user):
                messages.success(request, _("Done; the team has been told by e-mail."))
            else:
                messages.error(request, _("This application cannot move to that state."))
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


class TeamApplicationViewSet(ModelViewSet):
    model = TeamApplication
    icon = "group"
    menu_label = _("Team applications")
    add_to_admin_menu = True
    menu_order = 260
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationReviewView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]
    list_filter = ["challenge", "status"]
    list_display = [
        "team_name",
        Column("challenge", label=_("challenge"), accessor="challenge"),
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("language", label=_("language"), accessor="get_language_display"),
        DateColumn("created_at", label=_("received")),
        FOLLOW_UP_COLUMN,
    ]
    inspect_view_fields = [
        "status",
        "team_name",
        "contact_name",
        "email",
        "university",
        "motivation",
        "name_may_be_shown",
        "language",
        "created_at",
        "decided_at",
    ]
    ordering = ["-created_at"]

    @property
    def attachment_view(self):
        return self.construct_view(AttachmentView, **self.get_inspect_view_kwargs())

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("attachment/<int:pk>/", self.attachment_view, name="attachment")
        ]


team_application_viewset = TeamApplicationViewSet("team_applications")
