"""Language of parts (WCAG 3.1.2): an English title on a German page says it is English."""

import pytest

from offers.choices import OfferLanguage
from tests import factories

pytestmark = pytest.mark.django_db


def test_an_english_title_on_a_german_page_is_marked_as_english(client):
    offer = factories.OfferPageFactory(
        title="Tech Talk: Observability for Small Teams", language=OfferLanguage.ENGLISH
    )
    factories.OfferPageFactory(title="Git im Team")

    detail = client.get(offer.url).content.decode()
    listing = client.get(offer.get_parent().url).content.decode()

    assert '<h1 class="detail__title" lang="en">Tech Talk' in detail
    assert '<h3 class="card__title" lang="en"><a' in listing
    assert listing.count('lang="en"><a') == 1


def test_on_an_english_page_it_needs_no_mark(client):
    offer = factories.OfferPageFactory(title="Tech Talk", language=OfferLanguage.ENGLISH)
    factories.translate(factories.german_home())
    factories.translate(offer.get_parent())
    english = factories.translate(offer)

    assert 'lang="en">Tech Talk' not in client.get(english.url).content.decode()
