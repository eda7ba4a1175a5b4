"""The public forms and the key pages pass the Nu Html Checker with no error, in both languages
and with a form's error state: it catches what axe cannot (ARIA references to ids that do not
exist, invalid nesting). The checker is nu.validator:validator from Maven Central, fetched and
run by tools/vnu/vnu.sh (Java 17 and Maven, as in CI)."""

import json
import subprocess
from pathlib import Path

import pytest

from django.utils import timezone

from offers.choices import OfferType
from offers.models import TeammateNote
from tests import factories
from tests.public_forms import message_form_data, note_form_data, offer_form_data, team_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.validator]

VNU = Path(__file__).resolve().parent.parent / "tools" / "vnu" / "vnu.sh"


def _content() -> dict[str, tuple]:
    """The pages to check: public forms (blank and with errors) and the key pages."""
    factories.translate(factories.german_home(), {"ProXLab": "ProXLab"})
    partner = factories.PartnerPageFactory(title="Weserbyte GmbH")
    offer = factories.OfferPageFactory(title="Workshop Barrierefreiheit", partner=partner)
    job = factories.OfferPageFactory(
        title="Werkstudierendenstelle", offer_type=OfferType.WORKING_STUDENT, partner=partner
    )
    challenge = factories.ChallengePageFactory(title="Smarte Lagerlogistik", partner=partner)
    english = factories.translate(challenge)
    factories.translate(offer)
    note, _token = TeammateNote.new(
        "validator-note",
        challenge=challenge,
        contact_name="Lena",
        email="lena@student.example",
        study_programme="Medieninformatik",
        looking_for="Zwei Leute fürs Backend",
        language="de",
        confirmed_at=timezone.now(),
    )
    note.save()
    note.competences.set([factories.competence("B.1")])
    return {
        "home-de": ("get", "/de/", None),
        "offers-de": ("get", "/de/angebote/", None),
        "offer-de": ("get", offer.url, None),
        "job-de": ("get", job.url, None),
        "challenges-de": ("get", "/de/challenges/", None),
        "challenge-de": ("get", challenge.url, None),
        "challenge-en": ("get", english.url, None),
        "search-de": ("get", "/de/suche/?q=Workshop", None),
        "search-en": ("get", "/en/search/?q=Workshop", None),
        "submit-de": ("get", "/de/angebot-einreichen/", None),
        "submit-en": ("get", "/en/submit-offer/", None),
        "submit-errors-de": (
            "post",
            "/de/angebot-einreichen/",
            offer_form_data(email="", consent=""),
        ),
        "apply-de": ("get", f"/de/challenges/{challenge.pk}/bewerben/", None),
        "apply-errors-en": (
            "post",
            f"/en/challenges/{challenge.pk}/apply/",
            team_form_data(team_name=""),
        ),
        "note-de": ("get", f"/de/challenges/{challenge.pk}/mitstreiter/", None),
        "note-errors-de": (
            "post",
            f"/de/challenges/{challenge.pk}/mitstreiter/",
            note_form_data(looking_for=""),
        ),
        "relay-de": ("get", f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/", None),
        "relay-errors-en": (
            "post",
            f"/en/challenges/{challenge.pk}/teammates/{note.pk}/",
            message_form_data(message=""),
        ),
    }


def _check(files: list[Path]) -> list[dict]:
    """The checker's messages on these files (one JVM for all)."""
    run = subprocess.run(
        [str(VNU), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stderr or run.stdout)["messages"]


def test_public_forms_and_key_pages_pass_the_nu_html_checker(client, tmp_path):
    files = []
    for name, (method, url, data) in _content().items():
        response = client.post(url, data) if method == "post" else client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        if method == "post":
            assert b"error" in response.content, name  # the form's error state
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)

    messages = _check(files)
    errors = [m for m in messages if m["type"] == "error" or m.get("subType") == "fatal"]
    report = [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}" for m in errors]
    assert report == [], "\n".join(report)
