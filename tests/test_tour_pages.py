"""What a newcomer's tour found on every page: the header's entries for jobs and employers, the
"reduced mode" notice only during an outage, search forms with a real action, headings in order,
hyphenation in the page's language."""

import itertools
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from offers.choices import JOB_OFFER_TYPES
from offers.models import TeammateNote
from search.elastic import reset_breaker
from tests import factories
from tests.servers import free_port

pytestmark = pytest.mark.django_db

CSS = Path(__file__).resolve().parent.parent / "static_src" / "css" / "site.css"


def _soup(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    "home, jobs, submit",
    [("/de/", "Jobs", "Angebot einreichen"), ("/en/", "Jobs", "Submit an offer")],
)
def test_the_header_leads_to_jobs_and_to_the_employers_form(client, home, jobs, submit):
    factories.translate(factories.german_home(), {"ProXLab": "ProXLab"})
    index = factories.OfferIndexPageFactory()
    factories.translate(index)
    factories.OfferPageFactory(title="Praktikum", offer_type="internship")

    header = _soup(client, home).select_one(".site-header .main-nav")
    links = {a.get_text(strip=True): a["href"] for a in header.select("a.main-nav__link")}
    assert jobs in links and submit in links
    url = urlsplit(links[jobs])
    assert url.path.startswith(home) and set(parse_qs(url.query)["offer_type"]) == set(
        JOB_OFFER_TYPES
    )
    listing = client.get(links[jobs])
    assert [offer.title for offer in listing.context["offers"]] in (["Praktikum"], [])
    assert client.get(links[submit]).status_code == 200


def test_no_reduced_mode_notice_when_the_database_is_the_chosen_search(client, settings):
    settings.ELASTICSEARCH_URL = ""
    factories.OfferPageFactory(title="Cloud Workshop")

    for url in ("/de/suche/?q=Cloud", "/de/angebote/?q=Cloud", "/en/search/?q=Cloud"):
        assert "search-results__reduced" not in client.get(url).text, url


def test_the_reduced_mode_notice_appears_when_a_configured_elasticsearch_does_not_answer(
    client, settings
):
    # A real fault: nothing listens on this port, the connection is refused.
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{free_port()}"
    settings.ELASTICSEARCH_TIMEOUT = 2
    reset_breaker()
    factories.OfferPageFactory(title="Cloud Workshop")
    try:
        search = client.get("/de/suche/?q=Cloud")
        listing = client.get("/de/angebote/?q=Cloud")
    finally:
        reset_breaker()

    assert search.context["result"].backend == "database"
    assert "reduzierten Modus" in search.text and "Cloud Workshop" in search.text
    assert "search-results__reduced" in listing.text and "Cloud Workshop" in listing.text


def test_search_forms_name_where_they_send(client):
    for url, expected in (("/de/suche/?q=x", "/de/suche/"), ("/en/search/?q=x", "/en/search/")):
        forms = _soup(client, url).select("main form")
        assert forms
        assert all(form.get("action") == expected for form in forms), url


def _heading_levels(soup: BeautifulSoup) -> list[int]:
    return [int(h.name[1]) for h in soup.select("main h1, main h2, main h3, main h4")]


def test_teammate_note_pages_keep_their_headings_in_order(client):
    challenge = factories.ChallengePageFactory()
    note, token = TeammateNote.new(
        "note-nonce",
        challenge=challenge,
        contact_name="Lena",
        email="lena@student.example",
        study_programme="Medieninformatik",
        looking_for="Zwei Leute fürs Backend",
        language="de",
        confirmed_at=timezone.now(),
    )
    note.save()
    pages = [
        f"/de/challenges/{challenge.pk}/mitstreiter/{note.pk}/",
        f"/de/mitstreiter-gesuch/{token}/",
    ]
    for url in pages:
        levels = _heading_levels(_soup(client, url))
        assert levels[0] == 1, url
        jumps = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
        assert jumps == [], (url, levels)


def test_words_are_hyphenated_in_the_language_of_the_page(client):
    css = CSS.read_text()
    body = re.search(r"\nbody \{(.*?)\}", css, re.S).group(1)
    assert re.search(r"(?<!-)hyphens:\s*auto", body)
    assert "overflow-wrap: anywhere" not in css.split(".filter-group--choices .check span")[1][:80]
    factories.OfferIndexPageFactory()
    for url, language in (("/de/angebote/", "de"), ("/en/search/", "en")):
        if language == "en":
            factories.translate(factories.german_home(), {"ProXLab": "ProXLab"})
        html = _soup(client, url).html
        assert html["lang"] == language
