"""The employer's offer form and its status page."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.models import PortalSettings
from offers.forms.submission import OfferSubmissionForm
from offers.models import OPEN_STATUSES, OfferSubmission, SubmissionStatus
from offers.submissions import withdraw

from .public_form import PublicFormView, PublicStatusView

# What the submitter reads for each status.
STATUS_TEXT = {
    SubmissionStatus.RECEIVED: _("We have received your offer and will review it soon."),
    SubmissionStatus.IN_REVIEW: _("Our team is reviewing your offer."),
    SubmissionStatus.PUBLISHED: _("Your offer is online."),
    SubmissionStatus.DECLINED: _("We have decided not to publish this offer."),
    SubmissionStatus.WITHDRAWN: _("You have withdrawn this offer."),
}


class SubmitOfferView(PublicFormView):
    form_class = OfferSubmissionForm
    template_name = "offers/submission/form.html"
    record_model = OfferSubmission
    status_url_name = "offer_submission_status"
    confirmation_mail = "offers/mail/submission_received"
    rate_limit_scope = "offer-submission"

    def get_form_kwargs(self) -> dict:
        return {"locale": Locale.get_active()}

    def get_context_data(self, **context) -> dict:
        context["privacy_url"] = PortalSettings.load(self.request).privacy_url()
        return context

    def store(self, form) -> OfferSubmission:
        cleaned = form.cleaned_data
        partner = cleaned.get("partner")
        submission, _token = OfferSubmission.new(
            form.nonce,
            language=translation.get_language(),
            contact_name=cleaned["contact_name"],
            email=cleaned["email"],
            organisation_name=partner.title if partner else cleaned["organisation_name"],
            partner=partner,
            title=cleaned["title"],
            data=form.offer_data(),
        )
        if cleaned.get("image"):
            submission.upload = cleaned["image"]
        return submission


class SubmissionStatusView(PublicStatusView):
    record_model = OfferSubmission
    template_name = "offers/submission/status.html"
    actions = ("withdraw",)
    confirm_actions = ("withdraw",)

    def get_context_data(self, **context) -> dict:
        record = context["record"]
        page = record.page
        context["status_text"] = STATUS_TEXT[record.status]
        context["live_url"] = page.url if page is not None and page.live else ""
        context["steps"] = status_steps(record.status)
        return context

    def withdraw(self, record: OfferSubmission) -> None:
        withdraw(record)


def status_steps(status: str) -> list[dict]:
    """Received → in review → decided, with the step the submission has reached."""
    final = SubmissionStatus.PUBLISHED if status in OPEN_STATUSES else SubmissionStatus(status)
    order = [SubmissionStatus.RECEIVED, SubmissionStatus.IN_REVIEW, final]
    reached = order.index(status) if status in order else len(order) - 1
    return [
        {"label": step.label, "done": index <= reached, "current": index == reached}
        for index, step in enumerate(order)
    ]
