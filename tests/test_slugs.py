"""Page addresses are transliterated the German way on every path that names a page."""

import pytest

from wagtail.models import Page

from home.slugs import german_slug
from offers.models import OfferSubmission
from tests.admin_forms import page_form_data
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    OfferIndexPageFactory,
    PartnerIndexPageFactory,
    translate,
)
from tests.public_forms import offer_form_data, user_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Rückblick", "rueckblick"),
        ("Größe & Maß", "groesse-mass"),
        ("Übung für Ärzte", "uebung-fuer-aerzte"),
        ("Café Résumé", "cafe-resume"),
    ],
)
def test_german_letters_are_written_out(text, slug):
    assert german_slug(text) == slug


def test_an_editor_creating_an_article_gets_a_german_ascii_address(client):
    index = ArticleIndexPageFactory()
    client.force_login(user_in("Redaktion"))

    url = f"/admin/pages/add/home/articlepage/{index.pk}/"
    data = {
        **page_form_data(client, url),
        "title": ["Rückblick auf die Übungswoche"],
        "slug": ["rückblick-auf-die-übungswoche"],  # as the editor's slug field fills it in
    }

    response = client.post(url, data)

    assert response.status_code == 302
    page = Page.objects.get(title="Rückblick auf die Übungswoche")
    assert page.slug == "rueckblick-auf-die-uebungswoche"


def test_a_page_without_a_slug_gets_one_from_its_title_and_the_translation_keeps_it():
    page = ArticlePageFactory(title="Größer denken", slug="")
    assert page.slug == "groesser-denken"

    english = translate(page, {"Größer denken": "Think bigger"})

    assert english.slug == "groesser-denken"  # not "groesser-denken" mangled to "grosser-denken"


def test_an_employers_organisation_and_offer_get_german_ascii_addresses(client):
    PartnerIndexPageFactory()
    OfferIndexPageFactory()

    client.post(
        "/de/angebot-einreichen/",
        offer_form_data(organisation_name="Müller Süßwaren GmbH", title="Einführung in Öl"),
    )

    submission = OfferSubmission.objects.get()
    assert submission.partner.slug == "mueller-suesswaren-gmbh"
    assert submission.page.slug == "einfuehrung-in-oel"


def test_a_new_page_whose_german_address_is_taken_is_told_so_at_the_field(client):
    index = ArticleIndexPageFactory()
    ArticlePageFactory(parent=index, title="Rückblick", slug="rueckblick")
    client.force_login(user_in("Redaktion"))
    url = f"/admin/pages/add/home/articlepage/{index.pk}/"
    data = {**page_form_data(client, url), "title": ["Rückblick"], "slug": ["rückblick"]}

    response = client.post(url, data)

    assert response.status_code == 200
    assert "rueckblick" in str(response.context["form"].errors["slug"])


def test_an_address_the_section_answers_itself_is_not_given_to_a_page(client):
    index = OfferIndexPageFactory()
    PartnerIndexPageFactory()
    client.force_login(user_in("Redaktion"))
    url = f"/admin/pages/add/offers/offerpage/{index.pk}/"
    data = {**page_form_data(client, url), "title": ["Feed"], "slug": ["feed"]}

    refused = client.post(url, data)

    assert "feed" in refused.context["form"].errors["slug"][0]
    client.post("/de/angebot-einreichen/", offer_form_data(title="Feed", organisation_name="ICS"))
    assert OfferSubmission.objects.get().page.slug == "feed-1"
