"""Team applications end to end: a team applies while a challenge takes applications, follows
its status through the mailed link, and hears of each decision a moderator takes."""

import re

import pytest

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from offers.models import ChallengePage, TeamApplication, TeamStatus
from tests.factories import (
    ChallengePageFactory,
    PartnerPageFactory,
    phases_for,
    translate,
)
from tests.public_forms import team_form_data, user_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge() -> ChallengePage:
    partner = PartnerPageFactory(title="Weserbyte GmbH", contact_email="kontakt@weserbyte.example")
    return ChallengePageFactory(
        title="Smarte Lagerlogistik", partner=partner, team_size_min=2, team_size_max=4
    )


def apply_url(challenge: ChallengePage) -> str:
    return f"/de/challenges/{challenge.pk}/bewerben/"


def split_outbox() -> tuple:
    """The mail to the team, and the mails to staff."""
    team = [message for message in mail.outbox if message.to == ["jonas@student.example"]]
    staff = [message for message in mail.outbox if message.to != ["jonas@student.example"]]
    assert len(team) == 1
    return team[0], staff


def status_link(message) -> str:
    return re.search(r"https?://\S+/status/\w+/", message.body).group(0)


def test_the_page_offers_the_form_while_applications_are_open(client, challenge):
    page = client.get(challenge.url).text
    assert "Als Team bewerben" in page and apply_url(challenge) in page
    assert "Noch kein Team hat sich beworben." in page
    form = client.get(apply_url(challenge)).text
    assert form.count('name="member_') == 4 * 3  # one row per possible member
    with translation.override("en"):
        assert reverse("team_application", args=[challenge.pk]) == (
            f"/en/challenges/{challenge.pk}/apply/"
        )


def test_a_team_applies_is_shortlisted_and_accepted_and_hears_of_each_step(client, challenge):
    moderator = user_in("Moderation")
    response = client.post(apply_url(challenge), team_form_data(members=3))

    application = TeamApplication.objects.get()
    assert response.status_code == 302
    assert response["Location"].startswith("/de/team-bewerbung/status/")
    assert application.status == TeamStatus.RECEIVED and application.language == "de"
    assert [m["name"] for m in application.members] == ["Jonas Weber", "Aylin Demir", "Person 3"]
    confirmation, staff = split_outbox()
    assert "Smarte Lagerlogistik" in confirmation.subject
    assert "ziehen die Bewerbung zurück" in confirmation.body
    link = status_link(confirmation)
    assert "Wir haben Ihre Bewerbung erhalten" in client.get(link).text
    # The moderators get a link to the admin; the partner's contact, who cannot enter it,
    # the application itself.
    assert sorted(to for message in staff for to in message.to) == [
        "kontakt@weserbyte.example",
        moderator.email,
    ]
    admin_link = f"http://testserver/admin/team_applications/inspect/{application.pk}/"
    for message in staff:
        assert (admin_link in message.body) == (message.to == [moderator.email])

    client.force_login(moderator)
    listing = client.get("/admin/team_applications/").text
    assert "Die Lagerlotsen" in listing and "Smarte Lagerlogistik" in listing
    review = f"/admin/team_applications/inspect/{application.pk}/"
    assert "Jonas Weber" in client.get(review).text
    client.post(review, {"action": "move", "status": "shortlisted"})
    assert "Auswahlliste" in mail.outbox[-1].subject
    client.post(review, {"action": "move", "status": "accepted"})
    assert "angenommen" in mail.outbox[-1].subject
    assert mail.outbox[-1].to == ["jonas@student.example"]
    client.post(review, {"action": "move", "status": "declined"})  # decided: no more moves
    client.logout()

    application.refresh_from_db()
    assert application.status == TeamStatus.ACCEPTED and application.decided_by == moderator
    assert len(mail.outbox) == 1 + 2 + 2
    assert "Ihr Team ist für diese Challenge angenommen." in client.get(link).text


def test_the_page_counts_the_teams_but_never_names_them(client, challenge):
    client.post(apply_url(challenge), team_form_data())
    client.post(apply_url(challenge), team_form_data(team_name="Byte Brigade"))
    page = client.get(challenge.url).text
    assert "Bisher haben sich 2 Teams beworben." in page
    assert "Die Lagerlotsen" not in page and "Byte Brigade" not in page
    assert "jonas@student.example" not in page


def test_a_team_withdraws_through_its_status_link(client, challenge):
    client.post(apply_url(challenge), team_form_data())
    moderator = user_in("Moderation")
    link = status_link(split_outbox()[0])
    mail.outbox.clear()
    # One click only asks, in a form that works without JavaScript.
    question = client.post(link, {"action": "withdraw"})
    assert "Diese Bewerbung endgültig zurückziehen?" in question.text
    assert 'name="confirmed" value="yes"' in question.text
    assert TeamApplication.objects.get().status == TeamStatus.RECEIVED and not mail.outbox
    client.post(link, {"action": "withdraw", "confirmed": "yes"})
    assert TeamApplication.objects.get().status == TeamStatus.WITHDRAWN
    to_team, to_staff = split_outbox()
    assert "zurückgezogen" in to_team.subject
    assert [m.to for m in to_staff] == [[moderator.email]] and "Die Lagerlotsen" in to_staff[0].body
    assert "Sie haben diese Bewerbung zurückgezogen." in client.get(link).text
    assert "Noch kein Team hat sich beworben." in client.get(challenge.url).text


def test_an_english_team_is_answered_in_english_and_moderators_in_german(client, challenge):
    english = translate(challenge, {"Smarte Lagerlogistik": "Smart warehouse logistics"})
    url = f"/en/challenges/{english.pk}/apply/"
    response = client.post(url, team_form_data())
    assert response["Location"].startswith("/en/team-application/status/")
    application = TeamApplication.objects.get()
    assert application.language == "en" and application.challenge_id == english.pk
    confirmation, staff = split_outbox()
    assert "Smart warehouse logistics" in confirmation.subject
    assert all(
        "Neue Team-Bewerbung" in message.subject
        for message in staff
        if message.to != ["kontakt@weserbyte.example"]
    )
    # Counted on both language versions.
    assert "1 Team" in client.get(challenge.url).text

    client.force_login(user_in("Moderation"))
    client.post(
        f"/admin/team_applications/inspect/{application.pk}/",
        {"action": "decline", "reason": "Too late.", "confirmed": "yes"},
    )
    assert "Your application for" in mail.outbox[-1].subject


def test_errors_stand_next_to_their_field_in_the_visitors_language_and_input_is_kept(
    client, challenge
):
    response = client.post(
        f"/en/challenges/{challenge.pk}/apply/",
        team_form_data(members=1, email="nope", member_3_programme="Informatik"),
    )
    assert response.status_code == 200
    html = response.text
    assert 'id="id_email_error"' in html and "Enter a valid email address." in html
    assert 'id="id_member_2_name_error"' in html  # two members at least
    assert 'id="id_member_3_name_error"' in html and "name, or empty the row." in html
    assert 'value="Die Lagerlotsen"' in html and "Wir haben Logistik" in html
    assert not TeamApplication.objects.exists()


@pytest.mark.parametrize("status", ["announced", "running", "finished"])
def test_outside_the_application_phase_the_form_is_refused_politely(client, status):
    challenge = ChallengePageFactory(phases=phases_for(status))
    page = client.get(challenge.url).text
    assert apply_url(challenge) not in page
    for response in (
        client.get(apply_url(challenge)),
        client.post(apply_url(challenge), team_form_data()),
    ):
        assert response.status_code == 200
        text = response.text
        expected = (
            "Die Bewerbung für diese Challenge beginnt am"
            if status == "announced"
            else ("Die Bewerbungsfrist für diese Challenge ist vorbei.")
        )
        assert expected in text
    assert not TeamApplication.objects.exists()
    assert mail.outbox == []


def test_unknown_challenges_and_status_links_are_not_found(client, challenge):
    assert client.get("/de/challenges/999999/bewerben/").status_code == 404
    assert client.get(f"/de/challenges/{challenge.get_parent().pk}/bewerben/").status_code == 404
    assert client.get("/de/team-bewerbung/status/nope/").status_code == 404
    huge = 10**20
    assert client.get(f"/de/challenges/{huge}/bewerben/").status_code == 404
    assert client.get(f"/de/challenges/{challenge.pk}/mitstreiter/{huge}/").status_code == 404


def test_moderators_close_applications_early_in_every_language(client, challenge):
    english = translate(challenge)
    client.post(apply_url(challenge), team_form_data())
    client.force_login(user_in("Moderation"))
    review = f"/admin/team_applications/inspect/{TeamApplication.objects.get().pk}/"
    assert "Bewerbungen jetzt schließen" in client.get(review).text
    client.post(review, {"action": "close"})
    client.logout()

    refused = client.post(apply_url(challenge), team_form_data(team_name="Zu spät"))
    # The reason is the early closure, not a deadline that has not passed yet.
    assert "Es haben sich genug Teams beworben" in refused.text
    assert "Bewerbungsfrist für diese Challenge ist vorbei" not in refused.text
    assert "Es wurde nichts gesendet oder gespeichert." in refused.text
    assert TeamApplication.objects.count() == 1
    page = client.get(challenge.url).text
    assert apply_url(challenge) not in page
    assert "Bewerbung offen" not in page and "Bewerbung geschlossen" in page
    english_refusal = client.get(f"/en/challenges/{english.pk}/apply/").text
    assert "applications for this challenge were closed early" in english_refusal
    assert "Nothing has been sent" not in english_refusal  # nothing was sent: a visit
    english_page = client.get(english.url).text
    assert "Application open" not in english_page and "Applications closed" in english_page


def test_editors_cannot_see_applications(client, challenge):
    client.post(apply_url(challenge), team_form_data())
    client.force_login(user_in("Redaktion"))
    assert client.get("/admin/team_applications/").status_code in (302, 403)


def test_a_cached_challenge_page_counts_a_new_team_and_an_early_closure(
    client, challenge, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    visitor = Client()
    visitor.get(challenge.url)
    assert visitor.get(challenge.url)["X-Page-Cache"] == "hit"

    client.post(apply_url(challenge), team_form_data())

    page = visitor.get(challenge.url)
    assert page["X-Page-Cache"] == "miss"
    assert "Bisher hat sich 1 Team beworben." in page.text
    client.force_login(user_in("Moderation"))
    client.post(
        f"/admin/team_applications/inspect/{TeamApplication.objects.get().pk}/",
        {"action": "close"},
    )
    assert apply_url(challenge) not in visitor.get(challenge.url).text
