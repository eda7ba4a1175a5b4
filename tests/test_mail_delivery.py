"""Mail never holds a form and is never lost: real SMTP servers that hang or refuse, the form
answers, the mail waits and is retried until the server takes it, exactly once. And mail is
plain text that links to the portal's public address."""

import datetime
import email
import email.policy
import re
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from aiosmtpd.controller import Controller

from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from offers import submissions
from offers.models import FollowUp, OfferSubmission, OutgoingMail
from tests.factories import ChallengePageFactory, OfferIndexPageFactory, PartnerIndexPageFactory
from tests.public_forms import offer_form_data, team_form_data, user_in
from tests.servers import free_port
from tests.test_search_retry import _work, worker_backend  # noqa: F401 (a fixture)
from tests.test_submission_mail import Inbox

pytestmark = pytest.mark.django_db

FORM = "/de/angebot-einreichen/"
SUBJECT = "Wir haben Ihr Angebot „Workshop Barrierefreie Formulare“ erhalten"


class Refusing(Inbox):
    """A server that refuses every recipient with `refusal` until it is set to None."""

    def __init__(self, refusal: str | None):
        super().__init__()
        self.refusal = refusal

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refusal:
            return self.refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"


@contextmanager
def smtp_server(handler) -> Iterator[int]:
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port
    finally:
        controller.stop()


@contextmanager
def silent_server() -> Iterator[int]:
    """Takes connections and never says a word (no greeting, no reply)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


@pytest.fixture
def smtp(settings):
    """Point Django at a real SMTP server on the port given."""
    # As in production: Django's test runner puts its locmem backend in EMAIL_BACKEND.
    settings.EMAIL_BACKEND = "offers.mail.OutboxBackend"
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 1
    settings.MAIL_RETRY_FIRST_SECONDS = 0  # a failed mail is due again at once

    def use(port: int) -> None:
        settings.EMAIL_PORT = port

    return use


@pytest.fixture
def offers_index():
    PartnerIndexPageFactory()
    return OfferIndexPageFactory()


def received(inbox: Inbox) -> list[email.message.EmailMessage]:
    return [
        email.message_from_bytes(raw.as_bytes(), policy=email.policy.default)
        for raw in inbox.messages
    ]


def test_a_silent_mail_server_holds_no_form_and_the_mail_arrives_when_it_answers(
    client, smtp, offers_index
):
    with silent_server() as port:
        smtp(port)
        response = client.post(FORM, offer_form_data())

    # The visitor has their status page and the draft is in review; only the mail waits.
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    submission = OfferSubmission.objects.get()
    assert submission.followup_state == FollowUp.DONE and submission.page is not None
    waiting = OutgoingMail.objects.get()
    assert waiting.subject == SUBJECT and waiting.attempts == 1
    assert "timed out" in waiting.last_error

    # Staff see the mail that has not gone out (and not its text, which holds the status link).
    client.force_login(user_in("Moderation"))
    undelivered = client.get("/admin/outgoing_mail/").text
    assert SUBJECT in undelivered and "timed out" in undelivered
    assert "/status/" not in undelivered

    inbox = Inbox()
    with smtp_server(inbox) as port:
        smtp(port)
        call_command("retry_followups", verbosity=0)
        call_command("retry_followups", verbosity=0)

    (confirmation,) = received(inbox)
    assert confirmation["To"] == "mara@leinecode.example"
    assert confirmation["Subject"].strip() == SUBJECT
    assert f"http://testserver{response['Location']}" in confirmation.get_content()
    assert not OutgoingMail.objects.exists()


@pytest.mark.parametrize(
    "refusal", ["451 4.3.0 Mailbox busy, try again later", "550 5.7.1 Relaying denied"]
)
def test_a_refusing_mail_server_loses_no_confirmation_and_no_review_request(
    client, smtp, offers_index, refusal
):
    moderator = user_in("Moderation")
    server = Refusing(refusal)
    with smtp_server(server) as port:
        smtp(port)
        response = client.post(FORM, offer_form_data())

        # The confirmation, and Wagtail's request to the moderator to review the draft.
        assert response.status_code == 302
        assert OutgoingMail.objects.count() == 2
        waiting = OutgoingMail.objects.get(to=["mara@leinecode.example"])
        assert refusal.split()[0] in waiting.last_error and waiting.retry_at is not None
        # Still refusing: the oldest mail is tried again, and the round stops there.
        call_command("retry_followups", verbosity=0)
        assert sorted(OutgoingMail.objects.values_list("attempts", flat=True)) == [1, 2]

        server.refusal = None
        call_command("retry_followups", verbosity=0)
        call_command("retry_followups", verbosity=0)

    confirmation, review_request = sorted(received(server), key=lambda m: m["To"] != waiting.to[0])
    assert confirmation["Subject"].strip() == SUBJECT
    assert review_request["To"] == moderator.email
    assert "Workshop Barrierefreie Formulare" in review_request["Subject"]
    assert review_request["Auto-Submitted"] == "auto-generated"
    assert not OutgoingMail.objects.exists()


def test_a_mail_refused_for_a_day_is_given_up_and_stays_visible(client, smtp, offers_index):
    server = Refusing("550 5.1.1 No such user")
    with smtp_server(server) as port:
        smtp(port)
        client.post(FORM, offer_form_data())
        OutgoingMail.objects.update(created_at=timezone.now() - datetime.timedelta(hours=25))
        call_command("retry_followups", verbosity=0)
        call_command("retry_followups", verbosity=0)  # given up: not tried again

    given_up = OutgoingMail.objects.get()
    assert given_up.given_up_at is not None and given_up.attempts == 2
    assert not server.messages
    client.force_login(User.objects.create_superuser("admin", "admin@proxlab.example", "pw"))
    assert SUBJECT in client.get("/admin/outgoing_mail/").text

    # Once personal data of decided submissions is deleted, so is mail given up as long ago.
    call_command("purge_submissions", verbosity=0)
    assert OutgoingMail.objects.exists()
    OutgoingMail.objects.update(given_up_at=timezone.now() - datetime.timedelta(days=91))
    call_command("purge_submissions", verbosity=0)
    assert not OutgoingMail.objects.exists()


@pytest.mark.usefixtures("worker_backend")
def test_with_the_task_worker_the_form_never_waits_on_mail_and_the_worker_retries(
    client, smtp, settings, offers_index
):
    settings.MAIL_RETRY_FIRST_SECONDS = 1
    with silent_server() as port:
        smtp(port)
        response = client.post(FORM, offer_form_data())
        assert response.status_code == 302
        assert OutgoingMail.objects.get().attempts == 0  # written, not tried: the worker will
        _work()  # drafts the offer and tries the mail: the server is silent

    submission = OfferSubmission.objects.get()
    assert submission.followup_state == FollowUp.DONE and submission.page is not None
    waiting = OutgoingMail.objects.get()
    assert waiting.attempts == 1 and waiting.retry_at > timezone.now()

    inbox = Inbox()
    with smtp_server(inbox) as port:
        smtp(port)
        time.sleep(max(0.0, (waiting.retry_at - timezone.now()).total_seconds()) + 0.2)
        _work()  # the retry the failure queued for later
        _work()

    (confirmation,) = received(inbox)
    assert confirmation["Subject"].strip() == SUBJECT
    assert not OutgoingMail.objects.exists()


def test_subjects_and_texts_are_plain_text_not_html(client, offers_index):
    moderator = user_in("Moderation")
    client.post(FORM, offer_form_data(title="Phish & Chips für Master's"))
    challenge = ChallengePageFactory(title="Daten & Dienste")
    client.post(
        f"/de/challenges/{challenge.pk}/bewerben/", team_form_data(team_name="Master's & Co")
    )

    (confirmation,) = [
        message for message in mail.outbox if message.to == ["mara@leinecode.example"]
    ]
    (team,) = [message for message in mail.outbox if message.to == ["jonas@student.example"]]
    assert confirmation.subject == "Wir haben Ihr Angebot „Phish & Chips für Master's“ erhalten"
    assert "„Phish & Chips für Master's“" in confirmation.body
    # The moderator's mails: Wagtail's review request, and ours of the team's application.
    (staff,) = [
        message
        for message in mail.outbox
        if message.to == [moderator.email] and "Master's & Co" in message.subject
    ]
    assert "„Daten & Dienste“" in staff.subject
    assert "„Daten & Dienste“" in team.subject
    for message in (confirmation, staff, team):
        assert not re.search(r"&(amp|#x27|#39|quot|lt|gt);", message.subject + message.body)


def test_links_in_mails_name_the_public_address_not_the_host_a_request_came_through(
    client, settings, offers_index
):
    settings.SITE_URL = "https://proxlab.example.org"
    client.post(FORM, offer_form_data(), HTTP_HOST="localhost:8000")
    submission = OfferSubmission.objects.get()
    submissions.approve(submission, user_in("Moderation"))

    confirmation, published = mail.outbox[0], mail.outbox[-1]
    assert re.search(
        r"https://proxlab\.example\.org/de/angebot-einreichen/status/\w+/", confirmation.body
    )
    assert f"https://proxlab.example.org/de/angebote/{submission.page.slug}/" in published.body
    for message in (confirmation, published):
        assert "localhost" not in message.body and ":8000" not in message.body
