"""The task worker that stays up and says so (`manage.py run_worker`, which `make serve` starts).

django-tasks' own `db_worker` ends on the first database error outside a task (a lock held
longer than its wait, a dropped connection), and index updates and mails then stop for good.
This worker runs the same claim-and-run loop, but a transient database error only makes it
pause and try again. Each pass it writes a heartbeat to the shared cache, which `/healthz`
reads, and it gives back tasks left "running" by a worker that went silent (killed in the
middle of a task), so another picks them up: every task runs at least once. Every
`WORKER_SWEEP_SECONDS` (120) seconds it also runs `retry_followups`, so a form's follow-up or
a mail whose failure could not even be recorded (the database was locked) is still retried,
and Wagtail's `publish_scheduled`, so scheduled pages go live and expire without a cron job.
"""

import logging
import os
import time

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult, get_date_max
from django_tasks_db.utils import exclusive_transaction

from django.conf import settings
from django.core.management import call_command
from django.db import close_old_connections, connections
from django.db.models import Case, F, When
from django.db.utils import InterfaceError, OperationalError
from django.utils import timezone

from home.content_cache import shared_cache

logger = logging.getLogger(__name__)

# The last beat of any worker (for /healthz), and each worker's own (it expires when silent).
HEARTBEAT_KEY = "worker:heartbeat"
# What a worker may hit that is not its fault and passes: a lock held past the busy timeout,
# a connection the database dropped or refused.
TRANSIENT = (OperationalError, InterfaceError)


def silent_after() -> float:
    """Seconds without a beat after which a worker counts as gone."""
    return float(settings.WORKER_SILENT_AFTER)


def beat_every() -> float:
    return min(10.0, silent_after() / 4)


def _own_key(worker_id: str) -> str:
    return f"{HEARTBEAT_KEY}:{worker_id}"


def beat(worker_id: str) -> None:
    now = time.time()
    shared_cache().set(HEARTBEAT_KEY, {"at": now, "worker": worker_id, "pid": os.getpid()}, None)
    shared_cache().set(_own_key(worker_id), now, timeout=silent_after())


def last_beat() -> dict | None:
    """{"at": epoch seconds, "worker": id, "pid": process id} of the latest beat, if any."""
    return shared_cache().get(HEARTBEAT_KEY)


def oldest_waiting_seconds() -> float | None:
    """How long the task that has been due longest has waited for a worker (None: none waits)."""
    # A task for "as soon as possible" carries the far-future date; it is due since enqueued.
    due_at = Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after"))
    oldest = (
        DBTaskResult.objects.ready()
        .annotate(due_at=due_at)
        .order_by("due_at")
        .values_list("due_at", flat=True)
        .first()
    )
    return None if oldest is None else max(0.0, (timezone.now() - oldest).total_seconds())


def requeue_orphans() -> int:
    """Tasks left running by a worker whose heartbeat expired go back to the queue."""
    given_back = 0
    for pk, worker_ids in DBTaskResult.objects.running().values_list("pk", "worker_ids"):
        if worker_ids and shared_cache().get(_own_key(worker_ids[-1])) is not None:
            continue
        given_back += (
            DBTaskResult.objects.running()
            .filter(pk=pk)
            .update(status="READY", started_at=None, run_after=timezone.now())
        )
    if given_back:
        logger.warning("gave %d task(s) of a silent worker back to the queue", given_back)
    return given_back


class SteadyWorker(Worker):
    """db_worker's loop that pauses and goes on after a transient database error."""

    max_pause = 60.0

    def run(self) -> None:
        logger.info("worker %s started (pid %s)", self.worker_id, os.getpid())
        self._last_beat = self._last_check = 0.0
        self._last_sweep = time.monotonic()
        self._claimed: str | None = None
        pause = 1.0
        while self.running:
            try:
                ran = self._one_pass()
            except TRANSIENT as error:
                logger.warning("worker paused %.0f s on a database error: %s", pause, error)
                for connection in connections.all():
                    connection.close()
                time.sleep(pause)
                pause = min(pause * 2, self.max_pause)
                continue
            pause = 1.0
            if self.batch and not ran:
                return
            close_old_connections()
            if self.running and not ran:
                time.sleep(self.interval)

    def _one_pass(self) -> bool:
        """Beat, give back orphans now and then, claim and run one task. True if one ran."""
        now = time.monotonic()
        if now - self._last_beat >= beat_every():
            beat(self.worker_id)
            self._last_beat = now
        if self._claimed is not None:
            # A task whose result could not be written (the database failed) is run again.
            DBTaskResult.objects.running().filter(pk=self._claimed).update(status="READY")
            self._claimed = None
        if now - self._last_check >= beat_every():
            requeue_orphans()
            self._last_check = now
        if now - self._last_sweep >= getattr(settings, "WORKER_SWEEP_SECONDS", 120):
            self._last_sweep = now
            self._sweep()
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        with exclusive_transaction(tasks.db):
            task_result = tasks.get_locked()
            if task_result is not None:
                task_result.claim(self.worker_id)
        if task_result is None:
            return False
        self._claimed = str(task_result.pk)
        self.run_task(task_result)
        self._claimed = None
        return True

    def _sweep(self) -> None:
        """Due follow-ups and mails that no queued task will retry, and what editors scheduled
        (Wagtail's publish_scheduled: go-live and expiry); never ends the worker."""
        for command in ("retry_followups", "publish_scheduled"):
            try:
                call_command(command, verbosity=0)
            except TRANSIENT:
                raise  # the loop pauses and goes on
            except Exception:
                logger.exception("%s failed in the worker", command)
