"""A migrated SQLite file, and the portal's server and task worker as real processes on it."""

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from tests.servers import ROOT, free_port, wait_for


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """One migrated database file per test run (migrating takes a minute); tests copy it."""
    path = tmp_path_factory.mktemp("template") / "portal.sqlite3"
    env = {**os.environ, **database_env(path)}
    for command in (["migrate", "-v0"], ["createcachetable"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)
    return path


def database_env(path: Path, **extra: str) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "tests.settings_worker",
        "DATABASE_URL": f"sqlite:///{path}",
        "ELASTICSEARCH_URL": "",
        **extra,
    }


@pytest.fixture
def portal_env(migrated_sqlite, tmp_path) -> dict[str, str]:
    """The environment of processes sharing a fresh copy of the migrated database."""
    path = tmp_path / "portal.sqlite3"
    with sqlite3.connect(migrated_sqlite) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    return {**os.environ, **database_env(path, WORKER_SILENT_AFTER="4")}


def run_django(env: dict, code: str) -> None:
    """Run `code` with Django set up in a process of its own, as another program would."""
    subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{code}"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def enqueue(env: dict, task: str, *args: str) -> None:
    run_django(env, f"from tests.worker_tasks import {task}\n{task}.enqueue(*{args!r})")


@contextlib.contextmanager
def server(env: dict) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/healthz", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def start_worker(env: dict, *, supervised: bool = False) -> subprocess.Popen:
    flags = [] if supervised else ["--no-supervise"]
    return subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--interval=0.2", *flags], cwd=ROOT, env=env
    )


def stop(process: subprocess.Popen) -> int:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    return process.wait(timeout=30)


def children(process: subprocess.Popen) -> list[int]:
    found = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    return [int(pid) for pid in found.read_text().split()] if found.exists() else []


def eventually(check: Callable[[], object], seconds: float = 60, what: str = "") -> object:
    """Poll until `check` returns something true; fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.2)
    pytest.fail(f"not within {seconds} s: {what or check}")


def health(url: str) -> tuple[int, dict]:
    response = requests.get(f"{url}/healthz", timeout=30)
    return response.status_code, response.json()
