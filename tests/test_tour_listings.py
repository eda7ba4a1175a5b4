"""What a newcomer's tour found on listings, cards and pages: offers whose registration closed,
challenges closed early, competence names in the page's language, duplicate badges."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from offers import teams
from offers.choices import OfferType
from offers.models import OfferIndexPage, OfferPage, TeammateNote
from search.documents import LANGUAGES
from search.indexing import rebuild
from tests import factories
from tests.factories import (
    ChallengePageFactory,
    OfferPageFactory,
    competence,
    phases_for,
    translate,
)

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def _closed_and_open_offers():
    today = timezone.localdate()
    soon = timezone.now() + 3 * DAY
    OfferPageFactory(
        title="Anmeldeschluss vorbei",
        starts_at=soon,
        registration_deadline=today - DAY,
        capacity=8,
        registration_url="https://weserbyte.example/anmelden",
    )
    OfferPageFactory(
        title="Noch offen",
        starts_at=soon + 5 * DAY,
        registration_deadline=today + 2 * DAY,
        capacity=12,
        registration_url="https://weserbyte.example/anmelden",
    )
    OfferPageFactory(title="Ohne Frist", starts_at=soon + 9 * DAY)


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def listing_backend(request, settings):
    """The offer listing answered by the search service on either backend."""
    _closed_and_open_offers()
    if request.param == "elasticsearch":
        client = request.getfixturevalue("elasticsearch")
        for language in LANGUAGES:
            rebuild(client, language)
    else:
        settings.ELASTICSEARCH_URL = ""
    return request.param


def _titles(response) -> list[str]:
    return [offer.title for offer in response.context["offers"]]


def test_offers_still_open_for_registration_come_first(client, listing_backend):
    response = client.get("/de/angebote/")

    assert response.context["listing_answer"] is not None  # the search service answered
    assert _titles(response) == ["Noch offen", "Ohne Frist", "Anmeldeschluss vorbei"]
    # With words to search for, the same order.
    searched = client.get("/de/angebote/?q=Anmeldeschluss+Noch+Ohne&type=workshop")
    assert _titles(searched) == [t for t in _titles(response) if t in _titles(searched)]


def test_the_listing_orders_open_offers_first_without_the_search_service_too():
    _closed_and_open_offers()

    items = OfferIndexPage.objects.get(locale__language_code="de").items()
    assert [offer.title for offer in items] == ["Noch offen", "Ohne Frist", "Anmeldeschluss vorbei"]


def test_a_closed_offer_says_so_on_its_card_and_page(client, settings):
    settings.ELASTICSEARCH_URL = ""
    _closed_and_open_offers()
    listing = BeautifulSoup(client.get("/de/angebote/").text, "html.parser")
    cards = {card.h3.get_text(strip=True): card for card in listing.select(".card--offer")}

    closed = cards["Anmeldeschluss vorbei"]
    assert "Anmeldung geschlossen" in closed.select_one(".card__badges").get_text()
    assert "Anmeldeschluss" in closed.select_one(".meta__item--deadline").get_text()
    assert closed.select_one(".meta__item--date")  # the date stays beside the deadline
    assert "Anmeldung geschlossen" not in cards["Noch offen"].get_text()
    assert cards["Noch offen"].select_one(".meta__item--deadline")

    offer = OfferPage.objects.get(title="Anmeldeschluss vorbei")
    page = BeautifulSoup(client.get(offer.url).text, "html.parser")
    facts = page.select_one(".facts")
    assert "Anmeldung geschlossen" in facts.get_text()
    assert not facts.find("a", string="Anmelden")
    assert "Freie Plätze" not in facts.get_text()
    still_open = OfferPage.objects.get(title="Noch offen")
    open_facts = BeautifulSoup(client.get(still_open.url).text, "html.parser").select_one(".facts")
    assert open_facts.find("a", string="Anmelden") and "Freie Plätze" in open_facts.get_text()


def test_an_english_closed_offer_says_registration_closed(client, settings):
    settings.ELASTICSEARCH_URL = ""
    offer = OfferPageFactory(
        title="Vorbei", starts_at=timezone.now() - DAY, ends_at=timezone.now() + 2 * DAY
    )
    english = translate(offer)

    assert "Registration closed" in client.get(english.url).text


def test_a_job_ad_past_its_deadline_says_applications_closed(client):
    job = OfferPageFactory(
        title="Werkstudierendenstelle",
        offer_type=OfferType.WORKING_STUDENT,
        registration_deadline=timezone.localdate() - DAY,
    )
    page = BeautifulSoup(client.get(job.url).text, "html.parser")

    assert "Bewerbung geschlossen" in page.select_one(".facts").get_text()
    assert not page.find("a", string="Jetzt bewerben")


def test_a_thesis_shows_its_kind_once(client):
    thesis = OfferPageFactory(title="Masterarbeit", offer_type=OfferType.THESIS)
    badges = BeautifulSoup(client.get(thesis.url).text, "html.parser").select(
        ".detail__badges .badge"
    )

    labels = [badge.get_text(strip=True) for badge in badges]
    assert len(labels) == len(set(labels)), labels


def test_closing_applications_early_changes_the_badge_on_cards_and_page(client):
    challenge = ChallengePageFactory(title="Früh geschlossen", reward="500 € je Team")
    open_one = ChallengePageFactory(title="Offen")
    english = translate(challenge)
    teams.close_early(challenge, None)

    listing = BeautifulSoup(client.get("/de/challenges/").text, "html.parser")
    cards = {card.h3.get_text(strip=True): card for card in listing.select(".card--challenge")}
    closed_badges = cards["Früh geschlossen"].select_one(".card__badges").get_text()
    assert "Bewerbung offen" not in closed_badges and "Bewerbung geschlossen" in closed_badges
    assert "Bewerbung offen" in cards["Offen"].select_one(".card__badges").get_text()
    # The open challenge's card names its deadline and both name the reward.
    assert cards["Offen"].select_one(".meta__item--deadline")
    assert not cards["Früh geschlossen"].select_one(".meta__item--deadline")
    assert "500 € je Team" in cards["Früh geschlossen"].select_one(".meta__item--reward").text

    page = client.get(challenge.url).text
    assert "Bewerbung offen" not in page and "Bewerbung geschlossen" in page
    assert "Applications closed" in client.get(english.url).text
    assert open_one.url


def test_teammate_notes_name_competences_in_the_page_language(client):
    challenge = ChallengePageFactory()
    english = translate(challenge)
    note, _token = TeammateNote.new(
        "a-nonce",
        challenge=challenge,
        contact_name="Lena",
        email="lena@student.example",
        study_programme="Medieninformatik",
        looking_for="Zwei Leute fürs Backend",
        language="de",
        confirmed_at=timezone.now(),
    )
    note.save()
    note.competences.set([competence("B.1")])
    german_name, english_name = competence("B.1").name, competence("B.1", "en").name
    assert german_name != english_name

    english_page = BeautifulSoup(client.get(english.url).text, "html.parser")
    shown = english_page.select_one(".teammate-note").get_text()
    assert english_name in shown and german_name not in shown
    names = english_page.select_one(".teammate-note dd span[lang='en']")
    assert names is not None and english_name in names.text
    assert german_name in client.get(challenge.url).text


def test_a_finished_challenge_links_the_articles_about_it(client):
    challenge = ChallengePageFactory(phases=phases_for("finished"))
    article = factories.ArticlePageFactory(title="Das Siegerteam")
    article.related_pages.create(page=challenge)
    article.save_revision().publish()

    page = BeautifulSoup(client.get(challenge.url).text, "html.parser")
    link = page.find("a", string="Das Siegerteam")
    assert link is not None and link["href"] == article.url
