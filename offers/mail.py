"""Mail to visitors who used a public form, in their language, sent as a background task so
a form never waits on (or fails with) the mail server."""

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


@task()
def send_plain_mail(subject: str, body: str, to: list[str]) -> int:
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, to).send()


def mail_visitor(record, template: str, context: dict | None = None) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` in the record's language and send
    them to the visitor. A failure is logged; the record is already stored."""
    if not record.email:
        return
    context = {"record": record, **(context or {})}
    with translation.override(record.language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    try:
        send_plain_mail.enqueue(subject=subject, body=body, to=[record.email])
    except Exception:  # the queue itself is down: the record stays, a moderator can follow up
        logger.exception("Could not queue the mail %s to a visitor", template)
