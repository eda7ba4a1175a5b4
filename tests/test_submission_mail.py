"""The confirmation mail travels through a real SMTP server started in the test."""

import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from tests.factories import OfferIndexPageFactory, PartnerIndexPageFactory
from tests.public_forms import offer_form_data

pytestmark = pytest.mark.django_db


class Inbox(Message):
    def __init__(self):
        super().__init__(email.message.EmailMessage)
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    with socket.socket() as probe:  # a free port for the server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


def test_the_confirmation_arrives_over_smtp_in_the_submitters_language(client, smtp_server):
    PartnerIndexPageFactory()
    OfferIndexPageFactory()

    response = client.post("/de/angebot-einreichen/", offer_form_data())

    (raw,) = smtp_server.messages
    message = email.message_from_bytes(raw.as_bytes(), policy=email.policy.default)
    assert message["To"] == "mara@leinecode.example"
    assert (
        message["Subject"].strip()
        == "Wir haben Ihr Angebot „Workshop Barrierefreie Formulare“ erhalten"
    )
    body = message.get_content()
    assert "Guten Tag Mara Lindner," in body
    assert f"http://testserver{response['Location']}" in body
