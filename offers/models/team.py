"""What students send about a challenge in its application phase, kept apart from the page:
team applications, "looking for teammates" notes and the messages relayed to their authors.
Their personal data is kept until some time after the challenge has ended."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .public_record import PublicRecord, PublicRecordQuerySet


class ChallengeRecordQuerySet(PublicRecordQuerySet):
    # How a record reaches its challenge page.
    challenge_lookup = "challenge"

    def for_challenge(self, challenge) -> "ChallengeRecordQuerySet":
        """Records sent through any language version of the challenge."""
        return self.filter(
            **{f"{self.challenge_lookup}__translation_key": challenge.translation_key}
        )

    def due_for_purge(self, now: datetime.datetime | None = None) -> "ChallengeRecordQuerySet":
        """Records of challenges that ended over the configured period ago, or were deleted."""
        days = settings.PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS
        today = timezone.localdate(now) if now else timezone.localdate()
        cutoff = today - datetime.timedelta(days=days)
        lookup = self.challenge_lookup
        return self.filter(purged_at__isnull=True).filter(
            models.Q(**{f"{lookup}__ends_on__lt": cutoff}) | models.Q(**{f"{lookup}__isnull": True})
        )


class TeamStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# The moves a moderator can make from each status; the team is mailed at each one.
TEAM_MOVES = {
    TeamStatus.RECEIVED: (TeamStatus.SHORTLISTED, TeamStatus.ACCEPTED, TeamStatus.DECLINED),
    TeamStatus.SHORTLISTED: (TeamStatus.ACCEPTED, TeamStatus.DECLINED),
    TeamStatus.ACCEPTED: (),
    TeamStatus.DECLINED: (),
    TeamStatus.WITHDRAWN: (),
}

# Decisions a moderator can take back: the application is then received again.
TEAM_DECISIONS = (TeamStatus.ACCEPTED, TeamStatus.DECLINED)


class TeamApplication(PublicRecord):
    """One team's application to a challenge; `contact_name`/`email` are its contact person."""

    personal_fields = PublicRecord.personal_fields + (
        "team_name",
        "members",
        "university",
        "motivation",
        "attachment",
        "decline_reason",
    )

    challenge = models.ForeignKey(
        "offers.ChallengePage",
        verbose_name=_("challenge"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="team_applications",
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=TeamStatus.choices,
        default=TeamStatus.RECEIVED,
        db_index=True,
    )
    team_name = models.CharField(_("team name"), max_length=120)
    # [{"name": …, "programme": …, "semester": 3 or None}, …] as the form cleaned them.
    members = models.JSONField(_("members"), default=list, blank=True)
    university = models.CharField(_("university or school"), max_length=160)
    motivation = models.TextField(_("motivation"))
    attachment = models.FileField(
        _("attachment (PDF)"), upload_to="applications/%Y/%m/", blank=True
    )
    name_may_be_shown = models.BooleanField(_("team name may be shown with results"), default=False)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ChallengeRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("team application")
        verbose_name_plural = _("team applications")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.team_name or str(_("Team application %(pk)s") % {"pk": self.pk})

    @property
    def moves(self) -> tuple[str, ...]:
        return TEAM_MOVES[TeamStatus(self.status)]

    @property
    def can_withdraw(self) -> bool:
        return self.status in (TeamStatus.RECEIVED, TeamStatus.SHORTLISTED, TeamStatus.ACCEPTED)

    @property
    def can_undo_decision(self) -> bool:
        return self.status in TEAM_DECISIONS

    @property
    def member_count(self) -> int:
        return len(self.members)

    def move(self, status: str, user=None, reason: str = "") -> None:
        """A new status; only a decline keeps a reason, so taking one back clears it."""
        self.status = status
        self.decline_reason = reason if status == TeamStatus.DECLINED else ""
        self.decided_at = timezone.now()
        self.decided_by = user
        self.save(update_fields=["status", "decline_reason", "decided_at", "decided_by"])


class TeammateNoteQuerySet(ChallengeRecordQuerySet):
    def confirmed(self) -> "TeammateNoteQuerySet":
        """Notes their authors confirmed and have not removed."""
        return self.filter(
            confirmed_at__isnull=False, removed_at__isnull=True, purged_at__isnull=True
        )

    def live(self, today: datetime.date | None = None) -> "TeammateNoteQuerySet":
        """Confirmed notes on challenges whose application phase runs today."""
        today = today or timezone.localdate()
        return self.confirmed().filter(
            challenge__application_opens__lte=today,
            challenge__application_closes__gte=today,
        )


class TeammateNote(PublicRecord):
    """ "Looking for teammates": shown after its author confirmed it through the mailed link.
    `contact_name` holds the first name only; the address is never shown."""

    personal_fields = PublicRecord.personal_fields + ("study_programme", "topics", "looking_for")

    challenge = models.ForeignKey(
        "offers.ChallengePage",
        verbose_name=_("challenge"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="teammate_notes",
    )
    study_programme = models.CharField(_("study programme"), max_length=120)
    topics = models.CharField(_("topics I bring"), max_length=300, blank=True)
    competences = models.ManyToManyField(
        "home.Competence", verbose_name=_("IT competences"), blank=True, related_name="+"
    )
    looking_for = models.TextField(_("what I am looking for"), max_length=1000)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    removed_at = models.DateTimeField(_("removed"), null=True, blank=True)

    objects = TeammateNoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("teammate note")
        verbose_name_plural = _("teammate notes")
        ordering = ["-confirmed_at", "-created_at"]

    def __str__(self) -> str:
        return f"{self.contact_name} ({self.study_programme})"

    def confirm(self) -> None:
        if self.confirmed_at is None and self.removed_at is None:
            self.confirmed_at = timezone.now()
            self.save(update_fields=["confirmed_at"])

    def remove(self) -> None:
        """Off the page at once, and the author's details with it."""
        self.removed_at = timezone.now()
        self.competences.clear()
        self.purge()


class MessageQuerySet(ChallengeRecordQuerySet):
    challenge_lookup = "note__challenge"


class TeammateMessage(PublicRecord):
    """A message to a note's author, stored before the portal forwards it by mail.
    `contact_name`/`email` are the sender's; the address goes out only as reply-to, and only
    when the sender agreed."""

    personal_fields = PublicRecord.personal_fields + ("message",)

    note = models.ForeignKey(
        TeammateNote, verbose_name=_("note"), on_delete=models.CASCADE, related_name="messages"
    )
    message = models.TextField(_("message"), max_length=2000)
    allow_reply = models.BooleanField(_("the author may reply to my address"), default=False)
    forwarded_at = models.DateTimeField(_("forwarded"), null=True, blank=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("message to a teammate note")
        verbose_name_plural = _("messages to teammate notes")
        ordering = ["-created_at"]


class EarlyClosure(models.Model):
    """Applications to a challenge closed by a moderator before its application phase ends,
    once enough teams have applied. One row for every language version of the challenge."""

    translation_key = models.UUIDField(unique=True)
    closed_at = models.DateTimeField(_("closed"), auto_now_add=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("early closure of applications")
        verbose_name_plural = _("early closures of applications")

    def __str__(self) -> str:
        return str(self.translation_key)
