"""What happens to an employer submission after it is stored: the draft offer (and a draft
partner for a new organisation) in the submitter's language, the workflow chosen for
submissions in Settings → Portal, and the decisions a moderator or the submitter takes."""

import datetime
import os
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import translation
from django.utils.dateparse import parse_date, parse_datetime

from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, TaskState, Workflow, WorkflowState

from home.models import Competence, Place, PortalSettings
from home.slugs import free_slug
from home.storage import is_private
from offers.choices import OfferLanguage, OfferType, PartnerKind, ProviderKind
from offers.forms.job import job_values
from offers.mail import mail_moderators, mail_staff, mail_visitor, moderator_addresses, page_url
from offers.models import (
    OPEN_STATUSES,
    OfferIndexPage,
    OfferPage,
    OfferSession,
    OfferSubmission,
    PartnerIndexPage,
    PartnerPage,
    SubmissionStatus,
)
from offers.rich_text import plain_text_to_rich_text

MAIL = "offers/mail/submission"


def service_account():
    """The account that owns drafts made from submissions; it cannot log in."""
    user, created = get_user_model().objects.get_or_create(
        username=settings.SUBMISSIONS_SERVICE_USERNAME,
        defaults={"first_name": "Einreichungen", "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def _index(model, language: str):
    return model.objects.filter(locale__language_code=language).first()


def submission_workflow() -> Workflow:
    """The active workflow staff chose for submissions; an error that names what to fix."""
    workflow = PortalSettings.load().submission_workflow
    if workflow is None or not workflow.active:
        raise LookupError("No active workflow for employer submissions in the portal settings.")
    return workflow


@transaction.atomic
def create_drafts(submission: OfferSubmission) -> OfferPage | None:
    """The draft offer (and partner) for a stored submission, submitted to the workflow.
    Nothing happens to a submission that has its draft already or was withdrawn."""
    if submission.page_id is not None or not submission.is_open:
        return None
    workflow = submission_workflow()
    locale = Locale.objects.get(language_code=submission.language)
    offers_index = _index(OfferIndexPage, submission.language)
    if offers_index is None:
        raise LookupError(f"No offer index in {submission.language}.")
    _one_at_a_time(offers_index, _index(PartnerIndexPage, submission.language))
    owner = service_account()
    image = _image_from_upload(submission, owner)
    if submission.partner is None:
        submission.partner = _draft_partner(submission, owner, image)
        submission.new_partner = True
    offer = _draft_offer(submission, offers_index, owner, image, locale)
    submission.page = offer
    submission.image = image
    submission.status = SubmissionStatus.IN_REVIEW
    submission.save(update_fields=["partner", "new_partner", "page", "image", "status", "data"])
    # Wagtail's own notifications stay quiet for this draft (quiet_generic_notifications).
    with translation.override(settings.LANGUAGE_CODE):
        workflow.start(offer, owner)
    context = {
        "submission": submission,
        "offer_type": OfferType(offer.offer_type).label if offer.offer_type else "—",
        "review_url": _admin_url("offer_submissions:inspect", submission.pk),
    }
    mail_moderators(f"{MAIL}_staff", context)
    return offer


def _one_at_a_time(*sections) -> None:
    """Drafts of two submissions sent at the same moment would take the same place in the page
    tree (the next path follows the last child) and one would fail on PostgreSQL: lock the
    sections they go into until this transaction ends (SQLite writes one at a time anyway)."""
    ids = sorted(section.pk for section in sections if section is not None)
    list(Page.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk"))


def _image_from_upload(submission, owner):
    """The upload as an image for the drafts; its original stays in private storage (no
    address) until the offer is published (publish_image). Moderators see renditions."""
    if not submission.upload:
        return None
    image = get_image_model()(title=submission.organisation_name, uploaded_by_user=owner)
    with submission.upload.open("rb") as file:
        basename = os.path.basename(submission.upload.name)
        image.file = default_storage.save(f"submissions/images/{basename}", file)
    image._set_image_file_metadata()  # size and hash, as Wagtail's upload form sets them
    image.save()
    return image


def publish_image(image) -> None:
    """The published offer's image: its original moves to the public media folder."""
    if image is None or not is_private(image.file.name):
        return
    private_name = image.file.name
    with image.file.open("rb") as file:
        content = ContentFile(file.read())
    image.file.save(os.path.basename(private_name), content, save=False)
    image.save(update_fields=["file"])
    default_storage.delete(private_name)


def _draft_partner(submission, owner, image) -> PartnerPage | None:
    index = _index(PartnerIndexPage, submission.language)
    if index is None:
        return None
    partner = PartnerPage(
        title=submission.organisation_name,
        slug=free_slug(index, submission.organisation_name, "partner"),
        kind=PartnerKind.COMPANY,
        logo=image,
        owner=owner,
        live=False,
    )
    index.add_child(instance=partner)
    partner.save_revision(user=owner, clean=False)
    return partner


def offer_values(data: dict, locale) -> dict:
    """The offer's fields from what the employer sent: the draft is made of them, and the
    review page shows them."""
    audience = set(data.get("audience", ()))
    return {
        "teaser": data.get("teaser", ""),
        "offer_type": data.get("offer_type", ""),
        "format": data.get("format", ""),
        "place": Place.objects.filter(pk=data.get("place"), locale=locale).first(),
        "starts_at": _datetime(data.get("starts_at")),
        "ends_at": _datetime(data.get("ends_at")),
        "registration_deadline": parse_date(data.get("registration_deadline") or ""),
        "for_students": "students" in audience,
        "for_graduates": "graduates" in audience,
        "for_employers": "employers" in audience,
        "registration_url": data.get("registration_url", ""),
        "language": data.get("language") or OfferLanguage.GERMAN,
        # Stored before the form asked: no price known, and none is shown.
        "is_free": bool(data.get("is_free")),
        "price": Decimal(data["price"]) if data.get("price") else None,
        **job_values(data),
    }


def offer_sessions(data: dict, locale) -> list[OfferSession]:
    return [
        OfferSession(locale=locale, starts_at=_datetime(start), ends_at=_datetime(end))
        for start, end in data.get("sessions", ())
    ]


def _draft_offer(submission, index, owner, image, locale) -> OfferPage:
    data = submission.data
    offer = OfferPage(
        title=submission.title,
        slug=free_slug(index, submission.title, "offer"),
        owner=owner,
        live=False,
        provider_kind=ProviderKind.EMPLOYER,
        partner=submission.partner,
        listing_image=image,
        **offer_values(data, locale),
    )
    if offer.is_job:
        # A job ad is applied for through the link the employer gave.
        offer.application_url = offer.registration_url
    description = plain_text_to_rich_text(data.get("description", ""))
    offer.body = [("paragraph", description)] if description else []
    offer.sessions = offer_sessions(data, locale)
    index.add_child(instance=offer)
    offer.competences.set(Competence.objects.filter(pk__in=data.get("competences", ())))
    # Only topics the site already has: a new one becomes a site-wide tag when approved.
    known, new = split_topics(data.get("topics", ()))
    offer.topics.set(known)
    submission.data["new_topics"] = new
    offer.save()
    offer.save_revision(user=owner, clean=False)
    return offer


def split_topics(names) -> tuple[list[Tag], list[str]]:
    """The typed topics that name an existing tag (as tags), and the ones that would be new."""
    known, new = {}, {}
    for name in names:
        tag = Tag.objects.filter(name__iexact=name).first()
        if tag is None:
            new.setdefault(name.casefold(), name)
        else:
            known.setdefault(tag.pk, tag)
    return list(known.values()), list(new.values())


def _add_new_topics(submission: OfferSubmission, offer: OfferPage, user) -> None:
    """On approval, the submitter's new topics become tags of the live offer (in a revision,
    so the next edit keeps them)."""
    names = submission.data.get("new_topics") or ()
    if not names:
        return
    offer.topics.add(*names)
    offer.save_revision(user=user, clean=False, log_action=False).publish(
        user=user, log_action=False
    )


def _datetime(value: str | None) -> datetime.datetime | None:
    return parse_datetime(value) if value else None


def _cancel_workflow(page, user) -> None:
    state = page.current_workflow_state if page else None
    if state is not None:
        state.cancel(user=user)


def unreviewed_images() -> QuerySet:
    """Ids of images employers sent whose offer is not (or never will be) published: kept out
    of the public image API until a moderator approved the offer."""
    return (
        OfferSubmission.objects.exclude(status=SubmissionStatus.PUBLISHED)
        .filter(image__isnull=False)
        .values("image")
    )


@transaction.atomic
def approve(submission: OfferSubmission, user) -> None:
    """Approve the review task: the workflow ends and publishes the offer."""
    state = submission.page.current_workflow_state if submission.page else None
    if state is not None and state.current_task_state is not None:
        state.current_task_state.approve(user=user)
    else:  # the workflow was cancelled in the admin: publish the latest draft directly
        submission.page.get_latest_revision().publish(user=user)


@transaction.atomic
def decline(submission: OfferSubmission, user, reason: str) -> None:
    """Decline: the draft never goes live; the submitter gets the reason."""
    _cancel_workflow(submission.page, user)
    submission.decide(SubmissionStatus.DECLINED, user=user, reason=reason)
    mail_visitor(submission, f"{MAIL}_declined", {"reason": reason})


@transaction.atomic
def withdraw(submission: OfferSubmission) -> None:
    """The submitter takes the submission back: the drafts made from it go."""
    if not submission.is_open:
        return
    page, partner = submission.page, submission.partner
    _cancel_workflow(page, None)
    if page is not None and not page.live:
        page.delete()
    if submission.new_partner and partner is not None and not partner.live:
        partner.delete()
    submission.delete_image()
    submission.decide(SubmissionStatus.WITHDRAWN)
    mail_visitor(submission, f"{MAIL}_withdrawn")
    context = {"submission": submission, "queue_url": _admin_url("offer_submissions:index")}
    mail_staff(moderator_addresses(), f"{MAIL}_withdrawn_staff", context)


def _admin_url(name: str, *args) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse(name, args=args)}"


def is_open_submission_draft(state: WorkflowState | TaskState) -> bool:
    """The workflow (or its task) runs on the draft of a submission still in review."""
    state = state.workflow_state if isinstance(state, TaskState) else state
    if state.base_content_type_id != ContentType.objects.get_for_model(Page).pk:
        return False  # a snippet's workflow
    drafts = OfferSubmission.objects.filter(page_id=int(state.object_id))
    return drafts.filter(status__in=OPEN_STATUSES).exists()


def _unless_submission_draft(can_handle):
    def handles(instance, **kwargs) -> bool:
        return can_handle(instance, **kwargs) and not is_open_submission_draft(instance)

    return handles


def quiet_generic_notifications() -> None:
    """Moderators hear of a submission in one mail that names it (create_drafts). Replaces
    `can_handle` of Wagtail's two "submitted" notifiers (wagtail.admin.signal_handlers:
    the task's group, the superusers) so that they skip submissions' drafts and keep writing
    about every other page sent for review."""
    from wagtail.admin import signal_handlers

    for notifier in (
        signal_handlers.task_submission_email_notifier,
        signal_handlers.workflow_submission_email_notifier,
    ):
        notifier.can_handle = _unless_submission_draft(notifier.can_handle)


def offer_published(sender, instance, **kwargs) -> None:
    """page_published: a submission's offer went live (from the queue or Wagtail's workflow)."""
    submission = OfferSubmission.objects.filter(
        page_id=instance.pk, status=SubmissionStatus.IN_REVIEW
    ).first()
    if submission is None:
        return
    approval = (
        TaskState.objects.filter(
            workflow_state__object_id=str(instance.pk), status=TaskState.STATUS_APPROVED
        )
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
    user = approval.finished_by if approval else None
    submission.decide(SubmissionStatus.PUBLISHED, user=user)
    _publish_new_partner(submission, user)
    _add_new_topics(submission, instance.specific, user)
    publish_image(submission.image)
    mail_visitor(submission, f"{MAIL}_published", {"live_url": page_url(instance)})


def _publish_new_partner(submission: OfferSubmission, user) -> None:
    """A new organisation's draft page goes live with its first offer, whose "offered by" links
    to it: as the submission made it or a moderator left it. A later draft of someone who may
    not publish it stays a draft for the partner page's own review."""
    partner = submission.partner
    if not submission.new_partner or partner is None or partner.live:
        return
    revision = _reviewed_revision(partner)
    if revision is not None:
        revision.publish(user=user)


def _reviewed_revision(partner: PartnerPage):
    for revision in partner.revisions.select_related("user").order_by("-created_at", "-pk"):
        author = revision.user
        if author is None or author.username == settings.SUBMISSIONS_SERVICE_USERNAME:
            return revision
        if partner.permissions_for_user(author).can_publish():
            return revision
    return None
