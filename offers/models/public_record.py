"""What every record a visitor sends through a public form shares (offer submissions, team
applications, teammate notes): a secret status link, the visitor's language and address, and
personal data that is deleted some time after the record was decided."""

import datetime
import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class FollowUp(models.TextChoices):
    """Where the step after storing (draft pages, workflow, notifications) stands."""

    NONE = "", _("nothing to do")
    PENDING = "pending", _("waiting")
    FAILED = "failed", _("failed, needs attention")
    DONE = "done", _("done")


class PublicRecordQuerySet(models.QuerySet):
    def due_for_purge(self, now: datetime.datetime | None = None) -> "PublicRecordQuerySet":
        """Decided records whose personal data has been kept for the configured period."""
        days = settings.PUBLIC_FORMS_PURGE_AFTER_DAYS
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        return self.filter(decided_at__lt=cutoff, purged_at__isnull=True)


class PublicRecord(models.Model):
    """Abstract base of a record sent through a public form.

    Only a hash of the status link's token is stored. The token itself is derived from the
    form's one-time nonce, so a double submit finds the record of the first one.
    """

    # Names of the fields that hold personal data; subclasses add theirs.
    personal_fields: tuple[str, ...] = ("contact_name", "email")

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    token_expires_at = models.DateTimeField(editable=False)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("e-mail"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    purged_at = models.DateTimeField(_("personal data deleted"), null=True, blank=True)
    # The follow-up runs as a retried task (offers.followups); failing too often flags it.
    followup_state = models.CharField(
        _("follow-up"), max_length=8, choices=FollowUp.choices, blank=True, db_index=True
    )
    followup_attempts = models.PositiveSmallIntegerField(_("follow-up attempts"), default=0)
    followup_error = models.TextField(_("last follow-up error"), blank=True)
    followup_retry_at = models.DateTimeField(_("next follow-up attempt"), null=True, blank=True)

    objects = PublicRecordQuerySet.as_manager()

    class Meta:
        abstract = True

    @classmethod
    def token_for(cls, nonce: str) -> str:
        """The secret status token of the record sent with this form nonce."""
        return salted_hmac(f"proxlab.{cls._meta.label_lower}.status", nonce).hexdigest()

    @classmethod
    def new(cls, nonce: str, **fields) -> tuple["PublicRecord", str]:
        """An unsaved record with its token; the caller saves it."""
        token = cls.token_for(nonce)
        days = settings.PUBLIC_FORMS_STATUS_LINK_DAYS
        record = cls(
            token_hash=hash_token(token),
            token_expires_at=timezone.now() + datetime.timedelta(days=days),
            **fields,
        )
        return record, token

    @classmethod
    def for_nonce(cls, nonce: str) -> "PublicRecord | None":
        return cls.objects.filter(token_hash=hash_token(cls.token_for(nonce))).first()

    @classmethod
    def for_token(cls, token: str) -> "PublicRecord | None":
        """The record behind a status link, while the link is valid."""
        if not token or len(token) > 200:
            return None
        return cls.objects.filter(
            token_hash=hash_token(token), token_expires_at__gt=timezone.now()
        ).first()

    @property
    def followup_problem(self) -> str:
        """The follow-up's state for the staff queue: empty while nothing is wrong."""
        if self.followup_state in (FollowUp.PENDING, FollowUp.FAILED):
            return self.get_followup_state_display()
        return ""

    def purge(self) -> None:
        """Delete the personal data; what remains is the record's history without a person."""
        for name in self.personal_fields:
            field = self._meta.get_field(name)
            if isinstance(field, models.FileField):
                getattr(self, name).delete(save=False)
            setattr(self, name, field.get_default() if not field.null else None)
        self.purged_at = timezone.now()
        self.save()
