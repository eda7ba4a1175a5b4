"""The task worker stays up and is watched: real worker processes killed in the middle of a
task, a real server's /healthz, a migrated SQLite file shared by all of them."""

import os
import re
import signal
import sqlite3
from pathlib import Path

import pytest
import requests
from aiosmtpd.controller import Controller
from django_tasks_db.models import DBTaskResult

from offers.models import OfferSubmission
from tests.processes import (
    children,
    enqueue,
    eventually,
    health,
    run_django,
    server,
    start_worker,
    stop,
)
from tests.public_forms import offer_form_data
from tests.servers import free_port


def answer(url: str, status: int) -> dict | None:
    """/healthz's body once it answers with `status`."""
    code, body = health(url)
    return body if code == status else None


def test_a_worker_killed_in_a_task_is_reported_silent_and_its_task_runs_again(portal_env, tmp_path):
    with server(portal_env) as url:
        first = start_worker(portal_env)
        try:
            body = eventually(lambda: answer(url, 200), what="the first beat")
            assert body["worker"]["state"] == "ok"

            enqueue(portal_env, "interrupted_once", str(tmp_path))
            eventually(lambda: (tmp_path / "attempts").exists(), what="the task to start")
            first.send_signal(signal.SIGKILL)
            first.wait()
            enqueue(portal_env, "mark", str(tmp_path), "queued meanwhile")

            body = eventually(lambda: answer(url, 503), what="healthz to say so")
            assert body["database"] == "ok"
            assert body["worker"]["state"] == "silent"
            assert body["worker"]["last_beat_seconds"] >= 4  # WORKER_SILENT_AFTER
            assert body["worker"]["oldest_task_waiting_seconds"] > 0
            assert not (tmp_path / "done").exists()
        finally:
            stop(first)

        second = start_worker(portal_env, supervised=True)
        try:
            eventually(lambda: (tmp_path / "done").exists(), what="the task to run again")
            eventually(lambda: (tmp_path / "queued meanwhile").exists(), what="the next task")
            body = eventually(lambda: answer(url, 200), what="healthz to be content again")
            assert body["worker"]["state"] == "ok"
            assert body["worker"]["oldest_task_waiting_seconds"] is None
        finally:
            assert stop(second) == 0

    attempts = (tmp_path / "attempts").read_text().split()
    assert len(attempts) == 2 and attempts[0] == str(first.pid)


def test_make_serves_supervisor_starts_a_new_worker_when_its_worker_dies(portal_env, tmp_path):
    supervisor = start_worker(portal_env, supervised=True)
    try:
        (worker,) = eventually(lambda: children(supervisor), what="the worker to start")
        os.kill(worker, signal.SIGKILL)

        (replacement,) = eventually(
            lambda: [pid for pid in children(supervisor) if pid != worker],
            what="a new worker",
        )
        enqueue(portal_env, "mark", str(tmp_path), "after the restart")
        eventually(lambda: (tmp_path / "after the restart").exists(), what="the task to run")
        assert (tmp_path / "after the restart").read_text() == str(replacement)
    finally:
        assert stop(supervisor) == 0
    # Stopping the supervisor stops its worker too.
    assert (
        not Path(f"/proc/{replacement}").exists()
        or "zombie" in Path(f"/proc/{replacement}/status").read_text().lower()
    )


@pytest.mark.django_db
def test_healthz_has_no_worker_to_watch_when_tasks_run_at_once(client):
    body = client.get("/healthz").json()

    assert "worker" not in body


class Refusing:
    """An SMTP server that refuses every recipient (550), as a full or blocking one does."""

    async def handle_RCPT(self, server, session, envelope, address, options):
        return "550 mailbox unavailable"


def test_a_refused_mail_fails_its_task_and_the_worker_goes_on(portal_env, tmp_path):
    port = free_port()
    smtp = Controller(Refusing(), hostname="127.0.0.1", port=port)
    smtp.start()
    worker = start_worker(portal_env)
    try:
        enqueue(portal_env, "mail_through", port)
        enqueue(portal_env, "mark", str(tmp_path), "after the refusal")

        eventually(lambda: (tmp_path / "after the refusal").exists(), what="the next task")
        assert worker.poll() is None
        assert (tmp_path / "after the refusal").read_text() == str(worker.pid)
        # The refused mail is recorded as a failed task, with the server's answer.
        run_django(
            portal_env,
            "from django_tasks_db.models import DBTaskResult\n"
            "mail = DBTaskResult.objects.get(task_path='tests.worker_tasks.mail_through')\n"
            "assert mail.status == 'FAILED' and 'SMTPRecipientsRefused' in mail.traceback",
        )
    finally:
        stop(worker)
        smtp.stop()


@pytest.mark.django_db  # offer_form_data looks up a place
def test_a_follow_up_whose_task_was_lost_is_still_taken_up_by_the_worker(portal_env):
    """A form's follow-up that failed so badly its failure (and its retry) could not be
    written (the database was locked) is found again by the worker's periodic sweep."""
    path = Path(portal_env["DATABASE_URL"].removeprefix("sqlite:///"))
    with server(portal_env) as url:  # no worker yet: the follow-up waits in the queue
        session = requests.Session()
        form = session.get(f"{url}/de/angebot-einreichen/", timeout=60)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        data = {**offer_form_data(format="online", place=""), "csrfmiddlewaretoken": token}
        sent = session.post(f"{url}/de/angebot-einreichen/", data=data, allow_redirects=False)
        assert sent.status_code == 302
    with sqlite3.connect(path) as database:  # the queued task is gone
        database.execute(f"DELETE FROM {DBTaskResult._meta.db_table}")
    table = OfferSubmission._meta.db_table

    def attempted() -> str:
        # This bare database has no offer section, so the attempt fails and says why.
        with sqlite3.connect(path) as database:
            query = f"SELECT followup_attempts, followup_error FROM {table}"
            attempts, error = database.execute(query).fetchone()
            return error if attempts else ""

    assert not attempted()
    worker = start_worker(portal_env)
    try:
        assert "No offer index" in eventually(attempted, what="the worker's sweep")
    finally:
        stop(worker)
