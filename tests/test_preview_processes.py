"""The headless preview works whichever gunicorn worker the frontend reaches: the draft is kept
in the shared cache (the database cache here), not in the memory of the process that made it."""

import os
import subprocess
import sys

import pytest
import requests

from tests.servers import ROOT, running_servers

MAKE_DRAFT = """
from home.preview import create_preview_token
from tests import factories
offer = factories.OfferPageFactory(title="Veröffentlicht")
offer.title = "Noch nicht veröffentlicht"
offer.save_revision()
print(create_preview_token(offer.get_latest_revision_as_object()))
"""


@pytest.fixture
def env(shared_sqlite):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{shared_sqlite}",
    }


def test_a_preview_made_in_one_process_is_shown_by_every_other(env):
    # The editor's request (here: a process of its own) stores the draft and signs the token.
    made = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", MAKE_DRAFT],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    token = made.stdout.strip().splitlines()[-1]

    with running_servers(env) as servers:
        answers = [
            requests.get(f"{server}/api/v2/pages/preview/", {"token": token}, timeout=30)
            for server in servers
        ]

    assert [answer.status_code for answer in answers] == [200, 200]
    assert {answer.json()["title"] for answer in answers} == {"Noch nicht veröffentlicht"}
