"""The JSON API (/api/v2/) as another site would use it: every answer checked against the
OpenAPI description."""

import datetime

import pytest
import wagtail_factories

from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from home.models import Topic
from offers.choices import Format, OfferType
from tests import factories
from tests.api_description import assert_matches_description

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"


@pytest.fixture
def workshop():
    """A German workshop in Hildesheim next month, by a partner, translated into English."""
    partner = factories.PartnerPageFactory(title="Weserbyte GmbH")
    factories.translate(partner, {"Weserbyte GmbH": "Weserbyte Ltd"})
    offer = factories.OfferPageFactory(
        title="Cloud-Workshop",
        partner=partner,
        listing_image=wagtail_factories.ImageFactory(),
        starts_at=timezone.now() + datetime.timedelta(days=30),
    )
    offer.topics.add("Cloud")
    offer.competences.set([factories.competence("B.1")])
    offer.save_revision().publish()
    factories.translate(offer, {"Cloud-Workshop": "Cloud workshop"})
    return offer


def _get(client, url, **headers):
    return client.get(url, headers=headers)


def test_upcoming_english_workshops_in_hildesheim_with_partner_names(client, workshop):
    factories.OfferPageFactory(title="Vortrag", offer_type=OfferType.TALK)
    factories.OfferPageFactory(title="In Hameln", place=factories.place("hameln"))
    factories.OfferPageFactory(
        title="Vorbei", starts_at=timezone.now() - datetime.timedelta(days=1)
    )
    response = _get(
        client,
        f"{PAGES}?type=offers.OfferPage&locale=en&offer_type=workshop&place=hildesheim"
        "&upcoming=true&order=date&fields=partner,starts_at",
    )
    assert response.status_code == 200
    body = assert_matches_description(response, PAGES)
    assert [item["title"] for item in body["items"]] == ["Cloud workshop"]
    item = body["items"][0]
    assert item["partner"]["name"] == "Weserbyte Ltd"
    assert item["meta"]["locale"] == "en"
    assert item["meta"]["html_url"].endswith("/en/angebote/cloud-workshop/")
    assert item["place"] == {"slug": "hildesheim", "name": "Hildesheim"}
    assert item["competences"][0]["code"] == "B.1"
    assert set(item["image"]) == {"id", "title", "alt", "small", "large"}
    assert item["image"]["small"]["url"].endswith(".fill-640x360.jpg")


def test_an_english_offer_leads_to_its_german_original(client, workshop):
    english = workshop.get_translation(factories.english())
    response = _get(client, f"{PAGES}{english.pk}/")
    body = assert_matches_description(response, f"{PAGES}{{id}}/")
    assert body["meta"]["type"] == "offers.OfferPage"
    assert body["translations"] == [
        {
            "id": workshop.pk,
            "locale": "de",
            "title": "Cloud-Workshop",
            "html_url": "http://localhost/de/angebote/cloud-workshop/",
        }
    ]
    german = _get(client, f"{PAGES}?translation_of={english.pk}&locale=de&type=offers.OfferPage")
    body = assert_matches_description(german, PAGES)
    assert [item["id"] for item in body["items"]] == [workshop.pk]
    assert body["items"][0]["topics"] == [{"slug": "cloud", "name": "Cloud"}]


def test_topic_names_follow_the_page_language(client, workshop):
    english = workshop.get_translation(factories.english())
    Topic.objects.create(tag=workshop.topics.get(), name="Cloud-Dienste", locale=workshop.locale)
    Topic.objects.create(tag=workshop.topics.get(), name="Cloud services", locale=english.locale)
    body = _get(client, f"{PAGES}{english.pk}/").json()
    assert body["topics"] == [{"slug": "cloud", "name": "Cloud services"}]


def test_drafts_private_and_expired_pages_never_appear(client, workshop):
    draft = factories.OfferPageFactory(title="Entwurf", live=False)
    private = factories.OfferPageFactory(title="Privat")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expired = factories.OfferPageFactory(
        title="Abgelaufen",
        starts_at=timezone.now() - datetime.timedelta(days=10),
        valid_through=timezone.localdate() - datetime.timedelta(days=1),
    )
    body = _get(client, f"{PAGES}?type=offers.OfferPage&limit=50").json()
    titles = {item["title"] for item in body["items"]}
    assert "Cloud-Workshop" in titles
    assert titles.isdisjoint({"Entwurf", "Privat", "Abgelaufen"})
    for hidden in (draft, private, expired):
        response = _get(client, f"{PAGES}{hidden.pk}/")
        assert response.status_code == 404
        assert_matches_description(response, f"{PAGES}{{id}}/")


@pytest.mark.parametrize(
    "query, expected",
    [
        ("format=online", {"Online"}),
        ("audience=graduates", {"Absolventen"}),
        ("topic=ki", {"KI"}),
        ("competence=A.1", {"KI"}),
        ("place=hameln", {"Online"}),
        ("offer_type=talk,hackathon", {"KI", "Online"}),
        ("date_to={soon}", {"Absolventen"}),
        ("date_from={soon}", {"Cloud-Workshop", "KI", "Online"}),
    ],
)
def test_facet_filters(client, workshop, query, expected):
    soon = timezone.localdate() + datetime.timedelta(days=5)
    factories.OfferPageFactory(
        title="Absolventen",
        for_graduates=True,
        starts_at=timezone.now() + datetime.timedelta(days=3),
    )
    ai = factories.OfferPageFactory(title="KI", offer_type=OfferType.TALK)
    ai.topics.add("KI")
    ai.competences.set([factories.competence("A.1")])
    ai.save()
    factories.OfferPageFactory(
        title="Online",
        format=Format.ONLINE,
        offer_type=OfferType.HACKATHON,
        place=factories.place("hameln"),
    )
    url = f"{PAGES}?type=offers.OfferPage&locale=de&fields=_,title&" + query.format(soon=soon)
    body = assert_matches_description(_get(client, url), PAGES)
    assert {item["title"] for item in body["items"]} == expected


def test_partner_filter_takes_the_partners_slug_as_every_surface_does(client, workshop):
    english = workshop.get_translation(factories.english())
    url = f"{PAGES}?type=offers.OfferPage&locale=en&partner={english.partner.slug}"
    body = assert_matches_description(_get(client, url), PAGES)
    assert [item["id"] for item in body["items"]] == [english.pk]


def test_challenges_by_status_with_their_phases(client):
    factories.ChallengePageFactory(title="Offen")
    factories.ChallengePageFactory(title="Vorbei", phases=factories.phases_for("finished"))
    url = f"{PAGES}?type=offers.ChallengePage&status=application_open&fields=*"
    body = assert_matches_description(_get(client, url), PAGES)
    assert [item["title"] for item in body["items"]] == ["Offen"]
    assert body["items"][0]["status"] == "application_open"
    assert [phase["kind"] for phase in body["items"][0]["phases"]] == [
        "call",
        "application",
        "work",
        "final",
    ]


def test_order_by_date(client, workshop):
    factories.OfferPageFactory(title="Morgen", starts_at=timezone.now() + datetime.timedelta(1))
    factories.OfferPageFactory(title="Ohne Datum", starts_at=None, ends_at=None)
    url = f"{PAGES}?type=offers.OfferPage&locale=de&fields=_,title&order="
    titles = [item["title"] for item in _get(client, url + "date").json()["items"]]
    assert titles == ["Morgen", "Cloud-Workshop", "Ohne Datum"]
    titles = [item["title"] for item in _get(client, url + "-date").json()["items"]]
    assert titles == ["Cloud-Workshop", "Morgen", "Ohne Datum"]


def test_every_page_type_matches_its_description(client, workshop):
    factories.ChallengePageFactory()
    article = factories.ArticlePageFactory()
    article.competences.set([factories.competence("E.2")])
    article.save()
    factories.StandardPageFactory()
    listed = _get(client, f"{PAGES}?limit=50&fields=*").json()["items"]
    types = {item["meta"]["type"] for item in listed}
    assert {"offers.OfferPage", "home.ArticlePage", "home.HomePage"} <= types
    for page_type in types:
        response = _get(client, f"{PAGES}?type={page_type}&fields=*&limit=50")
        body = assert_matches_description(response, PAGES)
        for item in body["items"]:
            detail = _get(client, f"{PAGES}{item['id']}/")
            assert assert_matches_description(detail, f"{PAGES}{{id}}/")["id"] == item["id"]


def test_find_by_path_in_either_language(client, workshop):
    response = _get(client, f"{PAGES}find/?html_path=/en/angebote/cloud-workshop/")
    english = workshop.get_translation(factories.english())
    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/pages/{english.pk}/?")
    response = _get(client, f"{PAGES}find/?html_path=/de/nichts/")
    assert response.status_code == 404


def test_images_with_renditions_and_documents(client):
    image = wagtail_factories.ImageFactory(title="Campus")
    Document.objects.create(title="Flyer", file=wagtail_factories.DocumentFactory().file)
    body = assert_matches_description(_get(client, "/api/v2/images/"), "/api/v2/images/")
    assert body["items"][0]["renditions"]["large"]["width"] > 0
    detail = _get(client, f"/api/v2/images/{image.pk}/")
    assert assert_matches_description(detail, "/api/v2/images/{id}/")["title"] == "Campus"
    body = assert_matches_description(_get(client, "/api/v2/documents/"), "/api/v2/documents/")
    assert {item["title"] for item in body["items"]} >= {"Flyer"}


@pytest.mark.parametrize(
    "url",
    [
        f"{PAGES}?limit=51",
        f"{PAGES}?limit=-1",
        f"{PAGES}?offset=abc",
        f"{PAGES}?offset=99999999999999999999",
        f"{PAGES}?unknown=1",
        f"{PAGES}?type=offers.Nothing",
        f"{PAGES}?locale=fr",
        f"{PAGES}?order=date",
        f"{PAGES}?order=random",
        f"{PAGES}?offer_type=workshop",
        f"{PAGES}?type=home.ArticlePage&status=running",
        f"{PAGES}?type=offers.OfferPage&offer_type=party",
        f"{PAGES}?type=offers.OfferPage&competence=Z.99",
        f"{PAGES}?type=offers.OfferPage&date_from=2026-02-30",
        f"{PAGES}?type=offers.OfferPage&date_from=2026-03-02&date_to=2026-03-01",
        f"{PAGES}?type=offers.OfferPage&partner=%3Cx%3E",
        f"{PAGES}?translation_of=99999999999",
        f"{PAGES}?child_of=0",
        f"{PAGES}?fields=nothing",
        f"{PAGES}?fields=title(x)",
        f"{PAGES}?rich_text_format=pdf",
        f"{PAGES}?slug=%00",
        "/api/v2/images/?order=width",
        "/api/v2/documents/?limit=100",
    ],
)
def test_bad_parameters_are_a_json_400(client, url):
    response = _get(client, url)
    assert response.status_code == 400, response.content
    path = url.split("?")[0]
    assert assert_matches_description(response, path)["message"]


def test_conditional_requests_are_answered_304(client, workshop):
    first = _get(client, PAGES)
    assert first["ETag"]
    assert "max-age=60" in first["Cache-Control"]
    again = _get(client, PAGES, **{"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    workshop.title = "Neuer Titel"
    workshop.save_revision().publish()
    changed = _get(client, PAGES, **{"If-None-Match": first["ETag"]})
    assert changed.status_code == 200


def test_cors_only_for_configured_origins(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.uni-hildesheim.example"]
    allowed = _get(client, PAGES, Origin="https://www.uni-hildesheim.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://www.uni-hildesheim.example"
    other = _get(client, PAGES, Origin="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in other
    page = _get(client, "/de/", Origin="https://www.uni-hildesheim.example")
    assert "Access-Control-Allow-Origin" not in page


def test_unknown_ids_are_a_json_404_not_a_redirect(client):
    response = _get(client, f"{PAGES}987654/")
    assert response.status_code == 404
    assert assert_matches_description(response, f"{PAGES}{{id}}/")["message"]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_find_without_an_id_is_a_404_not_an_error(client, endpoint):
    path = f"/api/v2/{endpoint}/find/"
    assert client.get(f"{path}?id=").status_code == 404
    assert client.get(f"{path}?id=x").status_code == 400
    assert_matches_description(client.get(f"{path}?id="), path)


def test_faceted_search_and_autocomplete_match_the_description(client, workshop):
    search = "/api/v2/search/"
    body = assert_matches_description(
        _get(client, f"{search}?q=Cloud&locale=de&offer_type=workshop"), search
    )
    assert body["backend"] == "database"
    assert "Cloud-Workshop" in [hit["title"] for hit in body["results"]]
    assert any(value["selected"] for value in body["facets"]["offer_type"])
    assert_matches_description(_get(client, f"{search}?locale=fr"), search)
    complete = "/api/v2/search/autocomplete/"
    body = assert_matches_description(_get(client, f"{complete}?q=Clo&locale=de"), complete)
    assert len(body["suggestions"]) <= 8
    assert_matches_description(_get(client, f"{complete}?q={'x' * 101}"), complete)


def test_job_terms_sessions_and_team_results_match_the_description(client):
    """The fields of job ads (issue 8) and teams' results (issue 12), filled in, list and
    detail: each value has its documented type."""
    from offers.models import ChallengeResult, OfferSession

    start = timezone.now() + datetime.timedelta(days=10)
    course = factories.OfferPageFactory(
        title="Python am Abend",
        offer_type=OfferType.COURSE,
        sessions=[
            OfferSession(
                starts_at=start + datetime.timedelta(weeks=week),
                ends_at=start + datetime.timedelta(weeks=week, hours=2),
                note=f"Abend {week + 1}",
            )
            for week in range(3)
        ],
    )
    job = factories.OfferPageFactory(
        title="Werkstudent Backend", offer_type=OfferType.WORKING_STUDENT, remote_work="partly"
    )
    challenge = factories.ChallengePageFactory(phases=factories.phases_for("finished"))
    challenge.team_results = [
        ChallengeResult(
            title="Ein digitaler Zwilling",
            summary="Ein Prototyp.",
            team_name="Die Lagerlotsen",
            link="https://github.example/lagerlotsen",
            image=wagtail_factories.ImageFactory(),
            document=Document.objects.create(
                title="Bericht", file=wagtail_factories.DocumentFactory().file
            ),
        )
    ]
    challenge.save_revision().publish()

    for page_type in ("offers.OfferPage", "offers.ChallengePage"):
        listed = _get(client, f"{PAGES}?type={page_type}&fields=*")
        assert_matches_description(listed, PAGES)
    details = {
        page.pk: assert_matches_description(_get(client, f"{PAGES}{page.pk}/"), f"{PAGES}{{id}}/")
        for page in (course, job, challenge)
    }
    assert [s["note"] for s in details[course.pk]["sessions"]] == ["Abend 1", "Abend 2", "Abend 3"]
    assert details[job.pk]["employment_type"] == "working_student"
    assert details[job.pk]["remote_work"] == "partly"
    (result,) = details[challenge.pk]["team_results"]
    assert result["image"]["small"]["url"] and result["document"]["title"] == "Bericht"
