"""Real server processes for tests that need more than one worker: the project's runserver on
free ports, sharing whatever database and cache the environment names."""

import contextlib
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import requests

from tests.public_forms import offer_form_data

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(process.stdout.read())
        try:
            requests.get(url, timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise TimeoutError(url)


@contextlib.contextmanager
def running_servers(env: dict, count: int = 2) -> Iterator[list[str]]:
    """`count` servers with this environment; yields their base URLs, stops them afterwards."""
    servers = []
    for _ in range(count):
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        servers.append((f"http://127.0.0.1:{port}", process))
    try:
        for url, process in servers:
            wait_for(f"{url}/healthz", process)
        yield [url for url, _process in servers]
    finally:
        for _url, process in servers:
            process.terminate()
            process.wait(timeout=10)


def submit_offers_alternately(servers: list[str], times: int = 4) -> list[requests.Response]:
    """One visitor (one session) sends the offer form `times` times, to each server in turn."""
    session = requests.Session()
    form = session.get(f"{servers[0]}/de/angebot-einreichen/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    responses = []
    for number in range(times):
        data = offer_form_data(title=f"Angebot {number}", format="online", place="")
        responses.append(
            session.post(
                f"{servers[number % len(servers)]}/de/angebot-einreichen/",
                data={**data, "csrfmiddlewaretoken": token},
                allow_redirects=False,
            )
        )
    return responses
