"""Database faults made for real: another process holds SQLite's write lock longer than
SQLite's own 5-s wait, or past the busy timeout, and a database file that is no longer a
database. Real server and worker processes share the file."""

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from tests.processes import (
    enqueue,
    eventually,
    health,
    server,
    start_enqueue,
    start_worker,
    stop,
)
from tests.public_forms import offer_form_data

pytestmark = pytest.mark.django_db  # offer_form_data looks up a place

# Longer than SQLite's own default wait (5 s), well within the busy timeout the processes get
# here (production's 30 s would make the test wait 25 s for the same proof).
LOCK_SECONDS = 8
BUSY_TIMEOUT = 20

HOLD_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("CREATE TABLE lock_holder (held INTEGER)")
print("locked", flush=True)
if sys.argv[2] == "until-told":
    sys.stdin.readline()
else:
    time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""


def database_path(env: dict) -> Path:
    return Path(env["DATABASE_URL"].removeprefix("sqlite:///"))


def submit_offer(url: str, results: list) -> None:
    session = requests.Session()
    form = session.get(f"{url}/de/angebot-einreichen/", timeout=60)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    results.append(
        session.post(
            f"{url}/de/angebot-einreichen/",
            data={**offer_form_data(format="online", place=""), "csrfmiddlewaretoken": token},
            allow_redirects=False,
            timeout=120,
        )
    )


def test_a_long_write_lock_delays_writes_and_fails_nothing(portal_env, tmp_path):
    # Without SQLITE_BUSY_TIMEOUT, writes would fail after SQLite's 5 s: the lock is longer.
    portal_env["SQLITE_BUSY_TIMEOUT"] = str(BUSY_TIMEOUT)
    # The worker's beat waits on the lock too: a threshold shorter than the lock would cry wolf.
    portal_env["WORKER_SILENT_AFTER"] = str(2 * BUSY_TIMEOUT)
    with server(portal_env) as url:
        worker = start_worker(portal_env)
        try:
            eventually(lambda: health(url)[0] == 200, what="the worker's first beat")
            submitted: list[requests.Response] = []
            form_page = requests.Session().get(f"{url}/de/angebot-einreichen/", timeout=60)
            assert form_page.status_code == 200
            holder = subprocess.Popen(
                [sys.executable, "-c", HOLD_LOCK, database_path(portal_env), f"{LOCK_SECONDS}"],
                stdout=subprocess.PIPE,
                text=True,
            )
            assert holder.stdout.readline().strip() == "locked"

            # Reads answer while the lock is held.
            for path in ("/de/", "/de/suche/?q=Workshop", "/api/v2/search/?q=Cloud&locale=de"):
                assert requests.get(f"{url}{path}", timeout=60).status_code == 200, path
            assert health(url)[0] == 200
            # Writes queue behind the lock: a submission, a task enqueued by another program.
            sender = threading.Thread(target=submit_offer, args=(url, submitted))
            sender.start()
            enqueue(portal_env, "mark", str(tmp_path), "enqueued while locked")
            assert holder.wait(timeout=60) == 0
            sender.join()

            (response,) = submitted
            assert response.status_code == 302
            status_page = requests.get(url + response.headers["Location"], timeout=60)
            assert status_page.status_code == 200
            eventually(lambda: (tmp_path / "enqueued while locked").exists(), what="the task")
            # The same worker process ran it: it waited on the lock and lived.
            assert worker.poll() is None
            assert (tmp_path / "enqueued while locked").read_text() == str(worker.pid)
            assert health(url)[0] == 200
        finally:
            stop(worker)


def test_healthz_answers_503_when_the_database_file_is_not_a_database(portal_env):
    path = database_path(portal_env)
    env = {**portal_env, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}  # no worker to watch
    with server(env) as url:
        assert health(url) == (200, {"database": "ok", "search": "database"})
        with path.open("r+b") as database:  # a disk that returns garbage
            database.write(b"\xde\xad" * (path.stat().st_size // 2))
        for leftover in (path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
            leftover.unlink(missing_ok=True)

        status, body = health(url)
        assert status == 503
        assert body["database"] == "unavailable"


def test_the_worker_outlives_a_lock_held_past_its_busy_timeout(portal_env, tmp_path):
    """Writes give up after SQLITE_BUSY_TIMEOUT with "database is locked": the worker pauses
    and goes on, where django-tasks' db_worker ended for good."""
    log = tmp_path / "worker.log"
    worker = start_worker({**portal_env, "SQLITE_BUSY_TIMEOUT": "1"}, log=log)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, database_path(portal_env), "until-told"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        # Another program's task waits on the lock (up to 30 s, the default busy timeout).
        enqueuer = start_enqueue(portal_env, "mark", str(tmp_path), "after the lock")
        # The lock stays until the worker has given up on it at least once.
        eventually(lambda: "database is locked" in log.read_text(), what="the worker to give up")
        assert worker.poll() is None
        holder.communicate("release\n", timeout=60)
        assert holder.returncode == 0
        assert enqueuer.wait(timeout=60) == 0

        eventually(lambda: (tmp_path / "after the lock").exists(), what="the task")
        assert worker.poll() is None
        assert (tmp_path / "after the lock").read_text() == str(worker.pid)
        assert "worker paused" in log.read_text()
    finally:
        holder.kill()
        stop(worker)
