"""The submission limit holds across worker processes: two real servers, one database cache."""

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.public_forms import offer_form_data

pytestmark = pytest.mark.django_db  # offer_form_data looks up a place

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
            time.sleep(0.3)
    raise TimeoutError(url)


@pytest.fixture
def two_servers(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        "PUBLIC_FORMS_RATE_LIMIT": "3",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "createcachetable"], cwd=ROOT, env=env, check=True)
    servers = []
    for _ in range(2):
        port = free_port()
        process = subprocess.Popen(
            [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
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


def test_the_limit_is_counted_across_two_server_processes(two_servers):
    first, second = two_servers
    session = requests.Session()
    form = session.get(f"{first}/de/angebot-einreichen/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)

    codes = []
    for number, server in enumerate([first, second, first, second]):
        data = offer_form_data(title=f"Angebot {number}", format="online", place="")
        response = session.post(
            f"{server}/de/angebot-einreichen/",
            data={**data, "csrfmiddlewaretoken": token},
            allow_redirects=False,
        )
        codes.append(response.status_code)

    assert codes == [302, 302, 302, 429]
    assert "Zu viele Versuche" in response.text
