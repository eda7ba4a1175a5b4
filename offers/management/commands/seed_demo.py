"""Load the German demo content: partners, offers, challenges, articles and text pages."""

import logging
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError

from offers.demo import seed
from offers.demo.builder import DemoSeedError

# Wagtail and the task runner log every page saved; on `make run` that drowns the summary.
CHATTY_LOGGERS = ("wagtail", "django_tasks")


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
        "Create the fictional German demo content below the German home page. "
        "Idempotent: pages whose slug exists are left alone, so it is safe on every start."
    )

    def handle(self, *args, verbosity: int = 1, **options):
        try:
            with quiet(CHATTY_LOGGERS if verbosity < 2 else ()):
                report = seed()
        except DemoSeedError as error:
            raise CommandError(str(error)) from error
        if verbosity:
            self.stdout.write(str(report))
