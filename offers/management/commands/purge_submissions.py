"""Delete the personal data of decided public-form records after the configured period."""

from django.conf import settings
from django.core.management.base import BaseCommand

from offers.models import OfferSubmission

# Every model that keeps what visitors sent through a public form.
PUBLIC_RECORDS = (OfferSubmission,)


class Command(BaseCommand):
    help = (
        "Delete contact details, texts and uploads of submissions decided (published, declined "
        "or withdrawn) more than PUBLIC_FORMS_PURGE_AFTER_DAYS days ago. Run it daily."
    )

    def handle(self, *args, verbosity: int = 1, **options):
        purged = 0
        for model in PUBLIC_RECORDS:
            for record in model.objects.due_for_purge():
                record.purge()
                purged += 1
        if verbosity:
            days = settings.PUBLIC_FORMS_PURGE_AFTER_DAYS
            self.stdout.write(
                f"Deleted the personal data of {purged} records decided over {days} days ago."
            )
