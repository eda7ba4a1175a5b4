"""The moderators' queue of employer submissions in the Wagtail admin: a list with status
filters and each item's age, and a review page to approve (publish) or decline with a reason.
Records whose follow-up failed head every queue and have a "retry" button."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from offers import followups, submissions
from offers.admin_exports import StaffExport
from offers.forms.job import JOB_FIELDS
from offers.forms.public import PlainTextarea
from offers.models import FollowUp, OfferPage, OfferSubmission, OutgoingMail, SubmissionStatus

# The follow-up column: empty while all is well.
FOLLOW_UP_COLUMN = Column("followup_state", label=_("follow-up"), accessor="followup_problem")


class DeclineForm(forms.Form):
    reason = PlainTextarea(
        label=_("Reason for declining"),
        max_length=2000,
        help_text=_("Sent to the submitter as written, in their language."),
    )


class ReviewQueueView(StaffExport, IndexView):
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
            .select_related("page__place", "partner", "decided_by")
        )


def shown(value):
    """A value as staff read it: yes or no, dates in their time zone and admin language (the
    admin activates both), "—" for nothing (never "True" or "None")."""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    return "—" if value is None or value == "" else value


def _period(start, end) -> str:
    return " – ".join(shown(value) for value in (start, end) if value) or "—"


AUDIENCE = ("for_students", "for_graduates", "for_employers")


def submitted_offer(submission: OfferSubmission) -> list[tuple[str, object]]:
    """Every field the employer sent, labelled as on the offer's edit page; dates stay dates
    (the template shows them in the staff member's time zone)."""
    locale = Locale.objects.filter(language_code=submission.language).first()
    data = submission.data
    offer = OfferPage(**submissions.offer_values(data, locale))

    def label(name: str) -> str:
        return OfferPage._meta.get_field(name).verbose_name

    def display(name: str):
        value = getattr(offer, name)
        choices = getattr(offer, f"get_{name}_display", None)
        return choices() if choices and value not in (None, "") else value

    sessions = submissions.offer_sessions(data, locale)
    dates = [_period(s.starts_at, s.ends_at) for s in sessions]
    new_topics = data.get("new_topics") or []
    rows = [
        (label("offer_type"), display("offer_type")),
        (label("format"), display("format")),
        (label("place"), offer.place),
        (_("Dates"), "\n".join(dates) or _period(offer.starts_at, offer.ends_at)),
        (label("registration_deadline"), offer.registration_deadline),
        (_("Audience"), ", ".join(str(label(name)) for name in AUDIENCE if getattr(offer, name))),
        (label("language"), display("language")),
        # Stored before the form asked: not known.
        (label("is_free"), offer.is_free if "is_free" in data else None),
        (label("price"), offer.price),
        *((label(name), display(name)) for name in JOB_FIELDS if offer.is_job),
        (_("Known topics"), ", ".join(t for t in data.get("topics", ()) if t not in new_topics)),
        (_("New topics (become tags when you approve)"), ", ".join(new_topics)),
        (label("registration_url"), offer.registration_url),
    ]
    return [(name, shown(value)) for name, value in rows]


class SubmissionReviewView(ReviewView):
    template_name = "offers/admin/submission_review.html"

    def get_field_display_value(self, field_name, field):
        return shown(super().get_field_display_value(field_name, field))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submission"] = self.object
        context["offer_fields"] = submitted_offer(self.object)
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


class ReviewViewSet(ModelViewSet):
    """A queue and its review pages: records are decided there, mailed and logged, never
    edited or copied behind the sender's back."""

    inspect_view_enabled = True
    copy_view_enabled = False

    @property
    def edit_view(self):
        return self.inspect_view


class OfferSubmissionViewSet(ReviewViewSet):
    model = OfferSubmission
    icon = "mail"
    menu_label = _("Submissions")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionReviewView
    form_fields = ["decline_reason"]
    list_filter = ["status", "language"]
    list_display = [
        "title",
        "organisation_name",
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("language", label=_("language"), accessor="get_language_display"),
        DateColumn("created_at", label=_("Received")),
        FOLLOW_UP_COLUMN,
    ]
    inspect_view_fields = [
        "status",
        "organisation_name",
        "new_partner",
        "partner",
        "contact_name",
        "email",
        "language",
        "created_at",
        "decided_at",
        "decided_by",
        "decline_reason",
    ]
    # Without these Wagtail offers the export and writes an empty file.
    list_export = [
        "organisation_name",
        "new_or_known",
        "title",
        "get_offer_type_display",
        "page.place",
        "starts_at",
        "created_at",
        "get_status_display",
        "decided_at",
        "decided_by",
    ]
    export_headings = {
        "organisation_name": _("Organisation"),
        "new_or_known": _("New or known"),
        "title": _("Title of the offer"),
        "get_offer_type_display": _("Type of offer"),
        "page.place": _("Place"),
        "starts_at": _("Starts"),
        "created_at": _("Received"),
        "get_status_display": _("Status"),
        "decided_at": _("Decided"),
        "decided_by": _("Decided by"),
    }
    export_filename = "submissions"
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
