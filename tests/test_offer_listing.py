"""The offer listing: only current offers, filterable by URL parameters, never a server error."""

import datetime

import pytest

from django.utils import timezone

from offers.choices import Format, OfferType
from offers.models import OfferPage
from tests.factories import (
    ChallengePageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    competence,
    place,
)

pytestmark = pytest.mark.django_db


def _listed(client, query: str = "") -> list[str]:
    response = client.get(f"/de/angebote/{query}")
    assert response.status_code == 200
    return [offer.title for offer in response.context["offers"]]


def test_offer_leaves_the_listing_after_its_valid_through_date(client):
    OfferPageFactory(title="Gültig", valid_through=timezone.localdate())
    OfferPageFactory(
        title="Abgelaufen", valid_through=timezone.localdate() - datetime.timedelta(days=1)
    )

    assert _listed(client) == ["Gültig"]


def test_dated_offer_expires_by_itself_after_it_ended():
    yesterday = timezone.now() - datetime.timedelta(days=1)
    offer = OfferPageFactory(starts_at=yesterday - datetime.timedelta(hours=2), ends_at=yesterday)

    assert offer.expires_on == timezone.localdate(yesterday)
    assert not OfferPage.objects.current().filter(pk=offer.pk).exists()


def test_moving_an_offer_moves_its_expiry(client):
    offer = OfferPageFactory(title="Verschoben")
    offer.starts_at += datetime.timedelta(days=60)
    offer.ends_at += datetime.timedelta(days=60)
    offer.save_revision().publish()

    # A month after the old date and a month before the new one, it is still listed.
    between = timezone.localdate(offer.ends_at) - datetime.timedelta(days=30)
    assert OfferPage.objects.current(today=between).filter(pk=offer.pk).exists()


def test_unpublished_offers_are_not_listed(client):
    OfferPageFactory(title="Sichtbar")
    OfferPageFactory(title="Entwurf", live=False)

    assert _listed(client) == ["Sichtbar"]


def test_filters_combine_types_with_or_and_facets_with_and(client):
    OfferPageFactory(title="Workshop vor Ort", offer_type=OfferType.WORKSHOP)
    OfferPageFactory(
        title="Vortrag online", offer_type=OfferType.TALK, format=Format.ONLINE, place=None
    )
    OfferPageFactory(title="Hackathon vor Ort", offer_type=OfferType.HACKATHON)

    assert sorted(_listed(client, "?type=workshop&type=talk")) == [
        "Vortrag online",
        "Workshop vor Ort",
    ]
    assert _listed(client, "?type=workshop&type=talk&format=online") == ["Vortrag online"]


def test_filter_by_audience_topic_competence_place_and_partner(client):
    partner = PartnerPageFactory(title="Leinetal Software AG", slug="leinetal-software")
    match = OfferPageFactory(
        title="Passt",
        for_graduates=True,
        partner=partner,
        place=place("hameln"),
        competences=[competence("B.1")],
    )
    match.topics.add("Cloud")
    match.save()
    OfferPageFactory(title="Passt nicht", for_graduates=False)

    for query in (
        "?audience=graduates",
        "?topic=cloud",
        "?competence=B.1",
        "?place=hameln",
        "?partner=leinetal-software",
    ):
        assert _listed(client, query) == ["Passt"], query


def test_upcoming_only_hides_ongoing_offers_without_a_date(client):
    OfferPageFactory(
        title="Mentoring", starts_at=None, ends_at=None, offer_type=OfferType.MENTORING
    )
    OfferPageFactory(title="Workshop nächste Woche")

    assert _listed(client, "?upcoming=on") == ["Workshop nächste Woche"]


@pytest.mark.parametrize(
    "query",
    [
        "?type=bogus",
        "?place=atlantis",
        "?competence=Z.9",
        "?page=abc",
        "?page=999",
        "?upcoming=%00",
    ],
)
def test_malformed_parameters_never_fail(client, query):
    OfferPageFactory(title="Workshop")

    assert _listed(client, query) == ["Workshop"]


def test_an_invalid_filter_is_reported_on_the_page(client):
    OfferPageFactory()

    response = client.get("/de/angebote/?type=bogus")

    assert response.context["filter_form"].errors["offer_type"]
    assert "bogus" in response.content.decode()


def test_listing_paginates(client):
    OfferIndexPageFactory()
    for number in range(14):
        OfferPageFactory(title=f"Angebot {number:02d}")

    first, second = _listed(client), _listed(client, "?page=2")

    assert len(first) == 12
    assert len(second) == 2


def test_the_topic_filter_offers_only_topics_of_listed_offers(client):
    shown = OfferPageFactory(title="Sichtbar")
    shown.topics.add("Cloud")
    shown.save()
    draft = OfferPageFactory(title="Entwurf", live=False)
    draft.topics.add("Entwurfsthema")
    draft.save()
    elsewhere = ChallengePageFactory()
    elsewhere.topics.add("Nur Challenges")
    elsewhere.save()

    response = client.get("/de/angebote/")

    topics = [label for _value, label in response.context["filter_form"].fields["topic"].choices]
    assert topics[1:] == ["Cloud (1)"]  # with its count
