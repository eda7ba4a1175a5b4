"""The editor's "Checks" panel in Chromium names what a job ad lacks until it is filled in."""

from playwright.sync_api import expect

from offers.choices import OfferType
from tests import factories
from tests.browser.helpers import BROWSER_TEST, csp_violations, sign_in, watch
from tests.public_forms import user_in

pytestmark = BROWSER_TEST


def test_an_editor_sees_in_the_checks_panel_that_a_job_ad_lacks_its_pay(browser, live_server):
    user_in("Redaktion", "redakteurin")
    offer = factories.OfferPageFactory(
        title="Praktikum Data Science", offer_type=OfferType.INTERNSHIP
    )
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    watch(page)
    sign_in(page, live_server, "redakteurin", "pw")

    page.goto(f"{live_server.url}/admin/pages/{offer.pk}/edit/")
    page.locator("#id_pay_min").fill("")
    page.get_by_role("button", name="Entwurf speichern").click()
    page.wait_for_load_state("networkidle")
    page.locator('[data-side-panel-toggle="checks"]').click()

    issues = page.locator('[data-side-panel="checks"] [data-content-checker-row]')
    pay = issues.filter(has_text="Geben Sie die Vergütung an")
    expect(pay).to_have_count(1, timeout=20_000)
    expect(pay).to_contain_text("Feld „Vergütung in Euro (ab)“ im Reiter „Inhalt“")
    expect(issues.filter(has_text="Noch keine Übersetzung: Englisch")).to_have_count(1)

    # Saved with its pay, the draft's check is gone.
    page.locator("#id_pay_min").fill("16")
    page.get_by_role("button", name="Entwurf speichern").click()
    page.wait_for_load_state("networkidle")
    page.locator('[data-side-panel-toggle="checks"]').click()
    expect(issues.filter(has_text="Noch keine Übersetzung: Englisch")).to_have_count(1)
    expect(pay).to_have_count(0)
    assert csp_violations(page) == []
    context.close()
