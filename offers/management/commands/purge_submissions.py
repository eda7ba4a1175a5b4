"""Delete the personal data of public-form records after the configured periods: employer
submissions some time after their decision, team applications, teammate notes and relayed
messages some time after their challenge ended."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from offers.models import (
    OfferSubmission,
    OutgoingMail,
    TeamApplication,
    TeammateMessage,
    TeammateNote,
)

# Every model that keeps what visitors sent through a public form; each says when it is due.
PUBLIC_RECORDS = (OfferSubmission, TeamApplication, TeammateNote, TeammateMessage)


class Command(BaseCommand):
    help = (
        "Delete contact details, texts and uploads of submissions decided (published, declined "
        "or withdrawn) more than PUBLIC_FORMS_PURGE_AFTER_DAYS days ago, and of team "
        "applications, teammate notes and their messages whose challenge ended more than "
        "PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS days ago. Run it daily."
    )

    def handle(self, *args, verbosity: int = 1, **options):
        purged = 0
        for model in PUBLIC_RECORDS:
            for record in model.objects.due_for_purge():
                record.purge()
                purged += 1
        # Mail given up long ago holds names and status links nobody will send any more.
        cutoff = timezone.now() - datetime.timedelta(days=settings.PUBLIC_FORMS_PURGE_AFTER_DAYS)
        OutgoingMail.objects.filter(given_up_at__lt=cutoff).delete()
        if verbosity:
            days = settings.PUBLIC_FORMS_PURGE_AFTER_DAYS
            challenge_days = settings.PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS
            self.stdout.write(
                f"Deleted the personal data of {purged} records decided over {days} days ago "
                f"or of challenges that ended over {challenge_days} days ago."
            )
