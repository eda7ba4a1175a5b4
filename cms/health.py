"""/healthz: is the portal able to answer, and is its background work done? For load
balancers, uptime checks and alerts (README, Production)."""

import time

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend

from django.db.utils import DatabaseError
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from wagtail.models import Site

from cms.worker import last_beat, oldest_waiting_seconds, silent_after
from search.elastic import search_backend_state


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    body = {"database": database_state(), "search": search_backend_state()}
    healthy = body["database"] == "ok"
    # In development and tests tasks run at once: there is no worker to watch.
    if isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        body["worker"] = worker_state()
        healthy = healthy and body["worker"]["state"] == "ok"
    return JsonResponse(body, status=200 if healthy else 503)


def database_state() -> str:
    """Reads a real table: a connection alone (or `SELECT 1`) also succeeds on a file that is
    no longer a database."""
    try:
        Site.objects.order_by().values_list("pk", flat=True).first()
    except DatabaseError:
        return "unavailable"
    return "ok"


def worker_state() -> dict:
    """ "ok" while a worker beat within WORKER_SILENT_AFTER seconds, else "silent"; with the
    seconds since its last beat and how long the longest-waiting due task has waited."""
    try:
        beat = last_beat()
        waiting = oldest_waiting_seconds()
    except DatabaseError:
        return {"state": "unknown", "last_beat_seconds": None, "oldest_task_waiting_seconds": None}
    since = None if beat is None else round(max(0.0, time.time() - beat["at"]), 1)
    return {
        "state": "ok" if since is not None and since <= silent_after() else "silent",
        "last_beat_seconds": since,
        "oldest_task_waiting_seconds": None if waiting is None else round(waiting, 1),
    }
