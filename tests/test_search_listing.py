"""The offer and challenge listings answered by the search service, on both backends: every
filter value's count equals what the listing shows when it is chosen (counted by the ORM
filters offers uses without search), the order is the listing's, and a search box narrows it."""

import datetime
from urllib.parse import urlencode

import pytest

from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone

from offers.choices import Audience, Format, OfferType
from offers.models import ChallengeIndexPage, OfferIndexPage
from offers.models.partner import partners_in
from search.documents import LANGUAGES
from search.indexing import rebuild
from tests import factories

pytestmark = pytest.mark.django_db

SOON = datetime.timedelta(hours=5)


def _offer(title, kind, fmt, where, topics=(), starts_in=None, graduates=False, partner=None):
    starts = timezone.now() + starts_in if starts_in is not None else None
    offer = factories.OfferPageFactory(
        title=title,
        offer_type=kind,
        format=fmt,
        place=factories.place(where) if where else None,
        for_graduates=graduates,
        starts_at=starts,
        ends_at=starts and starts + datetime.timedelta(hours=2),
        partner=partner,
    )
    if topics:
        offer.topics.add(*topics)
        offer.save_revision().publish()
    return offer


def _content() -> None:
    weser = factories.PartnerPageFactory(title="Weserbyte GmbH", slug="weserbyte")
    days = datetime.timedelta(days=1)
    _offer("Cloud Workshop", OfferType.WORKSHOP, Format.ONLINE, None, ["Cloud"], SOON, True, weser)
    _offer("Python Workshop", OfferType.WORKSHOP, Format.ON_SITE, "hameln", ["Python"], 40 * days)
    _offer("Cloud Vortrag", OfferType.TALK, Format.HYBRID, "hannover", ["Cloud"], 70 * days)
    _offer("Datenbank Vortrag", OfferType.TALK, Format.ON_SITE, "hameln", [], -2 * days)
    _offer("Robotik Praktikum", OfferType.INTERNSHIP, Format.ON_SITE, "hildesheim", ["KI"], None)
    _offer("Abschlussarbeit KI", OfferType.THESIS, Format.ONLINE, None, ["KI", "Cloud"], None, True)
    factories.OfferPageFactory(
        title="Cloud Abgelaufen", valid_through=timezone.localdate() - datetime.timedelta(days=2)
    )
    for title, status in (
        ("Cloud Challenge", "application_open"),
        ("Daten Challenge", "finished"),
        ("Robotik Challenge", "running"),
        ("KI Challenge", "announced"),
    ):
        factories.ChallengePageFactory(title=title, phases=factories.phases_for(status))


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def backend(request, settings):
    _content()
    if request.param == "elasticsearch":
        client = request.getfixturevalue("elasticsearch")
        for language in LANGUAGES:
            rebuild(client, language)
    else:
        settings.ELASTICSEARCH_URL = ""
    return request.param


def _orm(index, params: list[tuple[str, str]]) -> list[str]:
    """The titles the listing shows for these parameters without any search service; words
    as a plain substring of the title or teaser (what any search must find at least)."""
    form = index.filter_form_class(
        QueryDict(urlencode(params)),
        items=index.items(),
        partners=partners_in(index.locale),
        locale=index.locale,
    )
    items = form.apply(index.items())
    for word in " ".join(value for key, value in params if key == "q").split():
        items = items.filter(Q(title__icontains=word) | Q(teaser__icontains=word))
    return [item.title for item in items]


def _shown_counts(form) -> dict[str, dict[str, int]]:
    """{field: {value: count}} read back from the labels the visitor sees."""
    counts = {}
    for name, field in form.fields.items():
        if name == "upcoming":
            counts[name] = {"on": int(str(field.label).rsplit("(", 1)[1].rstrip(")"))}
        elif hasattr(field, "choices"):
            counts[name] = {
                value: int(str(label).rsplit("(", 1)[1].rstrip(")"))
                for value, label in field.choices
                if value
            }
    return counts


def _with(params, name, value) -> list[tuple[str, str]]:
    """The parameters with one field set to just this value (the count's promise)."""
    return [(n, v) for n, v in params if n != name] + [(name, value)]


def _check(client, url: str, index, response, name: str) -> None:
    """The listing shows what the ORM filters show, in the same order, and every count is
    what choosing that value shows. Words are searched by the service (stems, topics), so
    with words the ORM's plain substring match only bounds what is found, and each count is
    checked by choosing it."""
    shown = [item.title for item in response.context[name]]
    valid = response.context["filter_form"].valid_params()
    words = [value for key, value in valid if key == "q"]
    if words:
        without_words = [(key, value) for key, value in valid if key != "q"]
        assert shown == [title for title in _orm(index, without_words) if title in shown]
        assert set(_orm(index, valid)) <= set(shown)
    else:
        assert shown == _orm(index, valid)
    for field, by_value in _shown_counts(response.context["filter_form"]).items():
        for value, count in by_value.items():
            params = _with(valid, field, value)
            if words:
                chosen = client.get(f"{url}?{urlencode(params)}").context[name]
                expected = chosen.paginator.count
            else:
                expected = len(_orm(index, params))
            assert count == expected, (field, value)


OFFER_PARAMS = [
    [],
    [("type", "workshop")],
    [("type", "workshop"), ("type", "talk"), ("format", "on_site")],
    [("topic", "cloud"), ("upcoming", "on")],
    [("audience", Audience.GRADUATES), ("place", "hameln")],
    [("q", "Cloud")],
    [("q", "Vortrag"), ("format", "hybrid")],
    [("type", "bogus"), ("partner", "nobody"), ("topic", "cloud")],  # invalid ones ignored
]


@pytest.mark.parametrize("params", OFFER_PARAMS)
def test_every_offer_filter_value_counts_what_choosing_it_shows(client, backend, params):
    index = OfferIndexPage.objects.get(locale__language_code="de")
    response = client.get(f"/de/angebote/?{urlencode(params)}")

    assert response.status_code == 200
    # The database backend is the chosen search here (no ELASTICSEARCH_URL): nothing is reduced.
    assert response.context["listing_answer"].reduced is False
    shown = [offer.title for offer in response.context["offers"]]
    assert "Cloud Abgelaufen" not in shown
    _check(client, "/de/angebote/", index, response, "offers")


@pytest.mark.parametrize("params", [[], [("status", "finished")], [("q", "Challenge")]])
def test_every_challenge_filter_value_counts_what_choosing_it_shows(client, backend, params):
    index = ChallengeIndexPage.objects.get(locale__language_code="de")
    response = client.get(f"/de/challenges/?{urlencode(params)}")

    counts = _shown_counts(response.context["filter_form"])
    # A facet's own choice does not narrow its counts: every status stays one choice away.
    assert counts["status"] == {"announced": 1, "application_open": 1, "running": 1, "finished": 1}
    _check(client, "/de/challenges/", index, response, "challenges")


def test_the_search_box_narrows_the_listing_and_keeps_the_filters(client, backend):
    response = client.get("/de/angebote/?q=Cloud&type=workshop&type=talk&page=1")
    html = response.content.decode()

    assert [offer.title for offer in response.context["offers"]] == [
        "Cloud Workshop",
        "Cloud Vortrag",
    ]
    assert 'type="search" name="q" value="Cloud"' in html
    # The search box keeps the filters, the filter form keeps the words.
    assert '<input type="hidden" name="offer_type" value="workshop">' in html
    assert '<input type="hidden" name="q" value="Cloud">' in html
    assert "Workshop (1)" in html and "Vortrag (1)" in html  # counts within the words
    assert "search-results__reduced" not in html


def test_pages_past_the_end_show_the_last_one(client, backend, settings):
    response = client.get("/de/angebote/?page=999999999")

    assert response.status_code == 200
    assert response.context["offers"].number == 1
    assert len(response.context["offers"]) == 5  # six, one of them past


def test_calendar_and_feed_show_what_the_searched_listing_shows(client, backend):
    calendar = client.get("/de/angebote/ics/?q=Cloud").content.decode()
    feed = client.get("/de/angebote/feed/?q=Cloud&type=talk").content.decode()

    assert "SUMMARY:Cloud Workshop" in calendar and "Cloud Vortrag" in calendar
    assert "Python Workshop" not in calendar
    assert "<title>Cloud Vortrag</title>" in feed and "Cloud Workshop" not in feed


def test_the_english_listing_counts_its_own_language(client, settings):
    settings.ELASTICSEARCH_URL = ""
    offer = _offer("Cloud Workshop", OfferType.WORKSHOP, Format.ONLINE, None, ["Cloud"], SOON)
    factories.translate(offer.get_parent(), {"Angebote": "Offers", "angebote": "offers"})
    factories.translate(offer, {"Cloud Workshop": "Cloud workshop"})
    _offer("Nur deutsch", OfferType.WORKSHOP, Format.ONLINE, None)

    response = client.get("/en/offers/?type=workshop")

    assert [o.title for o in response.context["offers"]] == ["Cloud workshop"]
    assert "Workshop (1)" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "q=%00",
        "q=" + "x" * 250,
        'q="unbalanced (AND',
        "q=*:*",
        "q=%5C%2F%7E~2%5E3",
        "q=a&q=b",
        "q=%E2%80%8B",
        "page=99999999999999999999",
        "page=834&type=workshop",
        "type=workshop&type=workshop&topic=%00&status=x",
    ],
)
def test_hostile_parameters_never_fail(client, backend, query):
    for url in ("/de/angebote/", "/de/challenges/", "/de/angebote/ics/", "/de/angebote/feed/"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 200, url


def test_the_search_page_takes_the_same_words(client, backend):
    for query in ('q="unbalanced (AND', "q=*:*", "q=%5C%2F%7E~2%5E3"):
        assert client.get(f"/de/suche/?{query}").status_code == 200
        assert client.get(f"/api/v2/search/?{query}&locale=de").status_code == 200


@pytest.mark.parametrize(
    "engine", ["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]
)
def test_the_english_listing_filters_and_shows_the_working_language(
    client, settings, request, engine
):
    """English readers find the offers they can follow: held in English, or in both."""
    for title, held in (("Cloud Workshop", "en"), ("Python Kurs", "de_en"), ("Daten Talk", "de")):
        offer = factories.OfferPageFactory(title=title, language=held)
        factories.translate(offer.get_parent(), {"Angebote": "Offers", "angebote": "offers"})
        factories.translate(offer, {title: title})
    if engine == "elasticsearch":
        client_es = request.getfixturevalue("elasticsearch")
        for language in LANGUAGES:
            rebuild(client_es, language)
    else:
        settings.ELASTICSEARCH_URL = ""

    response = client.get("/en/offers/?working_language=en")
    html = response.content.decode()

    assert {o.title for o in response.context["offers"]} == {"Cloud Workshop", "Python Kurs"}
    assert "Working language" in html and "English (2)" in html and "German (2)" in html
    everything = client.get("/en/offers/").content.decode()
    assert "<dt>Working language</dt><dd>German</dd>" in everything
    assert "<dt>Working language</dt>" not in client.get("/de/angebote/").content.decode()
