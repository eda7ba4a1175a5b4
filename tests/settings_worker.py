"""Test settings for servers and workers started as separate processes: tasks wait in the
database for a worker, as in production."""

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# The worker retries what no queued task will (offers' follow-ups, mail) every few seconds.
WORKER_SWEEP_SECONDS = 2
