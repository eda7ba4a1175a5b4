"""The benchmark's synthetic content is content an editor could have saved: every page passes
the same validation, so publishing one in the benchmark measures what a real publish costs."""

import pytest

from cms.bench import dataset
from offers.choices import JOB_OFFER_TYPES, OfferType
from offers.models import OfferPage

pytestmark = pytest.mark.django_db


def test_every_synthetic_offer_passes_the_editors_validation():
    dataset.build(offers=40, log=lambda *args: None)

    offers = OfferPage.objects.all()
    assert offers.filter(offer_type__in=JOB_OFFER_TYPES).exists()
    for offer in offers:
        offer.full_clean()  # raises with the field and message an editor would see


def test_synthetic_offers_are_about_a_few_things_in_their_own_language():
    """A query is as selective as on real content: a skill names some offers, not all, and an
    English offer carries its type in English."""
    dataset.build(offers=60, log=lambda *args: None)

    german = OfferPage.objects.filter(locale__language_code="de")
    english = OfferPage.objects.filter(locale__language_code="en")
    java = german.filter(title__contains="Java").count()
    assert 0 < java < german.count() / 2
    internship = english.filter(offer_type=OfferType.INTERNSHIP).first()
    assert internship.title.startswith("Internship ")
    assert internship.get_translation(german.first().locale).title.startswith("Praktikum ")
