"""Tasks the worker tests enqueue. They leave files behind, so a test in another process sees
what ran, in which process."""

import os
import time
from pathlib import Path

from django_tasks import task

from django.core.mail import get_connection, send_mail


@task()
def mark(folder: str, name: str) -> None:
    (Path(folder) / name).write_text(str(os.getpid()))


@task()
def interrupted_once(folder: str) -> None:
    """The first attempt waits to be killed; the next one finishes."""
    attempts = Path(folder) / "attempts"
    with attempts.open("a") as log:
        log.write(f"{os.getpid()}\n")
    if len(attempts.read_text().split()) == 1:
        time.sleep(600)
    (Path(folder) / "done").write_text(str(os.getpid()))


@task()
def mail_through(port: int) -> None:
    """A mail through the SMTP server on `port` (the test's, which refuses it)."""
    backend = "django.core.mail.backends.smtp.EmailBackend"
    connection = get_connection(backend, host="127.0.0.1", port=port, use_tls=False, timeout=10)
    send_mail("Test", "Text", None, ["someone@example.org"], connection=connection)
