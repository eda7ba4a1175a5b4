"""A German page's expiry is its translations' too, on every path that publishes either."""

import datetime

import pytest

from django.utils import timezone

from offers.models import OfferPage
from tests.admin_forms import edit_form_data
from tests.factories import OfferPageFactory, translate
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db


def _publish_with_expiry(client, page, expire_at: str) -> None:
    data = {**edit_form_data(client, page), "expire_at": [expire_at], "action-publish": ["1"]}
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors


def test_an_expiry_set_on_the_german_offer_takes_the_english_one_offline_too(client):
    german = OfferPageFactory(title="Workshop Git")
    english = translate(german)
    client.force_login(user_in("Moderation"))
    soon = timezone.localtime() + datetime.timedelta(days=3)

    _publish_with_expiry(client, german, soon.strftime("%Y-%m-%d %H:%M"))

    english.refresh_from_db()
    assert english.expire_at == soon.replace(second=0, microsecond=0)
    _publish_with_expiry(client, german, "")
    english.refresh_from_db()
    assert english.expire_at is None  # cleared together, too


def test_an_english_translation_published_later_takes_the_german_expiry(client):
    german = OfferPageFactory(title="Workshop Git")
    client.force_login(user_in("Moderation"))
    _publish_with_expiry(client, german, "2030-01-31 18:00")
    german.refresh_from_db()

    english = translate(german)

    assert english.expire_at == german.expire_at
    assert OfferPage.objects.get(pk=english.pk).expire_at == german.expire_at
