"""The step after a public form's record is stored ("act"): the draft offer and its workflow,
the staff's notification, a relayed message. It runs as a task, is retried with a growing pause
until it works, and runs at most once to the end: the act and the mark "done" commit together.

A record whose follow-up failed PUBLIC_FORMS_FOLLOWUP_ATTEMPTS times is flagged: it heads the
staff queue with a "retry" button, and the moderators get a mail. Retries come from the task
backend when it can run a task later (the database backend of production), and from
`manage.py retry_followups` (and the queue's button) otherwise.
"""

import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django_tasks import task

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from home.backoff import doubling_delay
from offers import submissions, teams
from offers.mail import mail_staff, moderator_addresses
from offers.models import FollowUp, OfferSubmission, TeamApplication, TeammateMessage
from offers.models.public_record import PublicRecord

logger = logging.getLogger(__name__)

RETRY_BATCH = 50


@dataclass(frozen=True)
class Step:
    act: Callable[[PublicRecord], object]
    queue: str | None  # the admin viewset that lists such records, for the link in the alert


STEPS: dict[type[models.Model], Step] = {
    OfferSubmission: Step(submissions.create_drafts, "offer_submissions"),
    TeamApplication: Step(teams.notify_staff, "team_applications"),
    TeammateMessage: Step(teams.forward, None),
}


def mark_pending(record: PublicRecord) -> None:
    """Before the record is saved: it has a follow-up still to run."""
    if type(record) in STEPS:
        record.followup_state = FollowUp.PENDING


def schedule(record: PublicRecord) -> None:
    """Queue the follow-up of a stored record (at once with the immediate backend). A queue
    that is down leaves the record waiting for `retry_followups`."""
    if record.followup_state != FollowUp.PENDING:
        return
    try:
        run_follow_up.enqueue(record._meta.label_lower, record.pk)
    except Exception:
        logger.exception("could not queue the follow-up of %s %s", record._meta.label, record.pk)


@task()
def run_follow_up(label: str, pk: int) -> bool:
    return run(apps.get_model(label), pk)


def run(model: type[PublicRecord], pk: int) -> bool:
    """Run one record's follow-up unless it is done; True when it is done now."""
    step = STEPS[model]
    try:
        with transaction.atomic():
            # Locked, so a retry from the queue and one from the worker cannot both act.
            record = model.objects.select_for_update().filter(pk=pk).first()
            if record is None or record.followup_state in (FollowUp.DONE, FollowUp.NONE):
                return True
            step.act(record)
            model.objects.filter(pk=pk).update(
                followup_state=FollowUp.DONE, followup_error="", followup_retry_at=None
            )
    except Exception as exc:
        # Recorded outside the failed transaction (a lock wait that timed out, a dropped
        # connection): a failure that could not be written is found again by `retry_due`,
        # which the worker runs every few minutes.
        logger.exception("follow-up of %s %s failed", model._meta.label, pk)
        try:
            attempts = model.objects.filter(pk=pk).values_list("followup_attempts", flat=True)
            _failed(model, pk, (attempts.first() or 0) + 1, exc)
        except Exception:
            logger.exception(
                "could not record the failed follow-up of %s %s", model._meta.label, pk
            )
        return False
    return True


def retry_delay(attempts: int) -> int:
    """Seconds before the next attempt after `attempts` failures: doubling from
    PUBLIC_FORMS_RETRY_FIRST_SECONDS up to PUBLIC_FORMS_RETRY_MAX_SECONDS."""
    return doubling_delay(
        attempts,
        getattr(settings, "PUBLIC_FORMS_RETRY_FIRST_SECONDS", 60),
        getattr(settings, "PUBLIC_FORMS_RETRY_MAX_SECONDS", 3600),
    )


def _failed(model, pk: int, attempts: int, exc: Exception) -> None:
    retry_at = timezone.now() + datetime.timedelta(seconds=retry_delay(attempts))
    flagged = attempts >= settings.PUBLIC_FORMS_FOLLOWUP_ATTEMPTS
    model.objects.filter(pk=pk).update(
        followup_state=FollowUp.FAILED if flagged else FollowUp.PENDING,
        followup_attempts=F("followup_attempts") + 1,
        followup_error=f"{exc.__class__.__name__}: {exc}"[:1000],
        followup_retry_at=retry_at,
    )
    if attempts == settings.PUBLIC_FORMS_FOLLOWUP_ATTEMPTS:
        _alert(model.objects.get(pk=pk))
    if run_follow_up.get_backend().supports_defer:
        try:
            run_follow_up.using(run_after=retry_at).enqueue(model._meta.label_lower, pk)
        except Exception:  # `retry_followups` finds the record by its retry time
            logger.exception("could not queue a retry of %s %s", model._meta.label, pk)


def _alert(record: PublicRecord) -> None:
    """The moderators hear once that a record needs them; without a moderators' group
    (perhaps the cause), the administrators do."""
    try:
        recipients = moderator_addresses()
    except LookupError:
        recipients = []
    if not recipients:
        admins = get_user_model().objects.filter(is_active=True, is_superuser=True)
        recipients = list(admins.exclude(email="").values_list("email", flat=True))
    mail_staff(
        recipients,
        "offers/mail/followup_failed",
        {"record": record, "kind": record._meta.verbose_name, "admin_url": admin_url(record)},
    )


def admin_url(record: PublicRecord) -> str:
    """The record in the staff queue, or the queue of outgoing mail for a relayed message."""
    queue = STEPS[type(record)].queue
    path = (
        reverse(f"{queue}:inspect", args=[record.pk]) if queue else reverse("outgoing_mail:index")
    )
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def retry_due(now: datetime.datetime | None = None, limit: int = RETRY_BATCH) -> int:
    """Run the follow-ups whose next attempt is due; returns how many are done now."""
    now = now or timezone.now()
    done = 0
    for model in STEPS:
        due = model.objects.filter(followup_state__in=(FollowUp.PENDING, FollowUp.FAILED)).filter(
            Q(followup_retry_at__lte=now) | Q(followup_retry_at__isnull=True)
        )
        for pk in due.order_by("created_at").values_list("pk", flat=True)[:limit]:
            done += run(model, pk)
    return done
