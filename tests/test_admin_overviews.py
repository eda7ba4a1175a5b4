"""What Moderation overlooks in the admin: the offer and challenge explorers with their type,
dates, partner and state (filtered and exported), the dashboard's queues with their counts and
ages, and the counts on the queues' menu items. Driven through the real admin."""

import csv
import datetime
import io
import json
import re

import openpyxl
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from offers.models import OfferSubmission, TeamApplication
from tests.factories import (
    ChallengePageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    phases_for,
    translate,
)
from tests.public_forms import user_in
from tests.test_translation_board import offer_in_state

pytestmark = pytest.mark.django_db

IN_TEN_DAYS = timezone.now() + datetime.timedelta(days=10)


@pytest.fixture
def offers():
    """A live workshop of a partner, a live internship without one, and a draft talk."""
    index = OfferIndexPageFactory()
    partner = PartnerPageFactory(title="Weserbyte GmbH")
    workshop = OfferPageFactory(
        parent=index,
        title="Cloud Workshop",
        partner=partner,
        starts_at=IN_TEN_DAYS,
        registration_deadline=IN_TEN_DAYS.date() - datetime.timedelta(days=3),
    )
    internship = OfferPageFactory(parent=index, title="Praktikum Backend", offer_type="internship")
    talk = OfferPageFactory(parent=index, title="Vortrag KI", offer_type="talk", live=False)
    return index, partner, workshop, internship, talk


def titles(response) -> set[str]:
    return {page.title for page in response.context["pages"]}


def test_the_offer_explorer_shows_type_dates_partner_and_state(client, offers):
    index, *_ = offers
    client.force_login(user_in("Moderation"))

    html = client.get(f"/admin/pages/{index.pk}/").content.decode()

    for heading in (
        "Angebotsart",
        "Nächster Termin",
        "Anmelde- oder Bewerbungsschluss",
        "Partner",
        "Status",
    ):
        assert re.search(rf">\s*{heading}\s*<", html), heading
    assert "Workshop" in html and "Praktikum" in html and "Vortrag" in html
    assert "Weserbyte GmbH" in html
    assert IN_TEN_DAYS.date().strftime("%d.%m.%Y") in html
    assert (IN_TEN_DAYS.date() - datetime.timedelta(days=3)).strftime("%d.%m.%Y") in html
    assert "Entwurf" in html  # the talk's state


def test_moderators_filter_the_offers_by_type_partner_and_state(client, offers):
    index, partner, *_ = offers
    client.force_login(user_in("Moderation"))
    explore = f"/admin/pages/{index.pk}/"

    assert titles(client.get(explore, {"offer_type": "internship"})) == {"Praktikum Backend"}
    assert titles(client.get(explore, {"partner": partner.pk})) == {"Cloud Workshop"}
    assert titles(client.get(explore, {"state": "draft"})) == {"Vortrag KI"}
    assert titles(client.get(explore, {"state": "live"})) == {"Cloud Workshop", "Praktikum Backend"}
    # A value no form offers is ignored and said so, never a server error.
    assert client.get(explore, {"offer_type": "zeppelin"}).status_code == 200


def test_offers_are_exported_as_csv_and_xlsx_with_the_columns_staff_need(client, offers):
    index, *_ = offers
    client.force_login(user_in("Moderation"))
    explore = f"/admin/pages/{index.pk}/"

    response = client.get(explore, {"export": "csv", "offer_type": "workshop"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "Titel",
        "Sprache",
        "Angebotsart",
        "Partner",
        "Ort",
        "Beginn",
        "Anmelde- oder Bewerbungsschluss",
        "Status",
        "URL",
    ]
    assert len(rows) == 2
    title, language, kind, partner, place, start, deadline, state, url = rows[1]
    assert (title, language, kind, partner, place) == (
        "Cloud Workshop",
        "Deutsch",
        "Workshop",
        "Weserbyte GmbH",
        "Hildesheim",
    )
    assert start == f"{timezone.localtime(IN_TEN_DAYS):%Y-%m-%d %H:%M}" and deadline  # local time
    assert state == "Veröffentlicht" and url.endswith("/de/angebote/cloud-workshop/")

    workbook = openpyxl.load_workbook(
        io.BytesIO(b"".join(client.get(explore, {"export": "xlsx"}).streaming_content))
    )
    sheet = list(workbook.active.values)
    assert sheet[0][0] == "Titel"
    assert {row[0] for row in sheet[1:]} == {"Cloud Workshop", "Praktikum Backend", "Vortrag KI"}


def test_the_challenge_explorer_shows_and_filters_the_status_and_exports(client):
    open_one = ChallengePageFactory(title="Lieferketten", phases=phases_for("application_open"))
    ChallengePageFactory(title="Alte Challenge", phases=phases_for("finished"))
    client.force_login(user_in("Moderation"))
    explore = f"/admin/pages/{open_one.get_parent().pk}/"

    html = client.get(explore).content.decode()
    assert "Bewerbung offen" in html and "Abgeschlossen" in html
    assert "Bewerbungsschluss" in html
    assert titles(client.get(explore, {"status": "finished"})) == {"Alte Challenge"}

    response = client.get(explore, {"export": "csv", "status": "application_open"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row[0] for row in rows[1:]] == ["Lieferketten"]
    assert rows[1][6] == open_one.application_closes.isoformat()


def received(model, days_ago: int, **fields):
    """A record sent through a public form `days_ago` days ago."""
    record, _token = model.new(
        f"nonce-{model.__name__}-{days_ago}-{sorted(fields.items())}",
        language="de",
        contact_name="Mara Lindner",
        email="mara@leinecode.example",
        **fields,
    )
    record.save()
    model.objects.filter(pk=record.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_ago, hours=1)
    )
    return record


@pytest.fixture
def queues():
    received(OfferSubmission, 3, title="Workshop A", organisation_name="Leinecode")
    received(OfferSubmission, 1, title="Workshop B", organisation_name="X", status="in_review")
    received(OfferSubmission, 9, title="Alt", organisation_name="Y", status="published")
    challenge = ChallengePageFactory()
    received(TeamApplication, 5, challenge=challenge, team_name="Lotsen")
    received(TeamApplication, 20, challenge=challenge, team_name="Alt", status="accepted")


def test_the_moderators_dashboard_counts_the_open_queues_with_the_oldest_age(client, queues):
    client.force_login(user_in("Moderation"))

    html = re.sub(r"\s+", " ", client.get("/admin/").content.decode())

    assert "2 offene Einreichungen" in html and "älteste seit 3 Tagen" in html
    assert "1 Team-Bewerbung ohne Entscheidung" in html and "älteste seit 5 Tagen" in html
    assert 'href="/admin/offer_submissions/"' in html and 'href="/admin/team_applications/"' in html
    assert "Übersetzungsstand" in html  # the translation board's counts, as before


def menu_item(props: dict, label: str) -> dict:
    """The sidebar's link item with this label, as Wagtail's JS receives it."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            if value.get("_type") == "wagtail.sidebar.LinkMenuItem" and (
                value["_args"][0]["label"] == label
            ):
                found.append(value["_args"][0])
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(props)
    assert len(found) == 1, label
    return found[0]


def test_the_queues_menu_items_carry_their_counts_in_a_badge(client, queues):
    """The label stays short, so the sidebar's fixed width never cuts the count off; a
    screen reader hears label and count."""
    client.force_login(user_in("Moderation"))

    html = client.get("/admin/").content.decode()

    script = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    props = json.loads(script)
    submissions = menu_item(props, "Einreichungen")
    teams = menu_item(props, "Team-Bewerbungen")
    assert submissions["attrs"]["data-proxlab-count"] == "2"
    assert teams["attrs"]["data-proxlab-count"] == "1"
    assert teams["attrs"]["aria-label"] == "Team-Bewerbungen (1)"
    assert "css/admin-menu.css" in html  # draws the badge, also in the collapsed sidebar


def test_editors_who_cannot_open_the_queues_see_no_counts_of_them(client, queues):
    client.force_login(user_in("Redaktion"))

    html = client.get("/admin/").content.decode()

    assert "offene Einreichungen" not in html and "Einreichungen (" not in html
    assert "Team-Bewerbung" not in html


def queue_queries(client) -> tuple[int, dict[str, int]]:
    """All queries of the dashboard, and those that read each queue's table."""
    with CaptureQueriesContext(connection) as queries:
        client.get("/admin/")
    sql = [query["sql"] for query in queries.captured_queries]
    tables = ("offers_offersubmission", "offers_teamapplication")
    return len(sql), {table: sum(table in line for line in sql) for table in tables}


def test_the_dashboard_and_its_menu_read_each_queue_once(client, queues):
    client.force_login(user_in("Moderation"))
    client.get("/admin/")  # the first request fills caches that are not the queues'

    few, per_queue = queue_queries(client)
    for number in range(5):
        received(OfferSubmission, 2 + number, title=f"Mehr {number}", organisation_name="Z")
    many, _per_queue = queue_queries(client)

    assert per_queue == {"offers_offersubmission": 1, "offers_teamapplication": 1}
    assert many == few


def test_nothing_open_says_so_without_an_age(client):
    client.force_login(user_in("Moderation"))

    html = re.sub(r"\s+", " ", client.get("/admin/").content.decode())

    assert "Keine offenen Einreichungen" in html and "älteste" not in html


def column_queries(client, index) -> list[str]:
    """The explorer's queries that read what the added columns show: the partner, the place,
    the sessions (next date)."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/admin/pages/{index.pk}/").status_code == 200
    tables = ("offers_partnerpage", "home_place", "offers_offersession")
    return [q["sql"] for q in queries.captured_queries if any(t in q["sql"] for t in tables)]


def test_the_offer_explorers_columns_cost_the_same_for_few_and_many_offers(client, offers):
    """Wagtail-localize's row buttons still cost queries per row; the columns added here not."""
    index, partner, *_ = offers
    client.force_login(user_in("Moderation"))
    few = len(column_queries(client, index))
    for number in range(6):
        OfferPageFactory(parent=index, title=f"Mehr {number}", partner=partner)

    assert len(column_queries(client, index)) == few


def test_the_search_queries_export_follows_the_moderators_filter(client):
    OfferPageFactory(title="Cloud Workshop")
    for path in ("/de/suche/?q=Cloud", "/de/suche/?q=Quantenbagger"):
        client.get(path)
    client.force_login(user_in("Moderation"))

    export = client.get(
        "/admin/reports/search-queries/", {"export": "csv", "without_results": "true"}
    )

    lines = b"".join(export.streaming_content).decode().splitlines()
    assert lines == ["Suchbegriff,Suchen,Ohne Treffer", "quantenbagger,1,1"]


def published_days_ago(page, days: int) -> None:
    type(page).objects.filter(pk=page.pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=days, hours=1)
    )


def test_the_translations_panel_counts_what_waits_for_english_with_the_oldest_age(client):
    """Every German page whose English is not live and current waits: missing, a draft, with
    untranslated strings, or older than the German. A German draft does not wait yet."""
    index = OfferIndexPageFactory()
    translate(index, {"Angebote": "Offers", "angebote": "offers"})
    for state in ("missing", "untranslated", "draft", "changed", "current"):
        offer_in_state(index, state, f"Angebot {state}")
    published_days_ago(offer_in_state(index, "missing", "Lange ohne Englisch"), 3)
    OfferPageFactory(parent=index, title="Deutscher Entwurf", live=False)
    client.force_login(user_in("Redaktion"))
    assert "deutsche Seiten ohne" not in dashboard_text(client)  # for those who publish
    client.force_login(user_in("Moderation", "moderation2"))

    html = dashboard_text(client)

    assert "5 veröffentlichte deutsche Seiten ohne aktuelles Englisch" in html
    assert "älteste seit 3 Tagen" in html
    assert 'href="/admin/translations/"' in html


def dashboard_text(client) -> str:
    return re.sub(r"\s+", " ", client.get("/admin/").content.decode())


def test_the_translations_panel_reads_what_waits_in_one_query(client):
    index = OfferIndexPageFactory()
    translate(index, {"Angebote": "Offers", "angebote": "offers"})
    offer_in_state(index, "draft", "Angebot im Entwurf")
    client.force_login(user_in("Moderation"))
    client.get("/admin/")  # the first request fills caches that are not the panel's

    with CaptureQueriesContext(connection) as few:
        client.get("/admin/")
    for state in ("missing", "untranslated", "changed", "current"):
        offer_in_state(index, state, f"Weiteres Angebot {state}")
    client.get("/admin/")  # the new content generation looks the site up once
    with CaptureQueriesContext(connection) as many:
        client.get("/admin/")

    localize = [q["sql"] for q in many.captured_queries if "wagtail_localize_" in q["sql"]]
    assert len(localize) == 1
    assert len(many.captured_queries) == len(few.captured_queries)
