"""The page editor's German as staff read it: a heading names one thing where one is meant,
every page type heads its picture alike, and a job ad has a "Bewerbungsschluss" wherever its
deadline shows. Driven through the real admin as Redaktion and Moderation."""

import csv
import datetime
import io
import re

import pytest

from django.core import mail
from django.utils import timezone

from offers.models import OfferPage
from tests.admin_forms import edit_form_data
from tests.factories import (
    ArticlePageFactory,
    ChallengePageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
)
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db

DEADLINE = timezone.localdate() + datetime.timedelta(days=10)


def editor(client, page) -> str:
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


def test_lists_of_items_add_and_number_one_item_in_the_singular(client):
    """ "Autor:in 1" and "Autor:in hinzufügen", not "Autor:innen 1" under "Autor:innen"."""
    client.force_login(user_in("Redaktion"))

    article = editor(client, ArticlePageFactory())
    challenge = editor(client, ChallengePageFactory())

    assert "Autor:in hinzufügen" in article and "Verwandte Seite hinzufügen" in article
    assert "Phase hinzufügen" in challenge and "Ergebnis hinzufügen" in challenge
    for plural in ("Autor:innen hinzufügen", "Phasen hinzufügen", "Ergebnisse der Teams hinz"):
        assert plural not in article + challenge


def test_offers_and_challenges_head_their_picture_like_every_page_type(client):
    client.force_login(user_in("Redaktion"))
    where = "Erscheint oben auf der Seite, auf Karten und in der Vorschau geteilter Links."

    for page in (OfferPageFactory(), ChallengePageFactory()):
        html = editor(client, page)
        assert "Titelbild" in html and where in html
    partner = editor(client, PartnerPageFactory())
    assert "Erscheint auf der Seite des Partners, auf seiner Karte" in partner


def deadline_label(html: str) -> str:
    label = re.search(r'<label[^>]*for="id_registration_deadline"[^>]*>(.*?)</label>', html, re.S)
    return re.sub(r"<[^>]+>", "", label.group(1)).strip()


def test_a_job_ads_editor_asks_for_the_application_deadline(client):
    client.force_login(user_in("Redaktion"))

    job = editor(client, OfferPageFactory(offer_type="internship", registration_deadline=DEADLINE))
    workshop = editor(client, OfferPageFactory(registration_deadline=DEADLINE))
    new = client.get(f"/admin/pages/add/offers/offerpage/{OfferIndexPageFactory().pk}/")

    assert deadline_label(job) == "Bewerbungsschluss"
    assert deadline_label(workshop) == "Anmeldeschluss"
    assert deadline_label(new.content.decode()) == "Anmelde- oder Bewerbungsschluss"


def test_a_job_ads_public_page_and_card_say_bewerbungsschluss(client):
    job = OfferPageFactory(
        title="Praktikum Backend", offer_type="internship", registration_deadline=DEADLINE
    )

    page = client.get(job.url).content.decode()
    listing = client.get(job.get_parent().url).content.decode()

    assert "Bewerbungsschluss" in page and "Anmeldeschluss" not in page
    card = listing[listing.index("Praktikum Backend") :]
    assert "Bewerbung bis" in card[:2000] and "Anmeldeschluss" not in card[:2000]


def test_the_offer_explorer_and_its_export_name_both_deadlines(client):
    """Events and job ads share the column: its heading names both kinds of deadline."""
    job = OfferPageFactory(offer_type="internship", registration_deadline=DEADLINE)
    client.force_login(user_in("Moderation"))
    explore = f"/admin/pages/{job.get_parent().pk}/"

    html = client.get(explore).content.decode()
    response = client.get(explore, {"export": "csv"})
    head = next(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert "Anmelde- oder Bewerbungsschluss" in html
    assert "Anmelde- oder Bewerbungsschluss" in head and "Anmeldeschluss" not in head


def test_the_api_description_explains_the_deadline_of_a_job_ad(client):
    schema = client.get("/api/v2/openapi.json").json()

    text = str(schema)
    assert "to apply for a job ad" in text


def test_wagtails_own_words_read_as_staff_speak(client):
    """Where Wagtail's German says "Locale", "In Redaktionelle Prüfung einreichen" or "abgelehnt"
    for requested changes, the portal's catalogue (home/admin_locale) says it right."""
    offer = OfferPageFactory(title="Workshop Git")
    client.force_login(user_in("Redaktion"))
    page = client.get(f"/admin/pages/{offer.pk}/edit/").text
    assert "Zur Freigabe einreichen (Redaktionelle Prüfung)" in page
    assert "In Redaktionelle Prüfung einreichen" not in page
    explorer = client.get(f"/admin/pages/{offer.get_parent().pk}/").text
    assert "Locale" not in re.sub(r"<[^>]+>", " ", explorer)

    data = {**edit_form_data(client, offer), "action-submit": ["Submit"]}
    client.post(f"/admin/pages/{offer.pk}/edit/", data)
    client.force_login(user_in("Moderation"))
    task_state = OfferPage.objects.get(pk=offer.pk).current_workflow_task_state
    mail.outbox.clear()
    client.post(
        f"/admin/pages/workflow/action/{offer.pk}/reject/{task_state.pk}/",
        {"comment": "Bitte den Raum nennen."},
    )
    (to_editor,) = [m for m in mail.outbox if "redaktion" in m.to[0]]
    assert "Änderungen angefordert" in to_editor.subject and "abgelehnt" not in to_editor.subject
    assert "„Bitte den Raum nennen.“" in to_editor.body
