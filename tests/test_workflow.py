"""Roles and the review workflow, as the migrations leave them on every fresh install."""

from datetime import timedelta

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone, translation

from wagtail.models import Revision, Workflow, WorkflowPage
from wagtail.users.models import UserProfile

from cms.worker import SteadyWorker
from home.models import ArticleIndexPage
from tests.admin_forms import edit_form_data
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ChallengeIndexPageFactory,
    ChallengePageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    StandardPageFactory,
    english,
    translate,
)
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db


def test_the_three_roles_exist_with_what_they_may_do():
    assert {"Redaktion", "Moderation", "Administration"} <= set(
        Group.objects.values_list("name", flat=True)
    )
    offer = OfferPageFactory()
    editor, moderator = user_in("Redaktion"), user_in("Moderation")
    assert offer.permissions_for_user(editor).can_edit()
    assert not offer.permissions_for_user(editor).can_publish()
    assert offer.permissions_for_user(moderator).can_publish()
    assert moderator.has_perm("offers.change_offersubmission")
    assert not editor.has_perm("offers.change_offersubmission")


def test_every_section_page_gets_the_review_workflow_in_every_language():
    sections = [
        OfferIndexPageFactory(),
        ChallengeIndexPageFactory(),
        PartnerIndexPageFactory(),
        ArticleIndexPageFactory(),
    ]
    english_articles = translate(sections[3], {"Magazin": "Magazine", "magazin": "magazine"})
    for page in [*sections, english_articles]:
        assert WorkflowPage.objects.get(page=page).workflow.name == "Redaktionelle Prüfung"
        assert page.get_workflow().name == "Redaktionelle Prüfung"
    assert ArticleIndexPage.objects.get(pk=english_articles.pk).locale == english()
    assert Workflow.objects.get(name="Arbeitgeber-Einreichung").active


def test_a_submitted_page_notifies_moderators_in_german_and_changes_go_back_with_the_comment(
    client,
):
    offer = OfferPageFactory(title="Workshop Git")
    editor, moderator = user_in("Redaktion"), user_in("Moderation")
    offer.save_revision(user=editor)
    with translation.override("de"):  # what the admin middleware makes of every admin request
        Workflow.objects.get(name="Redaktionelle Prüfung").start(offer, editor)
    submitted = [m for m in mail.outbox if moderator.email in m.to]
    assert submitted and "eingereicht" in submitted[0].subject.lower() + submitted[0].body.lower()

    mail.outbox.clear()
    client.force_login(moderator)
    task_state = offer.current_workflow_task_state
    client.post(
        f"/admin/pages/workflow/action/{offer.pk}/reject/{task_state.pk}/",
        {"comment": "Bitte den Ort ergänzen."},
    )
    offer.refresh_from_db()
    assert offer.current_workflow_state.status == "needs_changes"
    (to_editor,) = [m for m in mail.outbox if editor.email in m.to]
    assert "Bitte den Ort ergänzen." in to_editor.body


def test_every_page_type_can_be_scheduled_to_go_live_and_expire():
    from wagtail.models import get_page_models

    for model in get_page_models():
        if model._meta.app_label not in {"home", "offers"}:
            continue
        fields = model.get_edit_handler().get_form_class().base_fields
        assert {"go_live_at", "expire_at"} <= set(fields), model


def test_moderators_hear_of_an_english_submission_in_german(client):
    from tests.factories import PartnerIndexPageFactory, place
    from tests.public_forms import offer_form_data

    moderator = user_in("Moderation")
    index = OfferIndexPageFactory()
    PartnerIndexPageFactory()
    translate(index, {"Angebote": "Offers", "angebote": "offers"})

    client.post("/en/submit-offer/", offer_form_data(place=str(place("hildesheim", "en").pk)))

    (notification,) = [m for m in mail.outbox if moderator.email in m.to]
    assert "eingereicht" in notification.subject


def prefers(user, language: str):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_through_the_admin_each_person_hears_in_their_admin_language(client):
    """The editor submits in the admin; moderators are told in their admin's language (German
    unless they chose another); changes requested in English reach the German editor in German,
    with the moderator's comment."""
    offer = OfferPageFactory(title="Workshop Git")
    editor = user_in("Redaktion")
    german_moderator = user_in("Moderation")
    english_moderator = prefers(user_in("Moderation", "moderator-en"), "en")

    client.force_login(editor)
    data = {**edit_form_data(client, offer), "title": ["Workshop Git für Einsteiger"]}
    client.post(f"/admin/pages/{offer.pk}/edit/", {**data, "action-submit": ["Submit"]})

    offer.refresh_from_db()
    assert offer.current_workflow_state.status == "in_progress"
    assert not offer.live or offer.title == "Workshop Git"  # nothing published yet
    (to_german,) = [m for m in mail.outbox if german_moderator.email in m.to]
    (to_english,) = [m for m in mail.outbox if english_moderator.email in m.to]
    assert "zur Freigabe" in to_german.subject
    assert "Workshop Git für Einsteiger" in to_german.subject
    assert "submitted for approval" in to_english.subject

    mail.outbox.clear()
    client.force_login(english_moderator)
    task_state = offer.current_workflow_task_state
    client.post(
        f"/admin/pages/workflow/action/{offer.pk}/reject/{task_state.pk}/",
        {"comment": "Please add the room number."},
    )
    (to_editor,) = [m for m in mail.outbox if editor.email in m.to]
    assert "abgelehnt" in to_editor.subject.lower() or "Änderungen" in to_editor.subject
    assert "Please add the room number." in to_editor.body


@pytest.mark.parametrize(
    "factory",
    [
        OfferPageFactory,
        ChallengePageFactory,
        PartnerPageFactory,
        ArticlePageFactory,
        StandardPageFactory,
    ],
)
def test_a_scheduled_page_goes_live_and_expires_on_time(factory, client):
    """What an editor schedules happens through Wagtail's publish_scheduled command (run by
    the task worker's sweep, cms.worker), for every page type."""
    page = factory()
    page.unpublish()
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live and client.get(page.url).status_code == 404

    # An hour later: the scheduled revision's time has come.
    past = timezone.now() - timedelta(minutes=1)
    revision = Revision.objects.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    SteadyWorker._sweep(None)
    page.refresh_from_db()
    assert page.live and client.get(page.url).status_code == 200

    type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    SteadyWorker._sweep(None)
    page.refresh_from_db()
    assert not page.live and page.expired
    assert client.get(page.url).status_code == 404
