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


def database_env(path: Path, **extra: str) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "tests.settings_worker",
        "DATABASE_URL": f"sqlite:///{path}",
        "ELASTICSEARCH_URL": "",
        **extra,
    }


def migrate(path: Path) -> Path:
    """A migrated database file at `path`, with the cache table (migrating takes a minute)."""
    env = {**os.environ, **database_env(path)}
    for command in (["migrate", "-v0"], ["createcachetable"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)
    return path


def copy_of(migrated: Path, path: Path) -> Path:
    """A fresh copy of the migrated database file at `path`: a test's own, in a blink."""
    source, copy = sqlite3.connect(migrated), sqlite3.connect(path)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    return path


def start_django(env: dict, code: str) -> subprocess.Popen:
    """Start `code` with Django set up in a process of its own, as another program would."""
    command = [sys.executable, "-c", f"import django; django.setup()\n{code}"]
    return subprocess.Popen(command, cwd=ROOT, env=env)


def run_django(env: dict, code: str) -> None:
    assert start_django(env, code).wait() == 0, code


def start_enqueue(env: dict, task: str, *args: str) -> subprocess.Popen:
    """Another program that puts `task` in the queue; the test goes on while it works."""
    return start_django(env, f"from tests.worker_tasks import {task}\n{task}.enqueue(*{args!r})")


def enqueue(env: dict, task: str, *args: str) -> None:
    assert start_enqueue(env, task, *args).wait() == 0, task


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


def start_worker(
    env: dict, *, supervised: bool = False, log: Path | None = None
) -> subprocess.Popen:
    """The task worker; its output (the log lines) goes to `log` when given."""
    flags = [] if supervised else ["--no-supervise"]
    output = log.open("w") if log else None
    command = [sys.executable, "manage.py", "run_worker", "--interval=0.2", *flags]
    with output or contextlib.nullcontext():
        return subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT if log else None
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
