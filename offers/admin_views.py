"""The moderators' queue of employer submissions in the Wagtail admin: a list with status
filters and each item's age, and a review page to approve (publish) or decline with a reason.
Records whose follow-up failed head every queue and have a "retry" button."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from offers import followups, submissions
from offers.forms.public import PlainTextarea
from offers.models import FollowUp, OfferSubmission, OutgoingMail, SubmissionStatus

# The follow-up column: empty while all is well.
FOLLOW_UP_COLUMN = Column("followup_state", label=_("follow-up"), accessor="followup_problem")


class DeclineForm(forms.Form):
    reason = PlainTextarea(
        label=_("Reason for declining"),
        max_length=2000,
        help_text=_("Sent to the submitter as written, in their language."),
    )


class ReviewQueueView(IndexView):
    """A queue of public-form records: nothing is added or edited here, only reviewed."""

    def get_edit_url(self, instance):
        return None  # the first column leads to the review page

    def get_add_url(self):
        return None

    def order_queryset(self, queryset):
        # Whatever the chosen order, a record whose follow-up failed comes first.
        queryset = super().order_queryset(queryset)
        flagged = Case(
            When(followup_state=FollowUp.FAILED, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return queryset.order_by(flagged, *(queryset.query.order_by or ["-created_at"]))


class ReviewView(InspectView):
    """One record with the moderator's decisions; public records are not edited or deleted."""

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_retry"] = self.user_has_permission("change")
        return context

    def retry(self, request) -> None:
        """Run the record's follow-up now (after staff fixed its cause); at most once."""
        record = self.object
        if record.followup_state not in (FollowUp.PENDING, FollowUp.FAILED):
            messages.info(request, _("Nothing to retry: the follow-up has worked."))
        elif followups.run(type(record), record.pk):
            messages.success(request, _("Done: the follow-up has worked this time."))
        else:
            record.refresh_from_db()
            messages.error(
                request,
                _("The follow-up failed again: %(error)s") % {"error": record.followup_error},
            )


class SubmissionIndexView(ReviewQueueView):
    def get_base_queryset(self):
        # Withdrawn submissions leave the queue; the submitter took them back.
        return (
            super()
            .get_base_queryset()
            .exclude(status=SubmissionStatus.WITHDRAWN)
            .select_related("page", "partner")
        )


class SubmissionReviewView(ReviewView):
    template_name = "offers/admin/submission_review.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submission"] = self.object
        context["decline_form"] = kwargs.get("decline_form") or DeclineForm()
        context["can_decide"] = self.object.is_open and self.user_has_permission("change")
        return context

    def post(self, request, *args, **kwargs):
        submission = self.object
        if not self.user_has_permission("change"):
            raise PermissionDenied
        action = request.POST.get("action")
        if action == "retry":
            self.retry(request)
            return redirect(reverse("offer_submissions:inspect", args=[submission.pk]))
        if not submission.is_open:
            messages.error(request, _("This submission has already been decided."))
        elif action == "approve" and submission.page is not None:
            try:
                submissions.approve(submission, request.user)
            except ValidationError as error:  # e.g. a draft from before the form asked a price
                messages.error(
                    request,
                    _("The draft offer cannot be published yet: %(errors)s Complete it first.")
                    % {"errors": " ".join(error.messages)},
                )
                return redirect(request.path)
            messages.success(request, _("The offer is published; the submitter has been told."))
        elif action == "decline":
            form = DeclineForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(decline_form=form))
            submissions.decline(submission, request.user, form.cleaned_data["reason"])
            messages.success(request, _("The submission is declined; the submitter has been told."))
        return redirect(reverse("offer_submissions:index"))


class OfferSubmissionViewSet(ModelViewSet):
    model = OfferSubmission
    icon = "mail"
    menu_label = _("Submissions")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionReviewView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["decline_reason"]
    list_filter = ["status", "language"]
    list_display = [
        "title",
        "organisation_name",
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("language", label=_("language"), accessor="get_language_display"),
        DateColumn("created_at", label=_("received")),
        FOLLOW_UP_COLUMN,
    ]
    inspect_view_fields = [
        "status",
        "organisation_name",
        "new_partner",
        "contact_name",
        "email",
        "language",
        "created_at",
        "decided_at",
        "decline_reason",
    ]
    ordering = ["-created_at"]


offer_submission_viewset = OfferSubmissionViewSet("offer_submissions")


class OutgoingMailIndexView(ReviewQueueView):
    """Mail not delivered yet, given-up mail first; bodies stay hidden (status links)."""

    def order_queryset(self, queryset):
        return queryset.order_by("given_up_at", "-created_at")


class OutgoingMailViewSet(ModelViewSet):
    model = OutgoingMail
    icon = "warning"
    menu_label = _("Undelivered mail")
    add_to_settings_menu = True
    index_view_class = OutgoingMailIndexView
    inspect_view_enabled = False
    copy_view_enabled = False
    form_fields = ["subject"]
    list_filter = ["given_up_at"]
    list_display = [
        "subject",
        Column("to", label=_("to"), accessor="recipients"),
        DateColumn("created_at", label=_("written")),
        Column("attempts", label=_("attempts")),
        Column("last_error", label=_("last error")),
        DateColumn("retry_at", label=_("next attempt")),
        DateColumn("given_up_at", label=_("given up")),
    ]
    ordering = ["-created_at"]


outgoing_mail_viewset = OutgoingMailViewSet("outgoing_mail")
