"""Search statistics and editors' promoted results through Wagtail's search_promotions: what a
search records (the words, never who), the report and the promotions Moderation and
Administration use, and the promoted results visitors see on top of the search page."""

import datetime

import pytest

from django.contrib.auth.models import Group, User
from django.core.signals import request_finished
from django.db import close_old_connections, connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import stats
from search.models import QueryDailyMisses
from tests.factories import OfferPageFactory, translate
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db

STAFF = ["Moderation", "Administration"]


def counted() -> set[tuple[str, int, int]]:
    return {(q.query_string, q.searches, q.misses) for q in stats.by_query()}


def test_first_page_searches_are_counted_with_their_misses_and_nothing_about_the_visitor(client):
    OfferPageFactory(title="Cloud Workshop")
    client.get("/de/suche/?q=Cloud", REMOTE_ADDR="203.0.113.9")
    client.get("/en/search/?q=cloud%20")  # the same words; the offer has no English version
    client.get("/de/suche/?q=Quantenbagger")
    client.get("/api/v2/search/?q=Quantenbagger&locale=de")
    client.get("/de/suche/?q=Cloud&page=2")  # one page only: shown as page 1, counted once more
    client.get("/de/suche/?q=%20%20")  # no words, nothing to count

    assert counted() == {("cloud", 3, 1), ("quantenbagger", 2, 2)}
    # What is stored: the words and numbers per day, nothing that could name a visitor.
    assert [f.name for f in Query._meta.concrete_fields] == ["id", "query_string"]
    assert [f.name for f in QueryDailyMisses._meta.concrete_fields] == [
        "id",
        "query",
        "date",
        "misses",
    ]


def test_a_search_is_counted_once_its_answer_is_sent(rf):
    """The WSGI server closes a response after sending it: the count's write waits till then."""
    from search.views import search_api

    with translation.override("de"):
        response = search_api(rf.get("/api/v2/search/", {"q": "Cloud", "locale": "de"}))
    assert response.status_code == 200 and counted() == set()

    # As Django's test client does: the test's transaction keeps its connection open.
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    assert counted() == {("cloud", 1, 1)}


def test_a_later_page_of_results_is_not_counted_again(client):
    for number in range(12):
        OfferPageFactory(title=f"Cloud Workshop {number}")
    client.get("/de/suche/?q=Cloud")
    client.get("/de/suche/?q=Cloud&page=2")

    assert counted() == {("cloud", 1, 0)}


def test_a_repeated_search_is_counted_with_one_statement_and_a_repeated_miss_with_two():
    stats.record("Cloud", 1)
    stats.record("Quantenbagger", 0)
    with CaptureQueriesContext(connection) as again:
        stats.record("cloud ", 3)
    with CaptureQueriesContext(connection) as missed_again:
        stats.record("QUANTENBAGGER", 0)

    assert [q["sql"].split()[0] for q in again.captured_queries] == ["UPDATE"]
    assert [q["sql"].split()[0] for q in missed_again.captured_queries] == ["UPDATE", "UPDATE"]
    assert counted() == {("cloud", 2, 0), ("quantenbagger", 2, 2)}


def test_the_period_limits_the_counts_an_impact_report_reads():
    query = Query.get("Quantenbagger")
    query.add_hit(date=datetime.date(2026, 3, 1))
    query.add_hit(date=datetime.date(2026, 5, 1))
    QueryDailyMisses.objects.create(query=query, date=datetime.date(2026, 3, 1), misses=1)

    march = stats.by_query(datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
    assert [(q.query_string, q.searches, q.misses) for q in march] == [("quantenbagger", 1, 1)]
    may = stats.by_query(datetime.date(2026, 5, 1))
    assert [(q.searches, q.misses) for q in may] == [(1, 0)]
    assert list(stats.by_query(datetime.date(2026, 6, 1))) == []


@pytest.mark.parametrize("group", STAFF)
def test_staff_read_the_search_queries_report_with_the_queries_that_found_nothing(client, group):
    OfferPageFactory(title="Cloud Workshop")
    for path in ("/de/suche/?q=Cloud", "/de/suche/?q=Quantenbagger", "/de/suche/?q=Quantenbagger"):
        client.get(path)
    client.force_login(user_in(group))

    report = client.get("/admin/reports/search-queries/")
    assert report.status_code == 200
    rows = [(q.query_string, q.searches, q.misses) for q in report.context["object_list"]]
    assert rows == [("quantenbagger", 2, 2), ("cloud", 1, 0)]

    nothing = client.get("/admin/reports/search-queries/?without_results=true")
    assert [q.query_string for q in nothing.context["object_list"]] == ["quantenbagger"]
    tomorrow = (timezone.now().date() + datetime.timedelta(days=1)).isoformat()
    later = client.get(f"/admin/reports/search-queries/?period_from={tomorrow}")
    assert list(later.context["object_list"]) == []

    export = client.get("/admin/reports/search-queries/?export=csv")
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert lines[1:] == ["quantenbagger,2,2", "cloud,1,0"]

    admin_home = client.get("/admin/").content.decode()
    assert "/admin/reports/search-queries/" in admin_home
    assert "/admin/searchpicks/" in admin_home


def test_editors_without_moderation_see_neither_report_nor_promotions(client):
    client.force_login(user_in("Redaktion"))

    assert client.get("/admin/reports/search-queries/").status_code in (302, 403)
    assert client.get("/admin/searchpicks/add/").status_code in (302, 403)
    admin_home = client.get("/admin/").content.decode()
    assert "/admin/reports/search-queries/" not in admin_home
    assert "/admin/searchpicks/" not in admin_home


def test_wagtails_superuser_only_search_terms_report_is_replaced(client):
    client.force_login(User.objects.create_superuser("root", "root@proxlab.example", "pw"))
    admin_home = client.get("/admin/").content.decode()

    assert "/admin/reports/search-queries/" in admin_home
    assert "/admin/searchpicks/reports/search-terms/" not in admin_home


def promote(client, query: str, page_id: int, description: str = "") -> None:
    response = client.post(
        "/admin/searchpicks/add/",
        {
            "query_string": query,
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": page_id,
            "editors_picks-0-description": description,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.parametrize("group", STAFF)
def test_staff_promote_a_result_that_visitors_see_on_top_in_their_language(client, group):
    summer = OfferPageFactory(title="Sommerschule Cloud", search_description="Zwei Wochen Cloud.")
    OfferPageFactory(title="Cloud Workshop")
    english = translate(summer, {"Sommerschule Cloud": "Cloud Summer School"})
    english.search_description = "Two weeks of cloud."
    english.save_revision().publish()
    staff = client
    staff.force_login(user_in(group))
    promote(staff, "Cloud", summer.pk, "Unsere Empfehlung für den Einstieg.")
    staff.logout()

    german = client.get("/de/suche/?q=cloud").content.decode()
    assert (
        german.index("Empfohlen")
        < german.index("Sommerschule Cloud")
        < german.index("Cloud Workshop")
    )
    assert "Unsere Empfehlung für den Einstieg." in german
    assert german.count(">Sommerschule Cloud</a>") == 1  # not listed again below

    english_page = client.get("/en/search/?q=Cloud").content.decode()
    assert "Recommended" in english_page and "Cloud Summer School" in english_page
    assert "Two weeks of cloud." in english_page
    assert "Unsere Empfehlung" not in english_page  # the editor's German words stay German

    # Only on the first page of results, and only for that query.
    assert "Empfohlen" not in client.get("/de/suche/?q=Workshop").content.decode()


def test_a_promoted_page_without_a_live_translation_is_not_promoted_in_that_language(client):
    german_only = OfferPageFactory(title="Nur auf Deutsch")
    SearchPromotion.objects.create(query=Query.get("kurs"), page=german_only, sort_order=0)

    assert "Nur auf Deutsch" in client.get("/de/suche/?q=Kurs").content.decode()
    english = client.get("/en/search/?q=kurs").content.decode()
    assert "Recommended" not in english and "Nur auf Deutsch" not in english

    german_only.unpublish()
    assert "Empfohlen" not in client.get("/de/suche/?q=Kurs").content.decode()


def test_an_external_promoted_link_shows_with_its_text(client):
    SearchPromotion.objects.create(
        query=Query.get("Stipendium"),
        external_link_url="https://stiftung.example/stipendien",
        external_link_text="Stipendien der Stiftung",
        sort_order=0,
    )
    html = client.get("/de/suche/?q=Stipendium").content.decode()

    assert 'href="https://stiftung.example/stipendien"' in html
    assert "Stipendien der Stiftung" in html


# serialized_rollback: the flush after this test must not recreate content types under new ids,
# or the next test that restores the migrated data collides with them.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_counted_queries_move_into_search_promotions_when_migrating():
    """Staff keep the counts they have: SearchQuery rows become hits and misses."""
    executor = MigrationExecutor(connection)
    executor.migrate([("search", "0002_query_daily_misses")])
    old_apps = executor.loader.project_state([("search", "0002_query_daily_misses")]).apps
    SearchQuery = old_apps.get_model("search", "SearchQuery")
    day = datetime.date(2026, 11, 30)
    SearchQuery.objects.create(language="de", query="cloud", searches=5, zero_hits=0)
    SearchQuery.objects.create(language="en", query="cloud", searches=2, zero_hits=1)
    SearchQuery.objects.create(language="de", query="quantenbagger", searches=3, zero_hits=3)
    SearchQuery.objects.update(last_searched=day)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert counted() == {("cloud", 7, 1), ("quantenbagger", 3, 3)}
    assert set(QueryDailyMisses.objects.values_list("date", flat=True)) == {day}
    assert "search_searchquery" not in connection.introspection.table_names()


def test_moderation_and_administration_hold_the_promotion_permissions():
    for name in STAFF:
        codenames = set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="wagtailsearchpromotions")
            .values_list("codename", flat=True)
        )
        assert {"view_query", "add_searchpromotion", "change_searchpromotion"} <= codenames
    redaktion = Group.objects.get(name="Redaktion").permissions
    assert not redaktion.filter(content_type__app_label="wagtailsearchpromotions").exists()
