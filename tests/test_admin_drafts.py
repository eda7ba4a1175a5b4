"""Drafts save incomplete; submitting for review and publishing enforce the page's rules."""

import pytest

from django.contrib.messages import get_messages

from offers.choices import OfferType
from offers.models import OfferPage
from tests.admin_forms import edit_form_data
from tests.factories import OfferPageFactory
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db


def _edit(client, page, action=None, **fields):
    data = {**edit_form_data(client, page), **{k: [v] for k, v in fields.items()}}
    if action:
        data[f"action-{action}"] = [action]
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


@pytest.fixture
def job_ad(client):
    client.force_login(user_in("Redaktion"))
    return OfferPageFactory(title="Werkstudent Python", offer_type=OfferType.WORKING_STUDENT)


def test_an_incomplete_job_ad_saves_as_a_draft_and_says_what_it_still_lacks(client, job_ad):
    response = _edit(client, job_ad, pay_min="", pay_unit="", application_email="")

    assert response.status_code == 302, response.context["form"].errors
    draft = OfferPage.objects.get(pk=job_ad.pk).get_latest_revision_as_object()
    assert draft.pay_min is None and draft.application_email == ""
    assert OfferPage.objects.get(pk=job_ad.pk).pay_min is not None  # the live ad is unchanged
    (message,) = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert "Vor dem Veröffentlichen" in message
    assert "Vergütung" in message and "wie man sich bewirbt" in message


@pytest.mark.parametrize("action", ["publish", "submit"])
def test_publishing_or_submitting_an_incomplete_job_ad_is_refused_at_the_field(
    client, job_ad, action
):
    if action == "publish":
        client.force_login(user_in("Moderation"))
    response = _edit(client, job_ad, action=action, pay_min="", pay_unit="")

    assert response.status_code == 200
    assert "pay_min" in response.context["form"].errors
    assert OfferPage.objects.get(pk=job_ad.pk).get_latest_revision_as_object().pay_min
    job_ad.refresh_from_db()
    assert job_ad.current_workflow_state is None or action == "publish"


def test_a_complete_draft_says_nothing_more(client, job_ad):
    response = _edit(client, job_ad, title="Werkstudent Python (m/w/d)")

    assert response.status_code == 302
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def test_approving_a_draft_saved_incomplete_in_review_is_refused_and_nothing_changes(
    client, job_ad
):
    _edit(client, job_ad, action="submit")
    client.force_login(user_in("Moderation"))
    _edit(client, job_ad, pay_min="", pay_unit="")  # the moderator's own draft, in review
    task_state = OfferPage.objects.get(pk=job_ad.pk).current_workflow_task_state

    response = client.post(
        f"/admin/pages/workflow/action/{job_ad.pk}/approve/{task_state.pk}/", {}, follow=True
    )

    assert response.status_code == 200
    (refusal,) = [str(m) for m in response.context["messages"] if "Vergütung" in str(m)][1:]
    assert "kann noch nicht veröffentlicht werden" in refusal
    offer = OfferPage.objects.get(pk=job_ad.pk)
    assert offer.pay_min is not None
    assert offer.current_workflow_state.status == "in_progress"
