"""What a visitor meets in every public form (employer offer, team application, teammate note,
relay): hints and errors a screen reader announces, an error summary that leads to each field,
a consent error that says what to do; and what the employer form asks and refuses."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from offers.models import OfferPage, OfferSubmission, TeammateNote
from offers.models.public_record import FollowUp
from tests.factories import (
    ChallengePageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
    PartnerIndexPageFactory,
)
from tests.public_forms import (
    message_form_data,
    note_form_data,
    offer_form_data,
    team_form_data,
    user_in,
)

pytestmark = pytest.mark.django_db

OFFER_FORM = {"de": "/de/angebot-einreichen/", "en": "/en/submit-offer/"}
CONSENT_ERROR = {
    "de": "Bitte setzen Sie das Häkchen und bestätigen Sie, dass Sie die Datenschutzerklärung",
    "en": "Please tick the box to confirm that you have read the privacy notice and agree",
}


@pytest.fixture
def offers_index():
    PartnerIndexPageFactory()
    return OfferIndexPageFactory()


@pytest.fixture
def challenge():
    return ChallengePageFactory(title="Smarte Lagerlogistik", team_size_min=2, team_size_max=3)


@pytest.fixture
def note(challenge):
    note, _token = TeammateNote.new(
        "fields-note",
        language="de",
        challenge=challenge,
        contact_name="Lena",
        email="lena@student.example",
        study_programme="Medieninformatik",
        looking_for="Jemanden für das Backend.",
    )
    note.save()
    note.confirm()
    return note


def form_pages(challenge, note) -> dict[str, tuple[str, dict]]:
    """Each public form's address and a send that is wrong in several fields at once."""
    base = f"/de/challenges/{challenge.pk}"
    return {
        "offer": (OFFER_FORM["de"], offer_form_data(email="nope", title="", consent="")),
        "team": (f"{base}/bewerben/", team_form_data(members=1, team_name="", consent="")),
        "note": (f"{base}/mitstreiter/", note_form_data(email="nope", consent="")),
        "relay": (f"{base}/mitstreiter/{note.pk}/", message_form_data(message="", consent="")),
    }


def dangling_references(html: str) -> list[str]:
    """aria-describedby ids that name no element of the page."""
    soup = BeautifulSoup(html, "html.parser")
    ids = {tag["id"] for tag in soup.find_all(id=True)}
    return [
        f"{tag.get('name') or tag.get('id')} → {ref}"
        for tag in soup.find_all(attrs={"aria-describedby": True})
        for ref in tag["aria-describedby"].split()
        if ref not in ids
    ]


@pytest.mark.parametrize("form", ["offer", "team", "note", "relay"])
def test_every_hint_and_error_a_field_points_to_exists(client, offers_index, challenge, note, form):
    url, wrong = form_pages(challenge, note)[form]
    shown = client.get(url)
    assert shown.status_code == 200
    assert "aria-describedby" in shown.text  # the e-mail's or the topics' hint
    assert dangling_references(shown.text) == []

    refused = client.post(url, wrong)
    assert refused.status_code == 200
    soup = BeautifulSoup(refused.text, "html.parser")
    assert soup.select(".field-error")
    assert dangling_references(refused.text) == []
    # Each field with an error is described by its error.
    for error in soup.select(".field-error"):
        assert soup.find(attrs={"aria-describedby": re.compile(rf"\b{error['id']}\b")}), error


def test_a_listing_filter_with_a_bad_value_points_at_its_error(client, offers_index):
    response = client.get("/de/angebote/?place=atlantis&topic=nix")
    assert response.status_code == 200 and "has-error" in response.text
    assert dangling_references(response.text) == []


@pytest.mark.parametrize("form", ["offer", "team", "note", "relay"])
def test_the_summary_lists_each_error_and_links_it_to_its_field(
    client, offers_index, challenge, note, form
):
    url, wrong = form_pages(challenge, note)[form]
    soup = BeautifulSoup(client.post(url, wrong).text, "html.parser")
    summary = soup.select_one("#form-errors")
    links = summary.select("a[href^='#']")
    errors = soup.select(".field-error")
    assert len(links) == len(errors) >= 2
    for link in links:
        target = soup.find(id=link["href"][1:])
        assert target is not None and target.name in ("input", "select", "textarea", "fieldset")
    assert CONSENT_ERROR["de"] in summary.text
    assert "Dieses Feld ist zwingend erforderlich" not in soup.select_one("#id_consent_error").text


def test_the_summary_says_which_member_a_missing_name_belongs_to(client, challenge, note):
    url, wrong = form_pages(challenge, note)["team"]
    summary = BeautifulSoup(client.post(url, wrong).text, "html.parser").select_one("#form-errors")
    assert "Mitglied 2, Name: Dieses Feld muss ausgefüllt werden." in summary.text


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_consent_error_says_what_to_do_in_the_visitors_language(client, offers_index, language):
    response = client.post(OFFER_FORM[language], offer_form_data(consent=""))
    assert CONSENT_ERROR[language] in response.text
    assert not OfferSubmission.objects.exists()


def test_dates_in_the_past_are_refused_with_a_clear_message(client, offers_index):
    yesterday = timezone.localtime() - datetime.timedelta(days=1)
    response = client.post(
        OFFER_FORM["de"],
        offer_form_data(
            starts_at=yesterday.strftime("%Y-%m-%dT10:00"),
            ends_at=yesterday.strftime("%Y-%m-%dT12:00"),
            registration_deadline=yesterday.strftime("%Y-%m-%d"),
        ),
    )
    soup = BeautifulSoup(response.text, "html.parser")
    assert "Dieses Datum liegt in der Vergangenheit" in soup.select_one("#id_starts_at_error").text
    assert (
        "Die Frist liegt in der Vergangenheit"
        in soup.select_one("#id_registration_deadline_error").text
    )
    assert not OfferSubmission.objects.exists()
    # What was typed stays.
    assert soup.select_one("#id_title")["value"] == "Workshop Barrierefreie Formulare"


def test_the_employer_gives_price_working_language_and_further_dates(client, offers_index):
    client.post(
        OFFER_FORM["de"],
        offer_form_data(
            cost="fee",
            price="49.50",
            language="en",
            date_2_starts_at="2031-05-21T14:00",
            date_2_ends_at="2031-05-21T17:00",
            date_3_starts_at="2031-05-28T14:00",
        ),
    )
    offer = OfferSubmission.objects.get().page.specific
    assert (offer.is_free, offer.price, offer.language) == (False, 49.5, "en")
    days = [(s.starts_at.day, s.ends_at.day if s.ends_at else None) for s in offer.sessions.all()]
    assert days == [(14, 14), (21, 21), (28, None)]
    assert offer.session_count == 3 and offer.ends_at.day == 28


def test_an_event_without_cost_or_with_a_fee_but_no_price_is_sent_back(client, offers_index):
    no_cost = client.post(OFFER_FORM["de"], offer_form_data(cost=""))
    assert "kostenlos oder kostenpflichtig" in no_cost.text
    assert 'id="id_price_error"' not in no_cost.text  # one error for one mistake
    no_price = client.post(OFFER_FORM["de"], offer_form_data(cost="fee", price=""))
    assert 'id="id_price_error"' in no_price.text
    assert not OfferSubmission.objects.exists()


def test_a_further_date_with_an_end_but_no_start_is_sent_back(client, offers_index):
    response = client.post(OFFER_FORM["de"], offer_form_data(date_2_ends_at="2031-05-21T17:00"))
    assert 'id="id_date_2_starts_at_error"' in response.text
    assert not OfferSubmission.objects.exists()


def test_an_offer_nobody_priced_shows_no_price_and_is_not_called_free(client, offers_index):
    offer = OfferPageFactory(title="Ohne Preis")
    # As an import or an old draft leaves it: neither free nor priced (no editor saves that).
    OfferPage.objects.filter(pk=offer.pk).update(is_free=False, price=None)
    page = client.get(offer.url).text
    listing = client.get("/de/angebote/").text
    assert "Ohne Preis" in listing
    assert "Kostenlos" not in page and " €" not in page
    assert '"price"' not in page  # nor does its structured data claim a price of 0
    assert "Kostenlos" not in listing
    free = OfferPageFactory(title="Gratis", is_free=True)
    assert "Kostenlos" in client.get(free.url).text


def test_a_draft_from_before_the_form_asked_the_price_is_neither_free_nor_published(
    client, offers_index
):
    """A record stored before the form asked: the price is unknown, not "free of charge", and
    approving says what the draft lacks instead of failing."""
    client.post(OFFER_FORM["de"], offer_form_data())
    submission = OfferSubmission.objects.get()
    for key in ("is_free", "price", "language", "sessions"):
        submission.data.pop(key)
    submission.page.delete()
    submission.page = None
    submission.followup_state = FollowUp.PENDING  # its draft is made again by "retry"
    submission.save()
    moderator = user_in("Moderation")
    client.force_login(moderator)
    review = f"/admin/offer_submissions/inspect/{submission.pk}/"
    client.post(review, {"action": "retry"})
    offer = OfferSubmission.objects.get().page.specific
    assert not offer.is_free and offer.price is None

    answer = client.post(review, {"action": "approve"}, follow=True)

    assert answer.status_code == 200
    assert "kann noch nicht veröffentlicht werden" in answer.text
    assert "Geben Sie einen Preis an" in answer.text
    assert not OfferPage.objects.get(pk=offer.pk).live
    assert OfferSubmission.objects.get().is_open
