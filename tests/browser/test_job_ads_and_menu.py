"""Job ads, courses with sessions and the phone menu in a real browser, in both languages."""

from datetime import timedelta
from decimal import Decimal

from axe_playwright_python.sync_playwright import Axe

from django.contrib.auth import get_user_model

from offers.choices import OfferType
from offers.models import OfferSession
from tests import factories
from tests.browser.helpers import BROWSER_TEST, csp_violations, foreign_requests

pytestmark = BROWSER_TEST

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _axe(page) -> list[str]:
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    return [violation["id"] for violation in result.response["violations"]]


def test_a_job_ad_and_a_course_with_sessions_read_well_in_both_languages(visit, live_server):
    factories.translate(factories.german_home())
    job = factories.OfferPageFactory(
        title="Werkstudent Data Engineering",
        offer_type=OfferType.WORKING_STUDENT,
        pay_min=Decimal(15),
        pay_max=Decimal(18),
    )
    course = factories.OfferPageFactory(title="Python am Abend", offer_type=OfferType.COURSE)
    course.sessions = [
        OfferSession(starts_at=course.starts_at + timedelta(weeks=week), note=f"Abend {week + 1}")
        for week in range(3)
    ]
    course.save()
    factories.translate(job.get_parent().specific)
    pages = [job, course, factories.translate(job), factories.translate(course)]

    for page in pages:
        for width in (1280, 390):
            browser_page = visit(page.url, width)
            assert browser_page.locator("h1").inner_text() == page.title
            assert _axe(browser_page) == [], page.url
            assert csp_violations(browser_page) == []
            assert foreign_requests(browser_page, live_server) == []
    listing = visit(job.get_parent().url)  # the job card shows pay and hours with an icon
    assert listing.locator(".meta__item--pay").count() == 1
    assert csp_violations(listing) == []
    apply = visit(job.url).get_by_role("link", name="Jetzt bewerben")
    assert apply.is_visible()
    assert visit(course.url).locator(".sessions__item").count() == 3


def test_the_menu_button_opens_the_navigation_on_a_phone_without_javascript(visit, site):
    for language, navigation_name, menu, close in (
        ("de", "Hauptnavigation", "Menü", "Menü schließen"),
        ("en", "Main navigation", "Menu", "Close menu"),
    ):
        page = visit(site["home"][language], 390, java_script_enabled=False)
        navigation = page.get_by_role("navigation", name=navigation_name)

        assert navigation.is_hidden()
        page.get_by_role("link", name=menu, exact=True).click()
        assert navigation.is_visible()
        assert page.locator(".site-header .brand").is_visible()  # the header stays in view
        page.get_by_role("link", name=close).click()
        assert navigation.is_hidden()


def test_the_navigation_stays_in_the_header_row_on_a_wide_screen(visit, site):
    page = visit(site["home"]["de"], 1280)

    assert page.get_by_role("navigation", name="Hauptnavigation").is_visible()
    assert page.get_by_role("link", name="Menü", exact=True).is_hidden()


def test_the_offer_editor_hides_event_fields_for_a_job_ad(browser, live_server):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    offer = factories.OfferPageFactory(offer_type=OfferType.INTERNSHIP)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill("editor")
    page.locator("#id_password").fill("a-long-password-1")
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/pages/{offer.pk}/edit/")

    price, pay = page.locator("[name=price]"), page.locator("[name=pay_min]")
    assert price.is_hidden() and pay.is_visible()
    page.select_option("select[name=offer_type]", "workshop")
    assert price.is_visible() and pay.is_hidden()
    context.close()
