"""The tests of the demo content. They share one seeded database (tests/demo/conftest.py)."""

import contextlib
from collections.abc import Iterator

from django.core.management import call_command
from django.db import transaction
from django.test import override_settings


@contextlib.contextmanager
def seeded_demo(django_db_blocker, tmp_path_factory) -> Iterator[None]:
    """The demo content (`seed_demo`) in a transaction rolled back afterwards."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)
