"""Challenge status follows the phase dates, and the listing filters by it."""

import pytest

from offers.choices import ChallengeStatus
from offers.models import ChallengePage
from tests.factories import ChallengePageFactory, phases_for

pytestmark = pytest.mark.django_db

STATUSES = ["announced", "application_open", "running", "finished"]


@pytest.mark.parametrize("status", STATUSES)
def test_status_is_derived_from_the_phases(status):
    challenge = ChallengePageFactory(phases=phases_for(status))

    assert challenge.status() == ChallengeStatus(status)


@pytest.mark.parametrize("status", STATUSES)
def test_database_status_filter_agrees_with_the_page(status):
    for each in STATUSES:
        ChallengePageFactory(title=each, phases=phases_for(each))

    found = ChallengePage.objects.with_status(status)

    assert [challenge.title for challenge in found] == [status]


def test_listing_filters_by_status(client):
    for each in STATUSES:
        ChallengePageFactory(title=each, phases=phases_for(each))

    response = client.get("/de/challenges/?status=running")

    assert [c.title for c in response.context["challenges"]] == ["running"]
    assert client.get("/de/challenges/?status=nonsense").status_code == 200


@pytest.mark.parametrize(
    "status, shows_deadline",
    [("announced", True), ("application_open", True), ("running", False), ("finished", False)],
)
def test_application_deadline_is_shown_only_while_teams_can_still_apply(
    client, status, shows_deadline
):
    challenge = ChallengePageFactory(phases=phases_for(status))

    html = client.get(challenge.url).content.decode()

    assert ("Bewerbung bis" in html) is shows_deadline
