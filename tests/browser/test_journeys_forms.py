"""Journeys 3 and 4 through the public forms: an employer's offer from the form through the
moderator's approval in the Wagtail admin to the site and the search (on the real Elasticsearch
node), and a student team's application to an open challenge with its status link."""

import re

import pytest

from django.core import mail

from offers.choices import Format, OfferType
from offers.models import OfferSubmission, SubmissionStatus, TeamApplication
from search.documents import LANGUAGES, index_name
from search.indexing import rebuild
from tests import factories
from tests.browser.helpers import (
    BROWSER_TEST,
    csp_violations,
    foreign_requests,
    journey_screenshot,
    watch,
)
from tests.public_forms import user_in

pytestmark = BROWSER_TEST


def status_link(message) -> str:
    return re.search(r"https?://\S+/status/\w+/", message.body).group(0)


def new_page(browser, **options):
    context = browser.new_context(
        locale="de-DE", viewport={"width": 1280, "height": 900}, **options
    )
    page = context.new_page()
    watch(page)
    return page


@pytest.mark.elasticsearch
def test_journey_3_an_employer_submits_an_offer_a_moderator_approves_it_and_visitors_find_it(
    browser, live_server, settings, elasticsearch
):
    settings.PUBLIC_FORMS_MIN_FILL_SECONDS = 0
    settings.SITE_URL = live_server.url  # mails name the portal's public address
    factories.german_home()
    factories.OfferIndexPageFactory()
    factories.PartnerIndexPageFactory()
    factories.OfferPageFactory(title="Cloud-Workshop", format=Format.ONLINE)
    for language in LANGUAGES:
        rebuild(elasticsearch, language)
    factories.place("hildesheim")

    # The employer finds the form below the offers and sends it, first with a mistake.
    employer = new_page(browser)
    employer.goto(f"{live_server.url}/de/angebote/")
    employer.get_by_role("link", name="Angebot einreichen").first.click()
    employer.wait_for_url("**/de/angebot-einreichen/")
    employer.locator("#id_organisation_name").fill("Leinecode GmbH")
    employer.locator("#id_contact_name").fill("Mara Lindner")
    employer.locator("#id_email").fill("mara@leinecode")  # no domain ending
    employer.locator("#id_title").fill("Workshop Barrierefreie Formulare")
    employer.locator("#id_offer_type").select_option("workshop")
    employer.locator("#id_teaser").fill("Formulare, die alle bedienen können.")
    employer.locator("#id_description").fill("Wir zeigen, wie es geht, mit Übungen am Laptop.")
    employer.locator("input[name=audience][value=students]").check()
    employer.locator("[name=format]").select_option("on_site")
    employer.locator("#id_place").select_option(label="Hildesheim")
    employer.locator("#id_starts_at").fill("2031-05-14T14:00")
    employer.locator("#id_ends_at").fill("2031-05-14T17:00")
    employer.locator("#id_topics").fill("Barrierefreiheit, Webentwicklung")
    employer.locator("#id_cost").select_option("free")
    employer.locator("#id_consent").check()
    employer.get_by_role("button", name="Angebot zur Prüfung senden").click()

    assert employer.get_by_role("alert").is_visible()
    assert employer.locator("#id_email_error").is_visible()
    assert employer.locator("#id_title").input_value() == "Workshop Barrierefreie Formulare"
    assert OfferSubmission.objects.count() == 0
    employer.locator("#id_email").fill("mara@leinecode.example")
    employer.locator("#id_consent").check()
    employer.get_by_role("button", name="Angebot zur Prüfung senden").click()

    employer.wait_for_url("**/de/angebot-einreichen/status/**")
    assert employer.get_by_role("heading", level=1).inner_text() == "Status Ihres Angebots"
    assert "wird von unserem Team geprüft" in employer.get_by_role("status").inner_text()
    (confirmation,) = mail.outbox
    assert confirmation.to == ["mara@leinecode.example"]
    employer.context.close()

    # Later, from the mail: the status link alone leads back.
    employer = new_page(browser)
    employer.goto(status_link(confirmation))
    assert "wird von unserem Team geprüft" in employer.get_by_role("status").inner_text()

    # A moderator signs in, finds the offer waiting for review and approves it in Wagtail.
    moderator_user = user_in("Moderation", "moderatorin")
    moderator_user.set_password("a-long-password-1")
    moderator_user.save()
    moderator = new_page(browser)
    moderator.goto(f"{live_server.url}/admin/login/")
    moderator.locator("#id_username").fill("moderatorin")
    moderator.locator("#id_password").fill("a-long-password-1")
    moderator.get_by_role("button", name="Anmelden").click()
    moderator.wait_for_url(f"{live_server.url}/admin/")
    submission = OfferSubmission.objects.get()
    assert submission.page.current_workflow_state.workflow.name == "Arbeitgeber-Einreichung"
    moderator.get_by_role("link", name="Workshop Barrierefreie Formulare").first.click()
    moderator.wait_for_url(f"**/admin/pages/{submission.page_id}/edit/")
    approve = moderator.locator("[data-workflow-action-name=approve]").first
    if not approve.is_visible():  # Wagtail keeps the workflow actions in the save menu
        moderator.locator("footer [data-w-dropdown-target=toggle]").first.click()
    approve.click()
    moderator.wait_for_load_state("networkidle")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PUBLISHED
    assert csp_violations(moderator) == [] and foreign_requests(moderator, live_server) == []
    moderator.context.close()

    # The employer is told, and the status link says so.
    assert mail.outbox[-1].to == ["mara@leinecode.example"]
    employer.reload()
    assert "Ihr Angebot ist online." in employer.get_by_role("status").inner_text()

    # A visitor finds the offer in the listing and through the search.
    visitor = new_page(browser)
    visitor.goto(f"{live_server.url}/de/angebote/")
    assert "Workshop Barrierefreie Formulare" in visitor.locator(".card__title").all_inner_texts()
    elasticsearch.indices.refresh(index=index_name("de"))
    visitor.locator("#site-search").fill("barrierefreie Formulare")
    visitor.locator("#site-search").press("Enter")
    visitor.wait_for_url("**/de/suche/?q=**")
    hits = visitor.locator(".search-hit__title")
    assert hits.first.inner_text() == "Workshop Barrierefreie Formulare"
    hits.first.get_by_role("link").click()
    assert (
        visitor.get_by_role("heading", level=1).inner_text() == "Workshop Barrierefreie Formulare"
    )
    assert csp_violations(visitor) == [] and foreign_requests(visitor, live_server) == []

    journey_screenshot(visitor, "3-employer-offer-found-by-search")
    employer.context.close()
    visitor.context.close()


def test_journey_4_a_student_team_applies_to_an_open_challenge_and_follows_its_status_link(
    browser, live_server, settings
):
    settings.PUBLIC_FORMS_MIN_FILL_SECONDS = 0
    settings.SITE_URL = live_server.url  # mails name the portal's public address
    factories.german_home()
    challenge = factories.ChallengePageFactory(
        title="Smarte Lagerlogistik", team_size_min=2, team_size_max=3
    )
    factories.OfferPageFactory(title="Cloud-Workshop", offer_type=OfferType.WORKSHOP)

    team = new_page(browser)
    team.goto(f"{live_server.url}{challenge.get_parent().url}")
    team.get_by_role("link", name="Smarte Lagerlogistik").click()
    team.get_by_role("link", name="Als Team bewerben").click()
    team.wait_for_url("**/bewerben/")

    team.locator("#id_team_name").fill("Die Lagerlotsen")
    team.get_by_role("textbox", name="Ansprechperson *", exact=True).fill("Jonas Weber")
    team.get_by_label("E-Mail der Ansprechperson").fill("jonas@student.example")
    team.get_by_label("Hochschule oder Schule").fill("HAWK Hildesheim")
    team.locator("#id_member_1_name").fill("Jonas Weber")
    team.locator("#id_member_1_programme").fill("Informatik")
    team.locator("#id_member_2_name").fill("Aylin Demir")
    team.locator("#id_member_2_programme").fill("Wirtschaftsinformatik")
    team.get_by_label("Motivation").fill("Wir kennen Lager von innen.")
    team.get_by_text("Ich habe die Datenschutzerklärung gelesen").click()
    team.get_by_role("button", name="Bewerbung senden").click()

    team.wait_for_url("**/de/team-bewerbung/status/**")
    assert team.get_by_role("heading", name="Status Ihrer Team-Bewerbung").is_visible()
    application = TeamApplication.objects.get()
    assert application.challenge_id == challenge.pk
    (confirmation,) = [m for m in mail.outbox if m.to == ["jonas@student.example"]]
    team.context.close()

    # Days later, from the mail: the link shows the team's application and its state.
    team = new_page(browser)
    team.goto(status_link(confirmation))
    assert team.get_by_role("heading", name="Status Ihrer Team-Bewerbung").is_visible()
    assert "Die Lagerlotsen" in team.locator("main").inner_text()
    assert "Smarte Lagerlogistik" in team.locator("main").inner_text()
    current = team.locator("[aria-current=step]")
    assert current.inner_text() == "Eingegangen"
    assert csp_violations(team) == [] and foreign_requests(team, live_server) == []

    journey_screenshot(team, "4-team-application-status")
    team.context.close()
