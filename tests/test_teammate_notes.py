"""'Looking for teammates' notes: shown only after their author's opt-in, contacted through the
portal's relay without any address on the page, gone when the application phase ends."""

import datetime
import re

import pytest

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from offers.models import ChallengePage, TeammateMessage, TeammateNote
from tests.factories import ChallengePageFactory, competence, phases_for, translate
from tests.public_forms import message_form_data, note_form_data

pytestmark = pytest.mark.django_db

AUTHOR = "lena@student.example"
SENDER = "tarek@student.example"


@pytest.fixture
def challenge() -> ChallengePage:
    return ChallengePageFactory(title="Smarte Lagerlogistik")


def note_url(challenge) -> str:
    return f"/de/challenges/{challenge.pk}/mitstreiter/"


def confirmation_link(message) -> str:
    return re.search(r"https?://\S+/mitstreiter-gesuch/\w+/", message.body).group(0)


def post_note(client, challenge, **overrides) -> str:
    """Send a note; the link from its confirmation mail."""
    data = note_form_data(competences=[str(competence("B.1").pk)], **overrides)
    response = client.post(note_url(challenge), data)
    assert response.status_code == 200 and "Bitte bestätigen Sie Ihr Gesuch" in response.text
    link = confirmation_link(mail.outbox[-1])
    # The opt-in link travels only by mail: the form's answer neither shows nor leads to it.
    assert link.split("/")[-2] not in response.text and not response.has_header("Location")
    return link


def test_a_note_shows_only_after_its_author_confirms_it(client, challenge):
    link = post_note(client, challenge)
    note = TeammateNote.objects.get()
    assert note.confirmed_at is None and note.language == "de"
    assert mail.outbox[-1].to == [AUTHOR]
    assert "Medieninformatik" not in client.get(challenge.url).text

    # Opening the link (as a mail scanner would) publishes nothing; the button does.
    status_page = client.get(link).text
    assert "Mein Gesuch veröffentlichen" in status_page
    assert "Medieninformatik" not in client.get(challenge.url).text
    client.post(link, {"action": "confirm"})

    page = client.get(challenge.url).text
    assert "Lena" in page and "Medieninformatik" in page and "UX, Frontend" in page
    assert competence("B.1").name in page
    assert AUTHOR not in page


def test_sending_the_form_again_does_not_reveal_the_link_either(client, challenge):
    data = note_form_data()
    client.post(note_url(challenge), data)
    again = client.post(note_url(challenge), data)  # a reload or a double click
    assert TeammateNote.objects.count() == 1 and again.status_code == 200
    link = confirmation_link(mail.outbox[-1])
    assert link.split("/")[-2] not in again.text
    assert TeammateNote.objects.get().confirmed_at is None


def test_others_write_through_the_relay_and_never_see_the_address(client, challenge):
    client.post(post_note(client, challenge), {"action": "confirm"})
    note = TeammateNote.objects.get()
    write_url = f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/"
    assert write_url in client.get(challenge.url).text
    form = client.get(write_url).text
    assert "Lena schreiben" in form and AUTHOR not in form

    response = client.post(write_url, message_form_data())

    assert response.status_code == 200
    assert "Wir haben Ihre Nachricht an Lena weitergeleitet." in response.text
    assert AUTHOR not in response.text
    message = TeammateMessage.objects.get()
    assert message.forwarded_at is not None
    relayed = mail.outbox[-1]
    assert relayed.to == [AUTHOR]
    assert "ich mache gern das Backend" in relayed.body and "Tarek" in relayed.body
    assert relayed.reply_to == []  # the sender did not agree
    assert SENDER not in relayed.body


def test_a_reply_to_is_set_only_when_the_sender_agrees(client, challenge):
    client.post(post_note(client, challenge), {"action": "confirm"})
    note = TeammateNote.objects.get()
    client.post(
        f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/",
        message_form_data(allow_reply="on"),
    )
    assert mail.outbox[-1].reply_to == [SENDER]


def test_the_author_is_written_to_in_the_notes_language(client, challenge):
    english = translate(challenge)
    response = client.post(f"/en/challenges/{english.pk}/teammates/", note_form_data())
    assert "Please confirm your note" in response.text
    assert "Please confirm your note" in mail.outbox[-1].subject
    note = TeammateNote.objects.get()
    note.confirm()
    # A German visitor sees the English note on the German page too, and writes to it.
    assert "Medieninformatik" in client.get(challenge.url).text
    client.post(f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/", message_form_data())
    assert "A message about your note" in mail.outbox[-1].subject


def test_the_author_removes_the_note_and_its_details_go(client, challenge):
    link = post_note(client, challenge)
    client.post(link, {"action": "confirm"})
    question = client.post(link, {"action": "remove"})  # asks first; nothing is removed yet
    assert "Gesuch endgültig entfernen?" in question.text
    assert TeammateNote.objects.get().removed_at is None
    assert "Medieninformatik" in client.get(challenge.url).text
    client.post(link, {"action": "remove", "confirmed": "yes"})
    note = TeammateNote.objects.get()
    assert note.removed_at and note.purged_at
    assert note.email == "" and note.contact_name == "" and note.looking_for == ""
    assert "Medieninformatik" not in client.get(challenge.url).text
    assert "Sie haben dieses Gesuch entfernt" in client.get(link).text
    assert client.get(f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/").status_code == 404


def test_notes_disappear_when_the_application_phase_ends(client, challenge):
    client.post(post_note(client, challenge), {"action": "confirm"})
    note = TeammateNote.objects.get()
    assert "Medieninformatik" in client.get(challenge.url).text

    challenge.phases.set(phases_for("running"))
    challenge.save_revision().publish()

    page = client.get(challenge.url).text
    assert "Medieninformatik" not in page and "Mitstreiter:in gesucht" not in page
    write = client.post(
        f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/", message_form_data()
    )
    assert "Die Bewerbungsfrist für diese Challenge ist vorbei." in write.text
    assert not TeammateMessage.objects.exists()
    assert not TeammateNote.objects.live().exists()
    assert "Die Bewerbungsfrist" in client.get(note_url(challenge)).text


def test_a_note_on_another_challenge_cannot_be_written_to_through_this_one(client, challenge):
    other = ChallengePageFactory()
    client.post(post_note(client, other), {"action": "confirm"})
    note = TeammateNote.objects.get()
    url = f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/"
    assert client.get(url).status_code == 404
    assert client.post(url, message_form_data()).status_code == 404
    assert not TeammateMessage.objects.exists()


def test_an_unconfirmed_note_cannot_be_written_to(client, challenge):
    post_note(client, challenge)
    note = TeammateNote.objects.get()
    assert client.get(f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/").status_code == 404


def test_purge_deletes_notes_and_messages_after_the_challenge_ended(client, challenge, settings):
    settings.PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS = 30
    client.post(post_note(client, challenge), {"action": "confirm"})
    note = TeammateNote.objects.get()
    client.post(f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/", message_form_data())

    call_command("purge_submissions", verbosity=0)
    assert TeammateNote.objects.get().email == AUTHOR  # the challenge has not ended

    ended = timezone.localdate() - datetime.timedelta(days=31)
    ChallengePage.objects.filter(pk=challenge.pk).update(ends_on=ended)
    call_command("purge_submissions", verbosity=0)

    note.refresh_from_db()
    message = TeammateMessage.objects.get()
    assert note.email == "" and note.contact_name == "" and note.purged_at
    assert message.email == "" and message.message == "" and message.purged_at


def test_a_cached_challenge_page_shows_a_note_once_confirmed_and_drops_it_once_removed(
    client, challenge, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    visitor = Client()
    visitor.get(challenge.url)
    link = post_note(client, challenge)
    assert visitor.get(challenge.url)["X-Page-Cache"] == "hit"  # an unconfirmed note: no change

    client.post(link, {"action": "confirm"})
    assert "Medieninformatik" in visitor.get(challenge.url).text
    client.post(link, {"action": "remove", "confirmed": "yes"})
    assert "Medieninformatik" not in visitor.get(challenge.url).text
