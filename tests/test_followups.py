"""Store first, then act: a follow-up that fails for real (the submission workflow disabled,
the moderators' group deleted) never costs the visitor their status page; it is retried, flagged
for staff after PUBLIC_FORMS_FOLLOWUP_ATTEMPTS, heads the queue, and "retry" completes it once."""

import importlib
import re
import time
from pathlib import Path

import pytest

from django.apps import apps as django_apps
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Workflow, WorkflowState

from home.models import PortalSettings
from offers.models import FollowUp, OfferPage, OfferSubmission, TeamApplication
from tests.factories import (
    ChallengePageFactory,
    OfferIndexPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    StandardPageFactory,
    translate,
)
from tests.public_forms import offer_form_data, team_form_data, user_in
from tests.test_search_retry import _work, worker_backend  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

FORM = "/de/angebot-einreichen/"
MIGRATIONS = Path(__file__).resolve().parent.parent / "offers" / "migrations"


@pytest.fixture
def offers_index(settings):
    settings.PUBLIC_FORMS_FOLLOWUP_ATTEMPTS = 2
    settings.PUBLIC_FORMS_RETRY_FIRST_SECONDS = 0  # every failed follow-up is due at once
    PartnerIndexPageFactory()
    return OfferIndexPageFactory()


def status_link(message) -> str:
    return re.search(r"https?://\S+/status/\w+/", message.body).group(0)


def mails_to(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


def submission_workflow() -> Workflow:
    return PortalSettings.load().submission_workflow


def test_a_submission_whose_workflow_is_disabled_is_kept_flagged_and_retried_once(
    client, offers_index
):
    moderator = user_in("Moderation")
    admin = User.objects.create_superuser("admin", "admin@proxlab.example", "pw")
    workflow = submission_workflow()
    workflow.deactivate(user=admin)  # what "Disable" in the admin's workflow list does

    response = client.post(FORM, offer_form_data(title="Workshop Barrierefreiheit"))

    # The visitor is told and can follow the record; nothing typed is lost.
    assert response.status_code == 302
    broken = OfferSubmission.objects.get()
    assert broken.page is None and broken.data["teaser"]
    assert broken.followup_state == FollowUp.PENDING and broken.followup_attempts == 1
    assert "workflow" in broken.followup_error
    (confirmation,) = mails_to("mara@leinecode.example")
    assert client.get(status_link(confirmation)).status_code == 200

    call_command("retry_followups", verbosity=0)  # the cause is still there

    broken.refresh_from_db()
    assert broken.followup_state == FollowUp.FAILED and broken.followup_attempts == 2
    (alert,) = mails_to(moderator.email)
    assert "Workshop Barrierefreiheit" in alert.subject
    assert f"http://testserver/admin/offer_submissions/inspect/{broken.pk}/" in alert.body

    # An administrator enables the workflow again; a newer submission works at once.
    workflow.active = True
    workflow.save()
    client.post(FORM, offer_form_data(title="Sprechstunde Cloud"))
    working = OfferSubmission.objects.exclude(pk=broken.pk).get()
    assert working.followup_state == FollowUp.DONE and working.page is not None

    client.force_login(moderator)
    queue = client.get("/admin/offer_submissions/").text
    assert queue.index("Workshop Barrierefreiheit") < queue.index("Sprechstunde Cloud")
    assert queue.count("fehlgeschlagen, bitte prüfen") == 1
    review = f"/admin/offer_submissions/inspect/{broken.pk}/"
    assert "Jetzt erneut versuchen" in client.get(review).text

    client.post(review, {"action": "retry"})
    client.post(review, {"action": "retry"})  # a second click changes nothing

    broken.refresh_from_db()
    assert broken.followup_state == FollowUp.DONE and broken.followup_error == ""
    assert OfferPage.objects.filter(title="Workshop Barrierefreiheit").count() == 1
    assert WorkflowState.objects.filter(object_id=str(broken.page_id)).count() == 1
    assert broken.page.current_workflow_state.workflow == workflow
    assert "Jetzt erneut versuchen" not in client.get(review).text
    call_command("retry_followups", verbosity=0)
    assert OfferPage.objects.filter(title="Workshop Barrierefreiheit").count() == 1
    assert len(mails_to("mara@leinecode.example")) == 2  # one confirmation per submission
    # The moderator heard once of the failure, and once from Wagtail of each draft to review.
    to_moderator = [message.subject for message in mails_to(moderator.email)]
    assert len([subject for subject in to_moderator if "Bitte prüfen" in subject]) == 1
    assert len(to_moderator) == 1 + 2


def test_a_retry_that_fails_again_says_why_and_keeps_the_flag(client, offers_index):
    moderator = user_in("Moderation")
    PortalSettings.objects.update(submission_workflow=None)
    client.post(FORM, offer_form_data())
    call_command("retry_followups", verbosity=0)
    submission = OfferSubmission.objects.get()

    client.force_login(moderator)
    response = client.post(
        f"/admin/offer_submissions/inspect/{submission.pk}/", {"action": "retry"}, follow=True
    )

    assert "No active workflow for employer submissions" in response.text
    submission.refresh_from_db()
    assert submission.followup_state == FollowUp.FAILED and submission.followup_attempts == 3
    assert not OfferPage.objects.exists()


def test_a_team_application_without_a_moderators_group_is_flagged_and_told_to_the_admins(
    client, offers_index
):
    admin = User.objects.create_superuser("admin", "admin@proxlab.example", "pw")
    challenge = ChallengePageFactory(title="Smarte Lagerlogistik", partner=PartnerPageFactory())
    Group.objects.get(name="Moderation").delete()  # and with it the portal's choice
    client.post(f"/de/challenges/{challenge.pk}/bewerben/", team_form_data())
    application = TeamApplication.objects.get()
    assert application.followup_state == FollowUp.PENDING
    assert "moderators" in application.followup_error

    call_command("retry_followups", verbosity=0)

    application.refresh_from_db()
    assert application.followup_state == FollowUp.FAILED
    (alert,) = mails_to(admin.email)
    assert f"/admin/team_applications/inspect/{application.pk}/" in alert.body

    # The administrator chooses a new moderators' group in Settings → Portal and retries.
    reviewers = Group.objects.create(name="Prüfteam")
    reviewer = User.objects.create_user("pruefer", "pruefer@proxlab.example", "pw")
    reviewer.groups.add(reviewers)
    client.force_login(admin)
    portal = PortalSettings.load()
    response = client.post(
        f"/admin/settings/home/portalsettings/{portal.pk}/",
        {
            "submission_workflow": portal.submission_workflow_id,
            "section_workflow": portal.section_workflow_id,
            "moderators": reviewers.pk,
            "privacy_page": "",
        },
    )
    assert response.status_code == 302
    assert PortalSettings.load().moderators == reviewers
    assert (
        "Datenschutzseite" in client.get(f"/admin/settings/home/portalsettings/{portal.pk}/").text
    )
    assert application.team_name in client.get("/admin/team_applications/").text
    review = f"/admin/team_applications/inspect/{application.pk}/"
    client.post(review, {"action": "retry"})
    client.post(review, {"action": "retry"})

    application.refresh_from_db()
    assert application.followup_state == FollowUp.DONE
    assert len(mails_to(reviewer.email)) == 1


def test_renaming_the_submission_workflow_breaks_nothing(client, offers_index):
    workflow = submission_workflow()
    workflow.name = "Angebote von Arbeitgebern"
    workflow.save()

    client.post(FORM, offer_form_data())

    submission = OfferSubmission.objects.get()
    assert submission.followup_state == FollowUp.DONE
    assert submission.page.current_workflow_state.workflow.name == "Angebote von Arbeitgebern"


def test_every_install_has_its_workflows_and_moderators_chosen(client):
    portal = PortalSettings.load()
    assert portal.submission_workflow.name == "Arbeitgeber-Einreichung"
    assert portal.section_workflow.name == "Redaktionelle Prüfung"
    assert portal.moderators.name == "Moderation"
    # Administrators may change them; moderators may not.
    url = f"/admin/settings/home/portalsettings/{portal.pk}/"
    client.force_login(user_in("Administration"))
    assert client.get(url).status_code == 200
    client.force_login(user_in("Moderation"))
    assert client.get(url).status_code == 302


def test_a_new_section_gets_the_workflow_chosen_for_sections():
    chosen = Workflow.objects.create(name="Vier Augen", active=True)
    PortalSettings.objects.update(section_workflow=chosen)

    index = OfferIndexPageFactory()

    assert index.get_workflow() == chosen


def test_every_form_links_the_privacy_page_chosen_in_the_settings_in_its_language(
    client, offers_index
):
    privacy = StandardPageFactory(title="Schutz Ihrer Daten", slug="schutz-ihrer-daten")
    english_privacy = translate(privacy, {"Schutz Ihrer Daten": "Your data"})
    PortalSettings.objects.update(privacy_page=privacy)
    challenge = ChallengePageFactory()

    assert 'href="/de/schutz-ihrer-daten/"' in client.get(FORM).text
    assert (
        'href="/de/schutz-ihrer-daten/"'
        in client.get(f"/de/challenges/{challenge.pk}/bewerben/").text
    )
    assert english_privacy.url.startswith("/en/")
    assert f'href="{english_privacy.url}"' in client.get("/en/submit-offer/").text


@pytest.mark.usefixtures("worker_backend")
def test_the_task_worker_retries_a_failed_follow_up_by_itself(client, settings, offers_index):
    settings.PUBLIC_FORMS_RETRY_FIRST_SECONDS = 1
    workflow = submission_workflow()
    PortalSettings.objects.update(submission_workflow=None)
    response = client.post(FORM, offer_form_data())
    assert response.status_code == 302
    _work()  # the follow-up fails: a retry waits in the queue

    submission = OfferSubmission.objects.get()
    assert submission.followup_state == FollowUp.PENDING and submission.page is None
    retry_at = submission.followup_retry_at
    assert retry_at > timezone.now()

    PortalSettings.objects.update(submission_workflow=workflow)
    time.sleep(max(0.0, (retry_at - timezone.now()).total_seconds()) + 0.2)
    _work()
    _work()

    submission.refresh_from_db()
    assert submission.followup_state == FollowUp.DONE
    assert submission.page.current_workflow_state.workflow == workflow
    assert OfferPage.objects.count() == 1


def test_an_existing_install_gets_its_settings_from_todays_names_and_retries_lost_drafts():
    migration = importlib.import_module(
        "offers.migrations." + next(MIGRATIONS.glob("*_portal_settings_from_todays_names.py")).stem
    )
    PortalSettings.objects.all().delete()
    privacy = StandardPageFactory(title="Datenschutz", slug="datenschutz")
    lost, _token = OfferSubmission.new(
        "nonce", language="de", contact_name="Mara", email="m@x.example"
    )
    lost.organisation_name, lost.title = "Leinecode", "Workshop"
    lost.save()  # stored before follow-ups were retried; its draft was never made

    migration.fill(django_apps, None)
    migration.retry_stranded(django_apps, None)

    portal = PortalSettings.load()
    assert portal.submission_workflow.name == "Arbeitgeber-Einreichung"
    assert portal.section_workflow.name == "Redaktionelle Prüfung"
    assert portal.moderators.name == "Moderation"
    assert portal.privacy_page.pk == privacy.pk
    assert OfferSubmission.objects.get().followup_state == FollowUp.PENDING
