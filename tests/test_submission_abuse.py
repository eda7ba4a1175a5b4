"""Bad input and abuse at the public offer form: each case is refused and nothing is stored."""

import datetime
import io
import time

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from offers.forms.public import form_stamp
from offers.models import OfferSubmission, SubmissionStatus
from tests.factories import OfferIndexPageFactory, PartnerIndexPageFactory
from tests.public_forms import offer_form_data

pytestmark = pytest.mark.django_db

FORM = "/de/angebot-einreichen/"


@pytest.fixture(autouse=True)
def sections():
    cache.clear()
    PartnerIndexPageFactory()
    OfferIndexPageFactory()


def png(width=40, height=30) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_post_without_csrf_token_is_refused():
    client = Client(enforce_csrf_checks=True)
    assert client.post(FORM, offer_form_data()).status_code == 403
    assert not OfferSubmission.objects.exists()


def test_the_form_carries_a_csrf_token_and_a_hidden_honeypot(client):
    html = client.get(FORM).text
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'class="form-honeypot" aria-hidden="true"' in html and 'name="website"' in html


def test_a_filled_honeypot_stores_nothing(client):
    response = client.post(FORM, offer_form_data(website="https://spam.example"))
    assert response.status_code == 200
    assert "Ihr Angebot konnte nicht gesendet werden." in response.text
    assert not OfferSubmission.objects.exists()


def test_a_form_sent_faster_than_a_person_types_stores_nothing(client):
    response = client.post(FORM, offer_form_data(stamp=form_stamp(started=time.time() - 1)))
    assert "Das ging sehr schnell." in response.text
    assert not OfferSubmission.objects.exists()


def test_a_forged_stamp_stores_nothing(client):
    response = client.post(FORM, offer_form_data(stamp="forged"))
    assert "abgelaufen" in response.text
    assert not OfferSubmission.objects.exists()


def test_a_double_submit_is_stored_once(client):
    data = offer_form_data()
    first = client.post(FORM, data)
    second = client.post(FORM, data)
    assert OfferSubmission.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_the_sixth_submission_in_an_hour_gets_a_friendly_429(client, settings):
    settings.PUBLIC_FORMS_RATE_LIMIT = 5
    codes = [client.post(FORM, offer_form_data(title=f"Angebot {n}")).status_code for n in range(6)]
    assert codes == [302] * 5 + [429]
    refused = client.post(FORM, offer_form_data(title="Noch eins"))
    assert refused.status_code == 429
    assert "Zu viele Versuche" in refused.text
    assert OfferSubmission.objects.count() == 5


def test_html_is_refused_in_every_text_field(client):
    response = client.post(
        FORM,
        offer_form_data(
            teaser='<a href="https://x.example">Hier</a>', description="<script>alert(1)</script>"
        ),
    )
    html = BeautifulSoup(response.text, "html.parser")
    for name in ("teaser", "description"):
        assert "ohne HTML-Tags" in html.select_one(f"#id_{name}_error").text
    assert not OfferSubmission.objects.exists()


def test_a_real_image_is_kept_and_becomes_the_offers_image(client):
    upload = SimpleUploadedFile("logo.bin", png(), content_type="application/octet-stream")
    client.post(FORM, {**offer_form_data(), "image": upload})
    submission = OfferSubmission.objects.get()
    assert submission.page.listing_image.width == 40


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.png", b"#!/bin/sh\necho not an image\n", "Diese Datei ist kein Bild."),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "Diese Datei ist kein Bild."),
        ("huge.png", png() + b"\0" * (5 * 1024 * 1024), "größer als 5 MB"),
        ("wide.png", png(6000, 5000), "zu viele Pixel"),
    ],
)
def test_uploads_are_judged_by_content_size_and_pixels(client, name, content, message):
    upload = SimpleUploadedFile(name, content, content_type="image/png")
    response = client.post(FORM, {**offer_form_data(), "image": upload})
    assert message in response.text
    assert not OfferSubmission.objects.exists()


def test_no_ip_address_is_stored(client):
    client.post(FORM, offer_form_data(), REMOTE_ADDR="203.0.113.77")
    record = OfferSubmission.objects.values().get()
    assert "203.0.113.77" not in repr(record)


def test_purge_deletes_personal_data_of_decided_submissions_after_the_period(client, settings):
    settings.PUBLIC_FORMS_PURGE_AFTER_DAYS = 30
    for n in range(3):
        client.post(FORM, offer_form_data(title=f"Angebot {n}"))
    old, recent, open_one = OfferSubmission.objects.order_by("pk")
    long_ago = timezone.now() - datetime.timedelta(days=31)
    old.decide(SubmissionStatus.DECLINED)
    OfferSubmission.objects.filter(pk=old.pk).update(decided_at=long_ago)
    recent.decide(SubmissionStatus.DECLINED)
    OfferSubmission.objects.filter(pk=open_one.pk).update(created_at=long_ago)

    call_command("purge_submissions", verbosity=0)

    old.refresh_from_db()
    assert old.email == "" and old.contact_name == "" and old.data == {} and old.purged_at
    assert old.status == SubmissionStatus.DECLINED  # the history stays
    for kept in (recent, open_one):
        kept.refresh_from_db()
        assert kept.email == "mara@leinecode.example" and kept.purged_at is None
