"""Search on the real Elasticsearch node: German quality, index lifecycle, and outages."""

import datetime
import time
from urllib.parse import urlsplit

import pytest

from django.core.management import call_command
from django.utils import timezone

from search import service
from search.documents import LANGUAGES, index_name
from search.elastic import reset_breaker
from search.indexing import check, rebuild, sync_page
from search.models import IndexFailure
from tests import factories
from tests.tcp_proxy import Proxy

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


def _rebuild(client) -> None:
    for language in LANGUAGES:
        rebuild(client, language)


def _titles(text: str = "", language: str = "de", **filters) -> list[str]:
    result = service.search(service.Query(language=language, text=text, filters=filters))
    assert result.backend == "elasticsearch"
    return sorted(hit.title for hit in result.hits)


def _refresh(client) -> None:
    for language in LANGUAGES:
        client.indices.refresh(index=index_name(language))


def test_german_quality(elasticsearch):
    factories.OfferPageFactory(title="Datenbankentwicklung mit PostgreSQL")
    factories.OfferPageFactory(title="Treffpunkt Straße der Innovation")
    factories.OfferPageFactory(title="Künstliche Intelligenz im Mittelstand")
    factories.OfferPageFactory(title="Kubernetes im Betrieb")
    factories.OfferPageFactory(title="Workshop für Studierende")
    _rebuild(elasticsearch)

    assert _titles("Datenbank") == ["Datenbankentwicklung mit PostgreSQL"]
    assert _titles("Strasse") == ["Treffpunkt Straße der Innovation"]
    assert _titles("KI") == ["Künstliche Intelligenz im Mittelstand"]
    assert _titles("Kubernetis") == ["Kubernetes im Betrieb"]  # one letter wrong
    assert _titles("Studierender") == ["Workshop für Studierende"]


def test_misspelled_query_without_hits_suggests_a_word(elasticsearch):
    factories.OfferPageFactory(title="Cloud Sprechstunde")
    _rebuild(elasticsearch)

    # Two letters wrong in a short word: too far for the typo tolerance, near enough to suggest.
    result = service.search(service.Query(language="de", text="Clxxd"))

    assert result.count == 0
    assert result.suggestion == "cloud"


def test_a_word_the_index_has_is_not_corrected_when_the_filters_leave_nothing(elasticsearch):
    factories.OfferPageFactory(title="Java für Einsteiger", format="on_site")
    for title in ("Ein Jahr Praxis", "Das Jahr der Cloud", "Jahr der Daten"):
        factories.OfferPageFactory(title=title, format="online")
    _rebuild(elasticsearch)

    result = service.search(
        service.Query(language="de", text="Java", filters={"format": ["online"]})
    )

    assert result.count == 0 and result.suggestion is None


def test_autocomplete_completes_titles_after_a_one_letter_word(elasticsearch, client):
    factories.OfferPageFactory(title="Git in a team: branching")
    _rebuild(elasticsearch)

    for typed in ("Git in a", "Git in a te", "Git i"):
        body = client.get("/api/v2/search/autocomplete/", {"q": typed, "locale": "de"}).json()
        assert [s["title"] for s in body["suggestions"]] == ["Git in a team: branching"], typed


def test_languages_stay_apart_and_a_published_translation_is_found(elasticsearch):
    home = factories.translate(factories.german_home(), {"ProXLab": "ProXLab", "home": "home"})
    assert home.locale.language_code == "en"
    factories.translate(factories.OfferIndexPageFactory(), {"angebote": "offers"})
    offer = factories.OfferPageFactory(title="Wolkenrechnen", slug="wolkenrechnen")
    _rebuild(elasticsearch)

    with pytest.MonkeyPatch.context():
        from django.test import TestCase

        with TestCase.captureOnCommitCallbacks(execute=True):
            factories.translate(offer, {"Wolkenrechnen": "Cloud computing basics"})
    _refresh(elasticsearch)

    assert _titles("Cloud computing", language="en") == ["Cloud computing basics"]
    assert _titles("Cloud computing", language="de") == []
    assert _titles("Wolkenrechnen", language="en") == []
    assert _titles("Wolkenrechnen", language="de") == ["Wolkenrechnen"]


def test_publish_unpublish_delete_and_expiry(elasticsearch, django_capture_on_commit_callbacks):
    _rebuild(elasticsearch)
    offer = factories.OfferPageFactory(title="Hackathon Hameln", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        offer.save_revision().publish()
    _refresh(elasticsearch)
    assert _titles("Hackathon") == ["Hackathon Hameln"]

    offer.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        offer.unpublish()
    _refresh(elasticsearch)
    assert _titles("Hackathon") == []

    with django_capture_on_commit_callbacks(execute=True):
        offer.save_revision().publish()
        other = factories.OfferPageFactory(title="Hackathon Hildesheim", live=False)
        other.save_revision().publish()
    offer.refresh_from_db()
    other.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        offer.delete()
    _refresh(elasticsearch)
    assert _titles("Hackathon") == ["Hackathon Hildesheim"]

    # An offer past its last day leaves search without anybody touching it: its document
    # stays in the index, and every query leaves out what expired before today.
    other.valid_through = timezone.localdate() - datetime.timedelta(days=1)
    other.save()
    sync_page(elasticsearch, other.pk, "de")
    _refresh(elasticsearch)
    assert elasticsearch.get(index=index_name("de"), id=str(other.pk))["found"]
    assert _titles("Hackathon") == []


def test_rebuild_swaps_the_alias_while_queries_keep_answering(elasticsearch):
    for number in range(30):
        factories.OfferPageFactory(title=f"Cloud Workshop {number}")
    _rebuild(elasticsearch)
    before = set(elasticsearch.indices.get_alias(name=index_name("de")))

    import threading

    from home.content_cache import current_generation, request_scope

    answers, stop = [], threading.Event()
    # Each asking works as a request does: the content generation read once, the facet labels
    # remembered for it. (Another thread cannot read the tables this test wrote until the test
    # database rolls back, so the main thread reads them first.)
    generation = current_generation()
    service.search(service.Query(language="de", text="Cloud"))

    def ask():
        with request_scope(generation):
            while not stop.is_set():
                answers.append(service.search(service.Query(language="de", text="Cloud")).count)

    thread = threading.Thread(target=ask)
    thread.start()
    try:
        call_command("search_index", "--rebuild", "--language", "de")
    finally:
        stop.set()
        thread.join()

    after = set(elasticsearch.indices.get_alias(name=index_name("de")))
    assert after and after != before
    assert not elasticsearch.indices.exists(index=",".join(before))
    assert answers and set(answers) == {30}


@pytest.fixture
def proxy(elasticsearch, settings):
    """Elasticsearch behind a real TCP proxy that can hang or go down."""
    target = urlsplit(settings.ELASTICSEARCH_URL)
    proxy = Proxy(target.hostname, target.port)
    settings.ELASTICSEARCH_URL = proxy.url
    settings.ELASTICSEARCH_TIMEOUT = 1
    settings.ELASTICSEARCH_RETRY_AFTER = 1
    reset_breaker()
    yield proxy
    proxy.close()
    reset_breaker()


@pytest.mark.parametrize("outage", ["hang", "down"])
def test_outage_answers_from_the_database_and_the_retry_catches_up(
    proxy, client, outage, django_capture_on_commit_callbacks
):
    from search.elastic import get_client

    factories.OfferPageFactory(title="Cloud Workshop")
    _rebuild(get_client(30))
    if outage == "hang":
        proxy.up("hang")
    else:
        proxy.down()

    tried = proxy.connections
    page = client.get("/de/suche/?q=Cloud")
    api = client.get("/api/v2/search/?q=Cloud&locale=de")
    listing = client.get("/de/angebote/")
    if outage == "hang":  # one timeout, then the breaker answers without asking again
        assert proxy.connections - tried == 1
    assert page.status_code == 200 and api.status_code == 200 and listing.status_code == 200
    assert api.json()["backend"] == "database"
    assert api.json()["count"] == 1

    # Editors can still publish; the update is recorded for later.
    offer = factories.OfferPageFactory(title="Cloud Sprechstunde", live=False)
    tried = proxy.connections
    with django_capture_on_commit_callbacks(execute=True):
        offer.save_revision().publish()
    assert proxy.connections == tried  # the open breaker spares the editor a timeout
    assert IndexFailure.objects.filter(page_id=offer.pk, language="de").exists()

    proxy.up("forward")
    time.sleep(1.1)  # the breaker lets Elasticsearch be asked again
    from search.tasks import retry_failed_updates

    retry_failed_updates.enqueue()
    get_client(30).indices.refresh(index=index_name("de"))

    assert not IndexFailure.objects.exists()
    assert check(get_client(30), "de") == (set(), set())
    assert client.get("/api/v2/search/?q=Cloud&locale=de").json()["backend"] == "elasticsearch"


def test_similar_offers_come_from_more_like_this_in_the_page_language(elasticsearch):
    offer = factories.OfferPageFactory(title="Cloud-Architektur für Einsteiger")
    factories.OfferPageFactory(title="Cloud-Architektur im Betrieb")
    factories.OfferPageFactory(title="Robotik Vortrag", teaser="Greifarme und Sensorik.")
    factories.ArticlePageFactory(title="Cloud-Architektur im Magazin")
    _rebuild(elasticsearch)

    similar = service.similar(offer, "de")

    assert [hit.title for hit in similar] == ["Cloud-Architektur im Betrieb"]
