"""What follows a team application or a teammate note once it is stored: who is told, the
moderators' decisions (each mailed to the team in its language), withdrawing, closing a
challenge's applications early, and relaying messages to a note's author."""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import log

from offers.mail import mail_staff, mail_visitor, moderator_addresses
from offers.models import (
    ChallengePage,
    EarlyClosure,
    TeamApplication,
    TeammateMessage,
    TeamStatus,
)

MAIL = "offers/mail/team"


def admin_url(application: TeamApplication) -> str:
    path = reverse("team_applications:inspect", args=[application.pk])
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def notify_staff(application: TeamApplication) -> None:
    """The moderators hear of a new application with a link to it in the admin; the
    partner's contact, who has no admin account, reads the application itself."""
    challenge = application.challenge
    context = {"application": application, "challenge": challenge}
    mail_staff(
        moderator_addresses(), f"{MAIL}_staff", {**context, "admin_url": admin_url(application)}
    )
    partner = challenge.partner if challenge else None
    if partner is not None and partner.contact_email:
        # The partner reads it in the language of the challenge version the team applied to.
        mail_staff(
            [partner.contact_email], f"{MAIL}_partner", context, challenge.locale.language_code
        )


@transaction.atomic
def move(application: TeamApplication, status: str, user, reason: str = "") -> bool:
    """A moderator's decision; the team hears of it. False when the move is not allowed,
    or a decline comes without the reason the team is owed."""
    reason = reason.strip()
    if status not in application.moves or (status == TeamStatus.DECLINED and not reason):
        return False
    application.move(status, user, reason)
    log(application, f"proxlab.team.{status}", user=user)
    mail_visitor(application, f"{MAIL}_{status}", {"challenge": application.challenge})
    return True


@transaction.atomic
def undo_decision(application: TeamApplication, user) -> bool:
    """Take back an acceptance or a decline: the application is received again, and the team
    is told so that the earlier mail does not stand alone."""
    if not application.can_undo_decision:
        return False
    application.move(TeamStatus.RECEIVED, user)
    log(application, "proxlab.team.reopened", user=user)
    mail_visitor(application, f"{MAIL}_reopened", {"challenge": application.challenge})
    return True


def withdraw(application: TeamApplication) -> None:
    """The team takes its application back through the status link."""
    if not application.can_withdraw:
        return
    application.move(TeamStatus.WITHDRAWN)
    context = {"application": application, "challenge": application.challenge}
    mail_visitor(application, f"{MAIL}_withdrawn", context)
    mail_staff(
        moderator_addresses(),
        f"{MAIL}_withdrawn_staff",
        {**context, "admin_url": admin_url(application)},
    )


def close_early(challenge: ChallengePage, user) -> None:
    """No more applications, in every language, before the phase ends."""
    EarlyClosure.objects.get_or_create(
        translation_key=challenge.translation_key, defaults={"closed_by": user}
    )


def reopen(challenge: ChallengePage) -> None:
    EarlyClosure.objects.filter(translation_key=challenge.translation_key).delete()


def forward(message: TeammateMessage) -> None:
    """Relay a stored message to the note's author: the sender's address travels only as
    reply-to, and only if the sender agreed."""
    reply_to = [message.email] if message.allow_reply else None
    mail_visitor(
        message.note, "offers/mail/teammate_message", {"message": message}, reply_to=reply_to
    )
    message.forwarded_at = timezone.now()
    message.save(update_fields=["forwarded_at"])
