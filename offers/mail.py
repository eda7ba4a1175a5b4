"""Mail to visitors who used a public form, in their language, and to the staff who follow
up; sent as a background task so a form never waits on (or fails with) the mail server."""

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


@task()
def send_plain_mail(
    subject: str, body: str, to: list[str], reply_to: list[str] | None = None
) -> int:
    return EmailMessage(
        subject, body, settings.DEFAULT_FROM_EMAIL, to, reply_to=reply_to or None
    ).send()


def _send(template: str, context: dict, language: str, to: list[str], **extra) -> None:
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    try:
        send_plain_mail.enqueue(subject=subject, body=body, to=to, **extra)
    except Exception:  # the queue itself is down: the record stays, a moderator can follow up
        logger.exception("Could not queue the mail %s", template)


def mail_visitor(
    record, template: str, context: dict | None = None, reply_to: list[str] | None = None
) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` in the record's language and send
    them to the visitor. A failure is logged; the record is already stored."""
    if not record.email:
        return
    context = {"record": record, **(context or {})}
    extra = {"reply_to": reply_to} if reply_to else {}
    _send(template, context, record.language, [record.email], **extra)


def mail_staff(recipients: list[str], template: str, context: dict, language: str = "") -> None:
    """The same for staff (moderators, a partner's contact), in the admin's language unless
    told otherwise; each recipient gets a mail of their own."""
    for address in dict.fromkeys(address for address in recipients if address):
        _send(template, context, language or settings.LANGUAGE_CODE, [address])
