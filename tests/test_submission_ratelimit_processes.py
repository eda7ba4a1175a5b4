"""The submission limit holds across worker processes: two real servers, one database cache."""

import os

import pytest

from tests.servers import running_servers, submit_offers_alternately

pytestmark = pytest.mark.django_db  # offer_form_data looks up a place


@pytest.fixture
def two_servers(shared_sqlite):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{shared_sqlite}",
        "PUBLIC_FORMS_RATE_LIMIT": "3",
    }
    with running_servers(env) as servers:
        yield servers


def test_the_limit_is_counted_across_two_server_processes(two_servers):
    responses = submit_offers_alternately(two_servers)

    assert [response.status_code for response in responses] == [302, 302, 302, 429]
    assert "Zu viele Versuche" in responses[-1].text
