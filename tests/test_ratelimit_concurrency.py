"""A rate limit holds when requests arrive at once: twelve concurrent requests against a limit
of five, spread over two real server processes that share the database cache."""

import os
import re
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
import requests

from django.conf import settings

from tests.servers import running_servers

CONCURRENT = 12


@pytest.fixture
def two_servers(shared_sqlite):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{shared_sqlite}",
    }
    with running_servers(env) as servers:
        yield servers


def test_twelve_concurrent_requests_get_exactly_the_limit_through(two_servers):
    session = requests.Session()
    form = session.get(f"{two_servers[0]}/admin/password_reset/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    start = Barrier(CONCURRENT)

    def request_reset(number: int) -> int:
        start.wait()  # every request leaves at the same moment
        return session.post(
            f"{two_servers[number % 2]}/admin/password_reset/",
            data={"email": f"someone{number}@example.org", "csrfmiddlewaretoken": token},
            allow_redirects=False,
            timeout=60,
        ).status_code

    with ThreadPoolExecutor(CONCURRENT) as pool:
        statuses = list(pool.map(request_reset, range(CONCURRENT)))

    assert sorted(statuses) == [302] * settings.PASSWORD_RESET_RATE_LIMIT + [429] * (
        CONCURRENT - settings.PASSWORD_RESET_RATE_LIMIT
    )
