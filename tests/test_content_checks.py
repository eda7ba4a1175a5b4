"""The portal's own rules in Wagtail's content checker ("Checks" panel, the userbar on previews):
the preview marks what a page lacks, and the checker's axe configuration names it in German."""

import json

import pytest
from bs4 import BeautifulSoup

from wagtail_localize.operations import TranslationCreator

from offers.choices import OfferType
from tests import factories
from tests.admin_forms import edit_form_data
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db

PAY = "Geben Sie die Vergütung an"
APPLY = "Geben Sie an, wie man sich bewirbt"


@pytest.fixture
def editor(client):
    client.force_login(user_in("Redaktion"))
    return client


def job_ad(**fields):
    fields = {"title": "Werkstudent Data Science", "offer_type": OfferType.INTERNSHIP, **fields}
    return factories.OfferPageFactory(**fields)


def save_draft(client, page, **fields) -> None:
    """The editor's "Save draft": a draft saves incomplete (home.admin_forms)."""
    data = {**edit_form_data(client, page), **{name: [v] for name, v in fields.items()}}
    assert client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302


def preview(client, page, **changes) -> BeautifulSoup:
    """The admin's preview of the editor's unsaved form, as the preview panel shows it."""
    data = {**edit_form_data(client, page), **{name: [v] for name, v in changes.items()}}
    stored = client.post(f"/admin/pages/{page.pk}/edit/preview/", data)
    assert stored.json()["is_valid"], stored.content
    shown = client.get(f"/admin/pages/{page.pk}/edit/preview/", {"in_preview_panel": "true"})
    assert shown.status_code == 200
    return BeautifulSoup(shown.text, "html.parser")


def problems(soup: BeautifulSoup) -> dict[str, str]:
    return {
        marker["data-content-check"]: marker["data-content-problem"]
        for marker in soup.select("[data-content-check]")
    }


def axe_configuration(soup: BeautifulSoup) -> dict:
    return json.loads(soup.find(id="checker-axe-configuration").string)


def test_the_preview_of_a_job_ad_without_pay_and_application_marks_both(editor):
    offer = job_ad()
    soup = preview(editor, offer, pay_min="", application_email="")

    found = problems(soup)
    assert found["proxlab-field-pay_min"].startswith(PAY)
    assert found["proxlab-field-application_url"].startswith(APPLY)
    config = axe_configuration(soup)
    rules = {rule["id"]: rule for rule in config["spec"]["rules"]}
    assert (
        rules["proxlab-field-pay_min"]["selector"] == '[data-content-check="proxlab-field-pay_min"]'
    )
    assert rules["proxlab-field-pay_min"]["excludeHidden"] is False
    assert "proxlab-field-pay_min" in config["options"]["runOnly"]
    assert config["messages"]["proxlab-field-pay_min"]["error_name"].startswith(PAY)
    assert "Vergütung in Euro (ab)" in config["messages"]["proxlab-field-pay_min"]["help_text"]


def test_filling_in_the_pay_in_the_editor_clears_its_check_in_the_preview(editor):
    offer = job_ad()
    assert "proxlab-field-pay_min" in problems(preview(editor, offer, pay_min=""))

    found = problems(preview(editor, offer, pay_min="15.50"))

    assert "proxlab-field-pay_min" not in found


def test_the_checks_panel_of_the_editor_names_the_draft_s_problems_in_german(editor):
    offer = job_ad()
    save_draft(editor, offer, pay_min="")

    soup = BeautifulSoup(editor.get(f"/admin/pages/{offer.pk}/edit/").text, "html.parser")

    config = axe_configuration(soup.find(attrs={"data-side-panel": "checks"}))
    assert config["messages"]["proxlab-field-pay_min"]["error_name"].startswith(PAY)
    # A field without a problem yet has a rule too: the editor may empty it while writing.
    assert config["messages"]["proxlab-field-application_url"]["error_name"] == (
        "„Link zur Bewerbung“ ist noch nicht bereit zur Veröffentlichung"
    )
    assert "attr-non-space-content-evaluate" in {
        check.get("evaluate") for check in config["spec"]["checks"]
    }


def test_an_event_without_a_price_is_marked(editor):
    offer = factories.OfferPageFactory(is_free=True)

    found = problems(preview(editor, offer, is_free="", price=""))

    assert "Preis" in found["proxlab-field-price"]


def test_a_page_without_teaser_or_search_description_is_marked(editor):
    offer = job_ad(teaser="")

    found = problems(preview(editor, offer))

    assert found["proxlab-teaser"] == "Kein Anreißer"


def test_a_german_page_without_english_version_is_marked(editor):
    offer = job_ad()

    found = problems(preview(editor, offer))

    assert found == {"proxlab-translation-en": "Noch keine Übersetzung: Englisch"}


def test_a_german_page_whose_english_version_is_still_german_is_marked(editor):
    offer = job_ad()
    # "Translate" in the page's menu: an English draft whose texts are the German ones.
    TranslationCreator(None, [factories.english()]).create_translations(offer)

    found = problems(preview(editor, offer))

    assert found == {"proxlab-translation-en": "Übersetzung unvollständig: Englisch"}


def test_an_english_page_with_german_text_is_marked(editor):
    german = job_ad()
    english = factories.translate(german, {"Werkstudent Data Science": "Data science intern"})
    german.teaser = "Ein neuer Teaser, den noch niemand übersetzt hat."
    german.save_revision().publish()
    english.teaser = german.teaser  # the new German teaser, copied over by hand
    revision = english.save_revision()

    shown = editor.get(f"/admin/pages/{english.pk}/revisions/{revision.pk}/view/")

    found = problems(BeautifulSoup(shown.text, "html.parser"))
    assert found == {"proxlab-untranslated": "Text not translated yet"}


def test_a_complete_translated_page_carries_no_markers(editor):
    offer = job_ad()
    factories.translate(offer, {"Werkstudent Data Science": "Data science intern"})

    soup = preview(editor, offer)

    assert problems(soup) == {}
    assert "proxlab-field-pay_min" in axe_configuration(soup)["options"]["runOnly"]


def test_the_public_page_never_carries_markers_or_the_userbar(editor):
    offer = job_ad(teaser="")  # live, without teaser and English version

    public = editor.get(offer.url)

    assert public.status_code == 200
    assert "data-content-check" not in public.text
    assert "checker-axe-configuration" not in public.text
