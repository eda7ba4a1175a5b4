"""Expired pages leave every public surface by themselves, at read time: an offer past its
valid-through day, a page past its Wagtail expiry before `publish_scheduled` has run."""

import datetime
import time

import pytest

from django.utils import timezone

from home import content_cache
from offers.models import OfferPage
from search.indexing import sync_page
from tests import factories
from tests.public_surfaces import (
    BACKENDS,
    WORD,
    choose_backend,
    leaks,
    make_offers,
    public_surfaces,
    refresh,
)

pytestmark = pytest.mark.django_db

# How long the offer is shown before it expires: time to look at every surface once. A busy
# machine that took longer looks again with twice the time, up to the last.
SHOWN_FOR = [datetime.timedelta(seconds=seconds) for seconds in (4, 8, 16, 32)]


@pytest.fixture(params=BACKENDS)
def backend(request, settings):
    return choose_backend(request, settings)


def test_a_page_past_its_expiry_leaves_every_surface_before_publish_scheduled_runs(client, backend):
    secret, sibling = make_offers(backend)
    for shown_for in SHOWN_FOR:
        expire_at = timezone.now() + shown_for
        OfferPage.objects.filter(pk=secret.pk).update(expire_at=expire_at)
        # What a publish with this expiry does: new cached copies, the index updated.
        content_cache.new_generation()
        if backend is not None:
            sync_page(backend, secret.pk, "de")
        refresh(backend)
        before = public_surfaces(client, secret, sibling)  # indexed and cached while shown
        if timezone.now() < expire_at:
            break
    assert timezone.now() < expire_at, "looking at every surface took longer than SHOWN_FOR"
    for name in ("listing", "search page", "search api", "sitemap", "pages api", "offer page"):
        assert WORD in before[name], name

    time.sleep(max(0.0, (expire_at - timezone.now()).total_seconds()) + 0.5)

    secret.refresh_from_db()
    assert secret.live and not secret.expired  # publish_scheduled has not run
    assert leaks(client, secret, sibling) == set()
    assert client.get(secret.url).status_code == 404


def test_an_offer_past_its_last_day_leaves_search_and_its_suggestions(client, backend):
    secret, sibling = make_offers(
        backend,
        starts_at=timezone.now() - datetime.timedelta(days=10),
        valid_through=timezone.localdate() - datetime.timedelta(days=1),
    )

    assert leaks(client, secret, sibling) - {"offer page", "offer calendar"} == set()


def test_an_offer_past_its_valid_through_day_is_not_in_the_sitemap(client):
    offer = factories.OfferPageFactory(
        title="Abgelaufene Werkstatt",
        starts_at=timezone.now() - datetime.timedelta(days=10),
        valid_through=timezone.localdate() - datetime.timedelta(days=1),
    )
    current = factories.OfferPageFactory(title="Laufende Werkstatt")

    sitemap = client.get("/sitemap.xml").content.decode()

    assert current.url in sitemap
    assert offer.url not in sitemap
