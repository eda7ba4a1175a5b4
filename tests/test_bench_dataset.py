"""The benchmark's synthetic content is content an editor could have saved: every page passes
the same validation, so publishing one in the benchmark measures what a real publish costs."""

import pytest

from cms.bench import dataset
from offers.choices import JOB_OFFER_TYPES
from offers.models import OfferPage

pytestmark = pytest.mark.django_db


def test_every_synthetic_offer_passes_the_editors_validation():
    dataset.build(offers=40, log=lambda *args: None)

    offers = OfferPage.objects.all()
    assert offers.filter(offer_type__in=JOB_OFFER_TYPES).exists()
    for offer in offers:
        offer.full_clean()  # raises with the field and message an editor would see
