"""Abuse at a challenge's public forms: each case is refused and nothing is stored or mailed."""

import datetime
import time

import pytest

from django.core import mail
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from offers.forms.public import form_stamp
from offers.models import ChallengePage, TeamApplication, TeammateMessage, TeammateNote
from tests.factories import ChallengePageFactory
from tests.public_forms import message_form_data, note_form_data, team_form_data

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def fresh_limits():
    caches["shared"].clear()


@pytest.fixture
def challenge() -> ChallengePage:
    return ChallengePageFactory(team_size_min=2, team_size_max=3)


def apply_url(challenge) -> str:
    return f"/de/challenges/{challenge.pk}/bewerben/"


def confirmed_note(challenge) -> TeammateNote:
    note, _token = TeammateNote.new(
        "nonce",
        language="de",
        challenge=challenge,
        contact_name="Lena",
        email="l@x.example",
        study_programme="Informatik",
        looking_for="Backend",
    )
    note.save()
    note.confirm()
    return note


def test_a_filled_honeypot_stores_nothing_at_any_form(client, challenge):
    note = confirmed_note(challenge)
    sends = [
        (apply_url(challenge), team_form_data(website="https://spam.example")),
        (f"/de/challenges/{challenge.pk}/mitstreiter/", note_form_data(website="x")),
        (f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/", message_form_data(website="x")),
    ]
    for url, data in sends:
        response = client.post(url, data)
        assert response.status_code == 200
        assert "konnte nicht gesendet werden." in response.text
    assert not TeamApplication.objects.exists()
    assert TeammateNote.objects.count() == 1 and not TeammateMessage.objects.exists()
    assert mail.outbox == []


def test_a_form_sent_faster_than_a_person_types_stores_nothing(client, challenge):
    quick = team_form_data(stamp=form_stamp(started=time.time() - 1))
    assert "Das ging sehr schnell." in client.post(apply_url(challenge), quick).text
    assert not TeamApplication.objects.exists()


def test_the_sixth_application_in_an_hour_gets_a_friendly_429(client, challenge, settings):
    settings.PUBLIC_FORMS_RATE_LIMIT = 5
    codes = [
        client.post(apply_url(challenge), team_form_data(team_name=f"Team {n}")).status_code
        for n in range(6)
    ]
    assert codes == [302] * 5 + [429]
    assert "Zu viele Versuche" in client.post(apply_url(challenge), team_form_data()).text
    assert TeamApplication.objects.count() == 5


def test_notes_and_relayed_messages_are_rate_limited_too(client, challenge, settings):
    settings.PUBLIC_FORMS_RATE_LIMIT = 2
    note = confirmed_note(challenge)
    notes = f"/de/challenges/{challenge.pk}/mitstreiter/"
    write = f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/"
    assert [client.post(notes, note_form_data()).status_code for _ in range(3)] == [200, 200, 429]
    assert [client.post(write, message_form_data()).status_code for _ in range(3)] == [
        200,
        200,
        429,
    ]
    assert TeammateNote.objects.count() == 3 and TeammateMessage.objects.count() == 2


def test_a_team_larger_than_the_challenge_allows_is_refused(client, challenge):
    data = team_form_data(members=3, member_4_name="Vierte Person", member_4_programme="BWL")
    response = client.post(apply_url(challenge), data)
    assert response.status_code == 200
    assert "Ein Team für diese Challenge hat höchstens 3 Mitglieder." in response.text
    assert not TeamApplication.objects.exists()


def test_a_team_smaller_than_the_challenge_asks_for_is_refused(client, challenge):
    response = client.post(apply_url(challenge), team_form_data(members=1))
    assert 'id="id_member_2_name_error"' in response.text
    assert not TeamApplication.objects.exists()


def test_a_real_pdf_is_kept_under_a_name_of_our_own(client, challenge):
    upload = SimpleUploadedFile("Unser Konzept.pdf", PDF, content_type="application/pdf")
    client.post(apply_url(challenge), {**team_form_data(), "attachment": upload})
    application = TeamApplication.objects.get()
    assert application.attachment.name.endswith(".pdf")
    assert "Konzept" not in application.attachment.name
    assert application.attachment.read().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("konzept.pdf", b"#!/bin/sh\necho not a pdf\n", "Diese Datei ist kein PDF-Dokument."),
        ("konzept.pdf", b"<html><body>%PDF-</body></html>", "Diese Datei ist kein PDF-Dokument."),
        ("konzept.pdf", b"%PDF-1.4\n" + b"truncated", "Diese Datei ist kein PDF-Dokument."),
        ("huge.pdf", PDF + b"\0" * (5 * 1024 * 1024), "größer als 5 MB"),
    ],
)
def test_attachments_are_judged_by_content_and_size(client, challenge, name, content, message):
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    response = client.post(apply_url(challenge), {**team_form_data(), "attachment": upload})
    assert message in response.text
    assert 'value="Die Lagerlotsen"' in response.text  # what was typed stays
    assert not TeamApplication.objects.exists()


def test_html_is_refused_in_the_teams_text(client, challenge):
    response = client.post(
        apply_url(challenge), team_form_data(motivation="<script>alert(1)</script>")
    )
    assert "Bitte geben Sie reinen Text ohne HTML-Tags ein." in response.text
    assert not TeamApplication.objects.exists()


def test_a_double_submit_is_stored_once(client, challenge):
    data = team_form_data()
    first, second = client.post(apply_url(challenge), data), client.post(apply_url(challenge), data)
    assert TeamApplication.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_purge_deletes_applications_a_while_after_the_challenge_ended(client, challenge, settings):
    settings.PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS = 30
    upload = SimpleUploadedFile("konzept.pdf", PDF, content_type="application/pdf")
    client.post(apply_url(challenge), {**team_form_data(), "attachment": upload})
    kept_challenge = ChallengePageFactory()
    client.post(apply_url(kept_challenge), team_form_data(team_name="Bleibt"))
    stored = TeamApplication.objects.get(challenge=challenge).attachment
    storage, path = stored.storage, stored.name

    ChallengePage.objects.filter(pk=challenge.pk).update(
        ends_on=timezone.localdate() - datetime.timedelta(days=31)
    )
    call_command("purge_submissions", verbosity=0)

    purged = TeamApplication.objects.get(challenge=challenge)
    assert purged.purged_at and purged.email == "" and purged.members == []
    assert purged.team_name == "" and purged.motivation == "" and not purged.attachment
    assert not storage.exists(path)
    assert purged.status == "received"  # the history stays
    assert TeamApplication.objects.get(challenge=kept_challenge).email == "jonas@student.example"
