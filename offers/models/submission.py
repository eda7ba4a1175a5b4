"""Offers that employers send through the public form, kept apart from the pages they become."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from .public_record import PublicRecord


class SubmissionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_STATUSES = (SubmissionStatus.RECEIVED, SubmissionStatus.IN_REVIEW)


class OfferSubmission(PublicRecord):
    """One employer submission: what was typed, and the draft offer made from it."""

    personal_fields = PublicRecord.personal_fields + ("data", "upload")

    status = models.CharField(
        _("status"),
        max_length=12,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.RECEIVED,
        db_index=True,
    )
    organisation_name = models.CharField(_("organisation"), max_length=160)
    partner = models.ForeignKey(
        "offers.PartnerPage",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    new_partner = models.BooleanField(_("new organisation"), default=False)
    title = models.CharField(_("offer title"), max_length=200)
    # The offer's fields as the form cleaned them (JSON-safe), to build the draft from.
    data = models.JSONField(default=dict, blank=True)
    # Kept in private storage (home.storage); the image made from it stays out of the public
    # image API until the offer is published, and goes when the submission is withdrawn or
    # purged.
    upload = models.FileField(_("logo or image"), upload_to="submissions/%Y/%m/", blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    page = models.ForeignKey(
        "offers.OfferPage",
        verbose_name=_("draft offer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("offer submission")
        verbose_name_plural = _("offer submissions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.title} ({self.organisation_name})"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def new_or_known(self) -> str:
        """For the export: "New organisation" or "Known partner"."""
        return _("New organisation") if self.new_partner else _("Known partner")

    def get_offer_type_display(self) -> str:
        from offers.choices import OfferType

        value = self.data.get("offer_type", "")
        return OfferType(value).label if value in OfferType.values else value

    @property
    def starts_at(self):
        return parse_datetime(self.data.get("starts_at") or "")

    def delete_image(self) -> None:
        """The image made from the upload, with its files, unless the published offer shows it."""
        if self.image is not None and self.status != SubmissionStatus.PUBLISHED:
            self.image.delete()
            self.image = None

    def purge(self) -> None:
        self.delete_image()
        super().purge()

    def decide(self, status: str, user=None, reason: str = "") -> None:
        self.status = status
        self.decided_at = timezone.now()
        self.decided_by = user
        self.decline_reason = reason
        self.save(update_fields=["status", "decided_at", "decided_by", "decline_reason"])
