"""Employer submissions end to end: form → stored → draft in review → approved or declined."""

import re

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from offers.models import OfferPage, OfferSubmission, PartnerPage, SubmissionStatus
from tests.factories import (
    OfferIndexPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    english,
    translate,
)
from tests.public_forms import offer_form_data, user_in

pytestmark = pytest.mark.django_db

FORM_DE = "/de/angebot-einreichen/"
FORM_EN = "/en/submit-offer/"


@pytest.fixture
def offers_index():
    PartnerIndexPageFactory()
    return OfferIndexPageFactory()


def status_link(message) -> str:
    return re.search(r"https?://\S+/status/\w+/", message.body).group(0)


def submit(client, url=FORM_DE, **overrides):
    return client.post(url, offer_form_data(**overrides))


def test_the_form_answers_in_both_languages_under_its_own_address(client, offers_index):
    german = client.get(FORM_DE)
    assert german.status_code == 200
    assert "Angebot einreichen" in german.text
    with translation.override("en"):
        assert reverse("submit_offer") == FORM_EN
    assert client.get(FORM_EN).status_code == 200


def test_a_submission_becomes_a_draft_in_review_that_nobody_sees(client, offers_index):
    response = submit(client)

    submission = OfferSubmission.objects.get()
    assert response.status_code == 302
    assert response["Location"].startswith("/de/angebot-einreichen/status/")
    assert submission.status == SubmissionStatus.IN_REVIEW
    offer = submission.page
    assert not offer.live
    assert offer.owner.username == "einreichungen"
    assert offer.get_parent().specific == offers_index
    assert offer.current_workflow_state.workflow.name == "Arbeitgeber-Einreichung"
    assert offer.competences.count() == 0 and offer.place.slug == "hildesheim"
    partner = PartnerPage.objects.get(title="Leinecode GmbH")
    assert not partner.live and offer.partner_id == partner.pk and submission.new_partner

    # Not on the site, in the listing, the calendar feed or the sitemap.
    assert client.get(f"/de/angebote/{offer.slug}/").status_code == 404
    assert offer.title not in client.get("/de/angebote/").text
    assert offer.title not in client.get("/de/angebote/ics/").text
    assert offer.slug not in client.get("/sitemap.xml").text

    (confirmation,) = mail.outbox
    assert confirmation.to == ["mara@leinecode.example"]
    assert "Wir haben Ihr Angebot" in confirmation.subject
    status_page = client.get(status_link(confirmation))
    assert "Ihr Angebot wird von unserem Team geprüft." in status_page.text


def test_the_moderator_approves_in_the_admin_and_the_offer_goes_live(client, offers_index):
    submit(client)
    submission = OfferSubmission.objects.get()
    moderator = user_in("Moderation")
    client.force_login(moderator)

    queue = client.get("/admin/offer_submissions/")
    assert submission.title in queue.text
    review = f"/admin/offer_submissions/inspect/{submission.pk}/"
    assert "Freigeben und veröffentlichen" in client.get(review).text
    client.post(review, {"action": "approve"})
    client.logout()

    submission.refresh_from_db()
    offer = OfferPage.objects.get(pk=submission.page_id)
    assert offer.live and submission.status == SubmissionStatus.PUBLISHED
    assert submission.decided_by == moderator
    assert offer.title in client.get("/de/angebote/").text
    assert client.get(offer.url).status_code == 200
    published = mail.outbox[-1]
    assert offer.full_url in published.body
    assert "ist online" in published.subject
    assert "Ihr Angebot ist online." in client.get(status_link(mail.outbox[0])).text


def test_approving_through_wagtails_workflow_tells_the_submitter_too(client, offers_index):
    submit(client, partner=str(PartnerPageFactory().pk), organisation_name="")
    submission = OfferSubmission.objects.get()
    assert not submission.new_partner
    moderator = user_in("Moderation")

    state = submission.page.current_workflow_state
    state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PUBLISHED
    assert submission.page.specific.full_url in mail.outbox[-1].body


def test_a_declined_submission_sends_its_reason_and_never_goes_live(client, offers_index):
    submit(client)
    submission = OfferSubmission.objects.get()
    client.force_login(user_in("Moderation"))
    review = f"/admin/offer_submissions/inspect/{submission.pk}/"

    no_reason = client.post(review, {"action": "decline", "reason": ""})
    assert no_reason.status_code == 200
    assert OfferSubmission.objects.get().status == SubmissionStatus.IN_REVIEW
    client.post(review, {"action": "decline", "reason": "Das Angebot richtet sich nicht an IT."})
    client.post(review, {"action": "approve"})  # too late: already decided
    client.logout()

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.DECLINED
    assert not OfferPage.objects.get(pk=submission.page_id).live
    assert "Das Angebot richtet sich nicht an IT." in mail.outbox[-1].body
    status_page = client.get(status_link(mail.outbox[0]))
    assert "Das Angebot richtet sich nicht an IT." in status_page.text
    assert "Angebot zurückziehen" not in status_page.text


def test_a_withdrawn_submission_leaves_the_queue_and_its_drafts_go(client, offers_index):
    submit(client)
    moderator = user_in("Moderation")
    link = status_link(mail.outbox[0])
    page_id = OfferSubmission.objects.get().page_id
    mail.outbox.clear()

    # One click only asks, in a form that works without JavaScript; nothing happens yet.
    question = client.post(link, {"action": "withdraw"})
    assert "Dieses Angebot endgültig zurückziehen?" in question.text
    assert 'name="confirmed" value="yes"' in question.text
    assert OfferSubmission.objects.get().is_open and not mail.outbox
    client.post(link, {"action": "withdraw", "confirmed": "yes"})

    submission = OfferSubmission.objects.get()
    assert submission.status == SubmissionStatus.WITHDRAWN
    to_submitter, to_moderator = mail.outbox
    assert to_submitter.to == ["mara@leinecode.example"] and "zurückgezogen" in to_submitter.subject
    assert to_moderator.to == [moderator.email]
    assert (
        "Leinecode GmbH" in to_moderator.body and "/admin/offer_submissions/" in to_moderator.body
    )
    assert not Page.objects.filter(pk=page_id).exists()
    assert not PartnerPage.objects.filter(title="Leinecode GmbH").exists()
    client.force_login(moderator)
    assert submission.title not in client.get("/admin/offer_submissions/").text


def test_an_english_submission_is_drafted_and_published_in_english(client, offers_index):
    translate(offers_index, {"Angebote": "Offers", "angebote": "offers"})
    response = submit(client, FORM_EN, place=str(english_place().pk))
    assert response["Location"].startswith("/en/submit-offer/status/")

    submission = OfferSubmission.objects.get()
    assert submission.language == "en" and submission.page.locale == english()
    assert "We have received your offer" in mail.outbox[0].subject
    client.force_login(user_in("Moderation"))
    client.post(f"/admin/offer_submissions/inspect/{submission.pk}/", {"action": "approve"})
    client.logout()
    assert submission.title in client.get("/en/offers/").text
    assert "/en/offers/" in mail.outbox[-1].body


def english_place():
    from tests.factories import place

    return place("hildesheim", "en")


def test_errors_stand_next_to_their_field_in_the_visitors_language_and_input_is_kept(
    client, offers_index
):
    response = submit(
        client, FORM_EN, email="not-an-address", title="<b>Bold</b>", format="on_site", place=""
    )
    assert response.status_code == 200
    assert not OfferSubmission.objects.exists()
    html = response.text
    assert 'id="id_email_error"' in html and "Enter a valid email address." in html
    assert "Please enter plain text without HTML tags." in html
    assert "Choose a place, or set the format to online." in html
    assert 'value="Mara Lindner"' in html  # what was typed stays


def test_unknown_or_expired_status_links_are_not_found(client, offers_index):
    assert client.get("/de/angebot-einreichen/status/nope/").status_code == 404
    submit(client)
    submission = OfferSubmission.objects.get()
    link = status_link(mail.outbox[0])
    OfferSubmission.objects.update(token_expires_at=submission.created_at)
    assert client.get(link).status_code == 404


def test_the_form_is_linked_from_footer_offer_listing_and_partner_pages(client, offers_index):
    partner = PartnerPageFactory()
    for url in ("/de/", "/de/angebote/", partner.url):
        assert client.get(url).text.count('href="/de/angebot-einreichen/"') >= 1, url


def test_the_language_switcher_leads_to_the_form_in_the_other_language(client, offers_index):
    assert 'href="/en/submit-offer/" hreflang="en"' in client.get(FORM_DE).text
    assert 'href="/de/angebot-einreichen/" hreflang="de"' in client.get(FORM_EN).text


JOB = {
    "title": "Werkstudent:in Webentwicklung",
    "offer_type": "working_student",
    "starts_at": "",
    "ends_at": "",
    "employment_type": "working_student",
    "hours_per_week": "18",
    "start_asap": "on",
    "pay_min": "15",
    "pay_max": "17.50",
    "pay_unit": "hour",
    "remote_work": "partly",
    "application_documents": "Lebenslauf, Notenübersicht",
}


def test_a_job_submission_becomes_a_draft_job_ad_with_its_terms(client, offers_index):
    response = submit(client, **JOB)

    assert response.status_code == 302
    offer = OfferSubmission.objects.get().page.specific
    assert offer.is_job and offer.validation_errors() == {}
    assert (offer.hours_per_week, offer.pay_text) == (18, "15–17,50 € pro Stunde")
    assert offer.application_url == "https://leinecode.example/anmeldung"
    assert offer.application_documents == "Lebenslauf, Notenübersicht"
    assert offer.starts_at is None and offer.remote_work == "partly"


def test_a_job_submission_is_told_what_its_ad_lacks(client, offers_index):
    response = submit(client, **{**JOB, "pay_min": "", "pay_max": "", "start_asap": ""})

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"pay_min", "start_date"} <= set(errors)
    assert not OfferSubmission.objects.exists()
