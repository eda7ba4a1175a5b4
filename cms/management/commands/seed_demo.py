"""Load the demo content: partners, offers, challenges, articles and text pages, in German and
translated into English through wagtail-localize."""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.demo import seed
from cms.demo.accounts import create_demo_accounts
from cms.demo.builder import DemoSeedError
from cms.demo.translation import translate_demo

# Wagtail and the task runner log every page saved; on `make run` that drowns the summary.
CHATTY_LOGGERS = ("wagtail", "wagtail_localize", "django_tasks")


@contextmanager
def quiet(names: tuple[str, ...]):
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


class Command(BaseCommand):
    help = (
        "Create the fictional German demo content below the German home page and its English "
        "translation. Idempotent: pages whose slug exists and pages already translated are left "
        "alone, so it is safe on every start."
    )

    def handle(self, *args, verbosity: int = 1, **options):
        if settings.PRODUCTION:
            raise CommandError(
                "seed_demo does not run with production settings: it fills the portal with "
                "fictional content and demo accounts whose passwords are published."
            )
        try:
            # One transaction: a failed English step leaves no German half-demo behind either.
            with quiet(CHATTY_LOGGERS if verbosity < 2 else ()), transaction.atomic():
                report = seed()
                english = translate_demo()
                accounts = create_demo_accounts()
        except DemoSeedError as error:
            raise CommandError(str(error)) from error
        if verbosity:
            self.stdout.write(str(report))
            self.stdout.write(str(english))
            for username, password, group in accounts:
                self.stdout.write(f"Demo login ({group}): {username} / {password}")
