"""A team application as staff meet it: the review page in their time zone and words, declining
with a reason after a confirmation (and taking it back), the partner's mail with the
application itself, and the export."""

import csv
import datetime
import io
import re

import openpyxl
import pytest

from django.core import mail
from django.core.files.base import ContentFile
from django.test import Client

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from offers.models import ChallengePage, TeamApplication, TeamStatus
from tests.factories import ChallengePageFactory, PartnerPageFactory, translate
from tests.public_forms import team_form_data, user_in

pytestmark = pytest.mark.django_db

PARTNER = "kontakt@weserbyte.example"
TEAM = "jonas@student.example"


@pytest.fixture
def challenge() -> ChallengePage:
    partner = PartnerPageFactory(title="Weserbyte GmbH", contact_email=PARTNER)
    return ChallengePageFactory(
        title="Smarte Lagerlogistik", partner=partner, team_size_min=2, team_size_max=4
    )


@pytest.fixture
def moderator(client):
    user = user_in("Moderation")
    client.force_login(user)
    return user


def apply(challenge: ChallengePage, language: str = "de", **data) -> TeamApplication:
    """A team applies through the public form, as a visitor."""
    Client().post(f"/{language}/challenges/{challenge.pk}/bewerben/", team_form_data(**data))
    return TeamApplication.objects.latest("created_at")


def review_url(application: TeamApplication) -> str:
    return f"/admin/team_applications/inspect/{application.pk}/"


def status_link(address: str = TEAM) -> str:
    received = next(m for m in mail.outbox if m.to == [address] and "erhalten" in m.subject)
    return re.search(r"https?://\S+/status/\w+/", received.body).group(0)


def fields_of(page: str) -> str:
    """The review page's list of fields, where raw Python values once showed."""
    return page.split("<dl>", 1)[1].split("</dl>", 1)[0]


def test_the_review_page_shows_every_field_in_the_staff_members_time_zone_and_words(
    client, challenge, moderator
):
    application = apply(challenge)
    received = datetime.datetime(2025, 3, 10, 8, 5, tzinfo=datetime.UTC)
    TeamApplication.objects.filter(pk=application.pk).update(created_at=received)

    page = client.get(review_url(application)).text
    fields = fields_of(page)
    assert "10. März 2025 09:05" in fields  # Berlin, the portal's time zone
    for raw in ("True", "False", "None", "08:05"):
        assert raw not in fields
    assert "Nein" in fields  # the team name may not be shown with results
    assert "—" in fields  # not decided yet
    for submitted in (
        "Die Lagerlotsen",
        "Jonas Weber",
        TEAM,
        "HAWK Hildesheim",
        "Wir haben Logistik und Informatik im Team.",
        "Smarte Lagerlogistik",
        "Deutsch",
        "Kein Anhang",
    ):
        assert submitted in fields
    assert "Aylin Demir" in page and "Wirtschaftsinformatik" in page

    profile = UserProfile.get_for_user(moderator)
    profile.current_time_zone = "America/New_York"
    profile.save()
    application.refresh_from_db()
    application.attachment.save("konzept.pdf", ContentFile(b"%PDF-1.4"), save=True)
    fields = fields_of(client.get(review_url(application)).text)
    assert "04:05" in fields and "09:05" not in fields
    assert f"/admin/team_applications/attachment/{application.pk}/" in fields


def test_one_team_is_counted_in_the_singular(client, challenge, moderator):
    page = client.get(review_url(apply(challenge))).text
    assert "Beworben hat sich 1 Team." in page and "1 Teams" not in page
    assert "Vergeben: 0 von 1 Platz." in page


def test_declining_asks_for_a_reason_and_a_confirmation_and_the_team_reads_the_reason(
    client, challenge, moderator
):
    application = apply(challenge)
    link = status_link()
    mail.outbox.clear()
    review = review_url(application)

    # The old one-click decline no longer declines.
    client.post(review, {"action": "move", "status": "declined"})
    without = client.post(review, {"action": "decline", "reason": ""})
    assert "Dieses Feld muss ausgefüllt werden." in without.text
    reason = "Die Challenge verlangt Erfahrung mit Lagerhaltung; davon lesen wir nichts."
    question = client.post(review, {"action": "decline", "reason": reason})
    assert "Diese Bewerbung wirklich ablehnen?" in question.text and reason in question.text
    application.refresh_from_db()
    assert application.status == TeamStatus.RECEIVED and not mail.outbox

    done = client.post(review, {"action": "decline", "reason": reason, "confirmed": "yes"})
    assert done.status_code == 302
    application.refresh_from_db()
    assert application.status == TeamStatus.DECLINED and application.decline_reason == reason
    assert application.decided_by == moderator
    [to_team] = mail.outbox
    assert to_team.to == [TEAM] and reason in to_team.body
    assert "nicht ausgewählt" in to_team.body
    status = Client().get(link).text
    assert "für diese Challenge nicht ausgewählt" in status and reason in status


def test_an_english_team_reads_the_decline_in_english(client, challenge, moderator):
    english = translate(challenge, {"Smarte Lagerlogistik": "Smart warehouse logistics"})
    Client().post(f"/en/challenges/{english.pk}/apply/", team_form_data())
    application = TeamApplication.objects.get()
    mail.outbox.clear()
    reason = "We were looking for more experience with warehouses."
    client.post(
        review_url(application), {"action": "decline", "reason": reason, "confirmed": "yes"}
    )
    [to_team] = mail.outbox
    assert "Your application for" in to_team.subject
    assert "has not been chosen" in to_team.body and reason in to_team.body


def test_a_moderator_reopens_a_decided_application_and_the_team_is_told(
    client, challenge, moderator
):
    application = apply(challenge)
    link = status_link()
    review = review_url(application)
    reason = "Zu wenig Erfahrung mit Lagerhaltung."
    client.post(review, {"action": "decline", "reason": reason, "confirmed": "yes"})
    mail.outbox.clear()

    page = client.get(review).text
    assert "Entscheidung zurücknehmen" in page
    client.post(review, {"action": "undecide"})
    application.refresh_from_db()
    assert application.status == TeamStatus.RECEIVED and application.decline_reason == ""
    [to_team] = mail.outbox
    assert to_team.to == [TEAM] and "wieder" in to_team.body
    status = Client().get(link).text
    assert reason not in status and "Wir haben Ihre Bewerbung erhalten" in status
    actions = ModelLogEntry.objects.filter(object_id=str(application.pk)).values_list(
        "action", "user"
    )
    assert ("proxlab.team.declined", moderator.pk) in actions
    assert ("proxlab.team.reopened", moderator.pk) in actions
    assert (
        "Entscheidung zurückgenommen"
        in client.get(f"/admin/team_applications/history/{application.pk}/").text
    )


def test_the_partner_reads_the_application_and_staff_keep_their_admin_link(client, challenge):
    moderator = user_in("Moderation")
    application = apply(challenge)
    [to_partner] = [m for m in mail.outbox if m.to == [PARTNER]]
    [to_moderator] = [m for m in mail.outbox if m.to == [moderator.email]]
    for content in (
        "Die Lagerlotsen",
        "Jonas Weber, Informatik, 4. Semester",
        "Aylin Demir, Wirtschaftsinformatik",
        "HAWK Hildesheim",
        "Wir haben Logistik und Informatik im Team.",
        "Kein Anhang",
    ):
        assert content in to_partner.body
    assert "/admin/" not in to_partner.body and TEAM not in to_partner.body
    assert review_url(application) in to_moderator.body


def export(client, export_format: str):
    response = client.get("/admin/team_applications/", {"export": export_format})
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_staff_export_the_applications_with_the_columns_they_need(client, challenge, moderator):
    application = apply(challenge)
    apply(challenge, team_name="Byte Brigade", members=2)
    received = datetime.datetime(2025, 3, 10, 8, 5, tzinfo=datetime.UTC)
    TeamApplication.objects.filter(pk=application.pk).update(created_at=received)
    client.post(
        review_url(application), {"action": "decline", "reason": "Zu spät.", "confirmed": "yes"}
    )

    sheet = openpyxl.load_workbook(io.BytesIO(export(client, "xlsx"))).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == [
        "Challenge",
        "Teamname",
        "Ansprechperson",
        "E-Mail",
        "Mitglieder",
        "Eingegangen",
        "Status",
        "Entschieden",
    ]
    assert len(rows) == 3
    declined = next(row for row in rows if row[1] == "Die Lagerlotsen")
    assert declined[:5] == ["Smarte Lagerlogistik", "Die Lagerlotsen", "Jonas Weber", TEAM, 3]
    assert declined[5] == datetime.datetime(2025, 3, 10, 9, 5)  # Berlin time
    assert declined[6] == "Abgelehnt" and declined[7] is not None

    lines = list(csv.reader(io.StringIO(export(client, "csv").decode())))
    assert len(lines) == 3 and {line[1] for line in lines[1:]} == {
        "Die Lagerlotsen",
        "Byte Brigade",
    }


def test_the_generic_edit_form_cannot_decide_behind_the_teams_back(client, challenge, moderator):
    application = apply(challenge)
    mail.outbox.clear()
    client.post(f"/admin/team_applications/edit/{application.pk}/", {"status": "declined"})
    application.refresh_from_db()
    assert application.status == TeamStatus.RECEIVED and not mail.outbox
