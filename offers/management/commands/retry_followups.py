"""Run the follow-ups of stored forms and the mails whose next attempt is due. The database
task backend retries them by itself; this command is for installs that run tasks at once
(development, `make run`), and a safety net for a queue that was down."""

from django.core.management.base import BaseCommand

from offers import followups, mail


class Command(BaseCommand):
    help = "Retry the due follow-ups of public forms (drafts, workflows, notifications) and mails."

    def handle(self, *args, verbosity: int = 1, **options):
        done = followups.retry_due()
        sent = mail.retry_due()
        if verbosity:
            self.stdout.write(f"Follow-ups done: {done}; mails sent: {sent}")
