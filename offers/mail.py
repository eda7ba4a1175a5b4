"""Mail to visitors who used a public form, in their language, and to the staff who follow
up. Every mail is stored first (OutgoingMail), then sent by a task with a timeout
(EMAIL_TIMEOUT); a refusing or silent server is retried with a growing pause for up to
MAIL_RETRY_HOURS, so a form never waits long on the mail server and no mail is lost. A
delivered mail is deleted; one still waiting or given up stays in the admin's list.

`OutboxBackend` is the EMAIL_BACKEND: what Wagtail (workflow notifications) and Django
(password resets) send takes the same way; MAIL_DELIVERY_BACKEND does the sending."""

import datetime
import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db.models import F, Q
from django.template import Context
from django.template.loader import get_template
from django.utils import timezone, translation

from wagtail.users.models import UserProfile

from home.backoff import doubling_delay
from home.models import PortalSettings
from offers.models import OutgoingMail

logger = logging.getLogger(__name__)

RETRY_BATCH = 50
# A mail never tried for this long was not queued (the queue was down): send it from here.
QUEUE_GRACE = datetime.timedelta(minutes=5)


def public_url(path: str) -> str:
    """An absolute link for a mail: the portal's public address (SITE_URL) and a path, never
    the internal host a request arrived at."""
    base = settings.SITE_URL or settings.WAGTAILADMIN_BASE_URL
    return f"{base.rstrip('/')}{path}"


def page_url(page) -> str:
    """A page's public address, for a mail."""
    parts = page.get_url_parts()
    return public_url(parts[2]) if parts else ""


def render_text(template: str, context: dict) -> str:
    """A plain-text template: nothing in it is HTML, so nothing is escaped ("Phish & Chips")."""
    return get_template(template).template.render(Context(context, autoescape=False))


def retry_delay(attempts: int) -> int:
    """Seconds before the next attempt after `attempts` failures: doubling from
    MAIL_RETRY_FIRST_SECONDS up to MAIL_RETRY_MAX_SECONDS."""
    return doubling_delay(
        attempts,
        getattr(settings, "MAIL_RETRY_FIRST_SECONDS", 60),
        getattr(settings, "MAIL_RETRY_MAX_SECONDS", 3600),
    )


@task()
def deliver_mail(mail_id: int) -> bool:
    """Send one stored mail; a failure is recorded and retried later."""
    return deliver(mail_id)


def deliver(mail_id: int) -> bool:
    """True when the mail is out (now or before); False when this attempt failed or another
    process is sending it. No transaction is held while the server is waited on."""
    now = timezone.now()
    # Claim the mail: while one process sends it, its next attempt lies past the timeout.
    lease = now + datetime.timedelta(seconds=3 * (settings.EMAIL_TIMEOUT or 60) + 30)
    due = Q(retry_at__isnull=True) | Q(retry_at__lte=now)
    claimed = OutgoingMail.objects.filter(due, pk=mail_id, given_up_at__isnull=True)
    if not claimed.update(retry_at=lease):
        return not OutgoingMail.objects.filter(pk=mail_id).exists()
    mail = OutgoingMail.objects.get(pk=mail_id)
    message = EmailMultiAlternatives(
        mail.subject,
        mail.body,
        mail.from_email or settings.DEFAULT_FROM_EMAIL,
        mail.to,
        reply_to=mail.reply_to or None,
        headers=mail.headers or None,
        connection=get_connection(settings.MAIL_DELIVERY_BACKEND),
    )
    if mail.html:
        message.attach_alternative(mail.html, "text/html")
    try:
        message.send()  # Django's SMTP backend waits at most EMAIL_TIMEOUT seconds
    except Exception as exc:
        _failed(mail, exc)
        return False
    mail.delete()
    return True


def _failed(mail: OutgoingMail, exc: Exception) -> None:
    now = timezone.now()
    attempts = mail.attempts + 1
    error = f"{exc.__class__.__name__}: {exc}"[:1000]
    logger.warning("mail %s to %s failed (attempt %s): %s", mail.pk, mail.to, attempts, error)
    give_up = now - mail.created_at >= datetime.timedelta(hours=settings.MAIL_RETRY_HOURS)
    retry_at = None if give_up else now + datetime.timedelta(seconds=retry_delay(attempts))
    OutgoingMail.objects.filter(pk=mail.pk).update(
        attempts=F("attempts") + 1,
        last_error=error,
        retry_at=retry_at,
        given_up_at=now if give_up else None,
    )
    if retry_at is not None and deliver_mail.get_backend().supports_defer:
        try:
            deliver_mail.using(run_after=retry_at).enqueue(mail.pk)
        except Exception:  # the queue is down too: `retry_followups` finds it by retry_at
            logger.exception("could not queue the retry of mail %s", mail.pk)


def retry_due(now: datetime.datetime | None = None, limit: int = RETRY_BATCH) -> int:
    """Send the mails whose next attempt is due, oldest first, until one fails (for
    `manage.py retry_followups`, where the task backend cannot wait); returns how many went out."""
    now = now or timezone.now()
    due = OutgoingMail.objects.filter(given_up_at__isnull=True).filter(
        Q(retry_at__lte=now) | Q(retry_at__isnull=True, created_at__lte=now - QUEUE_GRACE)
    )
    sent = 0
    for mail_id in due.order_by("created_at").values_list("pk", flat=True)[:limit]:
        if not deliver(mail_id):
            break  # the server still fails: the rest waits for the next round
        sent += 1
    return sent


def queue_mail(subject: str, body: str, to: list[str], **fields) -> OutgoingMail:
    """Store one mail and queue its sending; it is retried until the server takes it."""
    mail = OutgoingMail.objects.create(subject=subject[:300], body=body, to=to, **fields)
    try:
        deliver_mail.enqueue(mail.pk)
    except Exception:  # the queue itself is down: the mail waits for `retry_followups`
        logger.exception("Could not queue the mail %s", mail.pk)
    return mail


class OutboxBackend(BaseEmailBackend):
    """Django's EMAIL_BACKEND: every message is stored and sent by `deliver_mail`."""

    def send_messages(self, email_messages) -> int:
        queued = 0
        for message in email_messages:
            html = next(
                (c for c, kind in getattr(message, "alternatives", ()) if kind == "text/html"), ""
            )
            try:
                queue_mail(
                    message.subject,
                    message.body,
                    [*message.to, *message.cc, *message.bcc],
                    reply_to=list(message.reply_to),
                    from_email=message.from_email or "",
                    html=html,
                    headers=dict(message.extra_headers),
                )
            except Exception:
                if not self.fail_silently:
                    raise
                continue
            queued += 1
        return queued


def _send(
    template: str, context: dict, language: str, to: list[str], reply_to=None, headers=None
) -> None:
    with translation.override(language):
        subject = " ".join(render_text(f"{template}_subject.txt", context).split())
        body = render_text(f"{template}.txt", context)
    queue_mail(subject, body, to, reply_to=reply_to or [], headers=headers or {})


def mail_visitor(
    record, template: str, context: dict | None = None, reply_to: list[str] | None = None
) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` in the record's language and send
    them to the visitor. Never raises for the mail server: the mail waits and is retried."""
    if not record.email:
        return
    context = {"record": record, **(context or {})}
    _send(template, context, record.language, [record.email], reply_to=reply_to)


def mail_staff(recipients: list[str], template: str, context: dict, language: str = "") -> None:
    """The same for staff (moderators, a partner's contact), in the admin's language unless
    told otherwise; each recipient gets a mail of their own."""
    for address in dict.fromkeys(address for address in recipients if address):
        _send(template, context, language or settings.LANGUAGE_CODE, [address])


def _moderators():
    """The active members of the moderators' group chosen in Settings → Portal."""
    group = PortalSettings.load().moderators
    if group is None:
        raise LookupError("No moderators' group is chosen in the portal settings.")
    return group.user_set.filter(is_active=True).exclude(email="")


def moderator_addresses() -> list[str]:
    """The addresses of the moderators' group chosen in Settings → Portal."""
    return list(_moderators().values_list("email", flat=True).distinct())


def mail_moderators(template: str, context: dict) -> None:
    """The same for each moderator, in the admin language they chose (German unless another)."""
    languages = {}
    for user in _moderators().order_by("pk"):
        profile = UserProfile.get_for_user(user)
        languages.setdefault(user.email, profile.preferred_language or settings.LANGUAGE_CODE)
    for address, language in languages.items():
        # Marked as Wagtail marks the notifications this replaces: no auto-replies (RFC 3834).
        _send(template, context, language, [address], headers={"Auto-Submitted": "auto-generated"})
