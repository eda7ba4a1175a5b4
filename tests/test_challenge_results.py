"""Results of a challenge's teams: published by an editor with the page, shown once the
challenge has finished, on its page, on its partner's page and from articles that point to it."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import ArticleRelatedPage
from offers.models import ChallengeResult, TeammateNote
from tests.factories import (
    ArticlePageFactory,
    ChallengePageFactory,
    PartnerPageFactory,
    phases_for,
    translate,
)

pytestmark = pytest.mark.django_db


def with_results(challenge, *results: dict):
    challenge.team_results = [ChallengeResult(**result) for result in results]
    challenge.save_revision().publish()
    return challenge


RESULT = {
    "title": "Ein digitaler Zwilling des Lagers",
    "summary": "Ein Prototyp, der Engpässe eine Woche im Voraus erkennt.",
    "team_name": "Die Lagerlotsen",
    "link": "https://github.example/lagerlotsen",
}


def test_a_finished_challenge_shows_its_teams_results(client):
    challenge = with_results(
        ChallengePageFactory(phases=phases_for("finished")),
        RESULT,
        {"title": "Routen ohne Leerfahrten", "summary": "Eine Planungshilfe."},
    )
    page = client.get(challenge.url).text
    assert 'id="results"' in page
    assert RESULT["title"] in page and RESULT["summary"] in page
    assert "Team Die Lagerlotsen" in page and RESULT["link"] in page
    assert "Routen ohne Leerfahrten" in page
    assert page.count("team-result__team") == 1  # a team that did not agree stays unnamed


def test_results_wait_until_the_challenge_has_finished(client):
    challenge = with_results(ChallengePageFactory(phases=phases_for("running")), RESULT)
    assert RESULT["title"] not in client.get(challenge.url).text


def test_results_are_translated_with_their_challenge(client):
    challenge = with_results(ChallengePageFactory(phases=phases_for("finished")), RESULT)
    english = translate(challenge, {RESULT["title"]: "A digital twin of the warehouse"})
    page = client.get(english.url).text
    assert "A digital twin of the warehouse" in page and "Team Die Lagerlotsen" in page


def test_the_partner_page_shows_its_challenges_results(client):
    partner = PartnerPageFactory(title="Weserbyte GmbH")
    finished = with_results(
        ChallengePageFactory(title="Lagerlogistik", partner=partner, phases=phases_for("finished")),
        RESULT,
    )
    with_results(
        ChallengePageFactory(partner=partner, phases=phases_for("running")),
        {"title": "Noch geheim", "summary": "Läuft noch."},
    )
    page = client.get(partner.url).text
    assert "Ergebnisse der Challenges" in page
    assert RESULT["title"] in page and f"{finished.url}#results" in page
    assert "Noch geheim" not in page


def test_an_article_points_to_a_challenges_results(client):
    challenge = with_results(
        ChallengePageFactory(title="Lagerlogistik", phases=phases_for("finished")), RESULT
    )
    article = ArticlePageFactory(title="Was die Teams erreicht haben")
    article.related_pages = [ArticleRelatedPage(page=challenge)]
    article.save_revision().publish()
    page = client.get(article.url).text
    assert f'href="{challenge.url}#results"' in page
    assert "Zu den Ergebnissen der Teams" in page


def test_the_challenge_page_costs_the_same_queries_with_few_or_many_notes(client):
    challenge = ChallengePageFactory()

    def notes(count: int) -> int:
        for n in range(count):
            note, _token = TeammateNote.new(
                f"nonce-{count}-{n}",
                language="de",
                challenge=challenge,
                contact_name=f"Person {n}",
                email=f"p{n}@x.example",
                study_programme="Informatik",
                looking_for="Backend",
            )
            note.save()
            note.confirm()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(challenge.url).status_code == 200
        return len(queries)

    assert notes(1) == notes(12)


def test_the_api_gives_a_challenges_results(client):
    challenge = with_results(ChallengePageFactory(phases=phases_for("finished")), RESULT)
    data = client.get(f"/api/v2/pages/{challenge.pk}/").json()
    (result,) = data["team_results"]
    assert result["title"] == RESULT["title"] and result["team_name"] == "Die Lagerlotsen"
    assert result["image"] is None and result["document"] is None
