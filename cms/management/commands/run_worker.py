"""`manage.py run_worker`: the background-task worker, restarted whenever it exits."""

import logging
import signal
import subprocess
import sys
import time

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks.base import DEFAULT_TASK_QUEUE_NAME
from django_tasks.utils import get_random_id
from django_tasks_db.backend import DatabaseBackend

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.worker import SteadyWorker

logger = logging.getLogger("cms.worker")


class Command(BaseCommand):
    help = (
        "Run the task worker (index updates, mail) in a child process and start a new one "
        "whenever it exits, after a pause that grows while it keeps exiting."
    )
    # A worker that keeps exiting waits 1, 2, 4 … at most 60 s before the next start; one that
    # ran a minute counts as healthy again.
    max_pause = 60.0

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-supervise",
            action="store_false",
            dest="supervise",
            help="run one worker in this process (what the supervisor starts)",
        )
        parser.add_argument("--queue-name", default=DEFAULT_TASK_QUEUE_NAME)
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")

    def handle(self, *args, supervise: bool, queue_name: str, interval: float, **options):
        if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
            raise CommandError("Tasks run at once with these settings: no worker is needed.")
        if not supervise:
            worker = SteadyWorker(
                queue_names=queue_name.split(","),
                interval=interval,
                batch=False,
                backend_name=DEFAULT_TASK_BACKEND_ALIAS,
                startup_delay=False,
                max_tasks=None,
                worker_id=get_random_id(),
            )
            worker.configure_signals()
            worker.run()
            return
        child_command = [
            sys.executable,
            str(settings.BASE_DIR / "manage.py"),
            "run_worker",
            "--no-supervise",
            f"--queue-name={queue_name}",
            f"--interval={interval}",
        ]
        self.supervise(child_command)

    def supervise(self, command: list[str]) -> None:
        stopping = False
        child: subprocess.Popen | None = None

        def stop(signum, frame):
            nonlocal stopping
            stopping = True
            if child is not None and child.poll() is None:
                child.send_signal(signal.SIGTERM)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        pause = 1.0
        while not stopping:
            started = time.monotonic()
            child = subprocess.Popen(command)
            code = child.wait()
            if stopping:
                break
            if time.monotonic() - started > 60:
                pause = 1.0
            logger.error("task worker exited (code %s); a new one starts in %.0f s", code, pause)
            deadline = time.monotonic() + pause
            while not stopping and time.monotonic() < deadline:
                time.sleep(0.2)
            pause = min(pause * 2, self.max_pause)
        if child is not None:
            child.wait()
