"""The Wagtail admin works in Chromium under its own policy and loads only from its own origin."""

from django.contrib.auth import get_user_model

from tests import factories
from tests.browser.helpers import BROWSER_TEST, csp_violations, foreign_requests, sign_in, watch

pytestmark = BROWSER_TEST


def test_an_editor_signs_in_edits_previews_and_saves_an_offer(browser, live_server, settings):
    settings.AXES_ENABLED = True  # the login as in production, through django-axes
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    offer = factories.OfferPageFactory(title="Cloud-Workshop")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch(page)

    sign_in(page, live_server, "editor", "a-long-password-1")

    page.goto(f"{live_server.url}/admin/pages/{offer.pk}/edit/")
    page.get_by_role("button", name="Vorschau").first.click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    assert preview.get_by_role("heading", level=1).inner_text() == "Cloud-Workshop"
    page.locator("#id_teaser").fill("Ein neuer Anreißer.")
    page.get_by_role("button", name="Entwurf speichern").click()
    page.wait_for_load_state("networkidle")

    assert "wurde aktualisiert" in page.locator(".messages").inner_text()
    offer.refresh_from_db()
    assert offer.get_latest_revision().as_object().teaser == "Ein neuer Anreißer."
    assert csp_violations(page) == []
    assert [m for m in page.console_messages if "Uncaught" in m] == []
    assert foreign_requests(page, live_server) == []
    context.close()
