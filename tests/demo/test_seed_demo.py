"""The demo content that `make run` loads: complete, live, varied in time, and loaded only once."""

import pytest

from django.core.management import call_command

from wagtail.models import Page

from home.models import ArticlePage, HomePage, StandardPage
from offers.choices import ChallengeStatus, Format, OfferType, ProviderKind
from offers.models import ChallengePage, OfferIndexPage, OfferPage, PartnerPage

pytestmark = pytest.mark.usefixtures("demo", "db")


def counts() -> dict[str, int]:
    return {
        "partners": PartnerPage.objects.count(),
        "offers": OfferPage.objects.count(),
        "challenges": ChallengePage.objects.count(),
        "articles": ArticlePage.objects.count(),
        "pages": Page.objects.count(),
    }


def test_it_creates_enough_of_everything():
    numbers = counts()
    assert numbers["partners"] >= 12
    assert numbers["offers"] >= 40
    assert numbers["challenges"] >= 8
    assert numbers["articles"] >= 15


def test_everything_is_live_german_and_below_the_german_home():
    home = HomePage.objects.get(depth=2, locale__language_code="de")
    demo_pages = Page.objects.descendant_of(home)
    assert demo_pages.count() > 80
    assert not demo_pages.filter(live=False).exists()
    assert not demo_pages.filter(has_unpublished_changes=True).exists()
    assert set(demo_pages.values_list("locale__language_code", flat=True)) == {"de"}


def test_sections_and_text_pages_have_their_german_addresses():
    home = HomePage.objects.get(depth=2, locale__language_code="de")
    sections = {page.slug: page for page in home.get_children().specific()}
    for slug in ("angebote", "challenges", "partner", "magazin", "ueber-uns"):
        assert sections[slug].show_in_menus, slug
    for slug in ("ueber-uns", "impressum", "datenschutz", "barrierefreiheit"):
        assert isinstance(sections[slug], StandardPage), slug
    statement = str(sections["barrierefreiheit"].body)
    assert "Schlichtungsstelle nach dem Niedersächsischen Behindertengleichstellungsgesetz" in (
        statement
    )
    assert "barrierefreiheit@proxlab.example" in statement


def test_offers_cover_every_type_provider_format_and_audience():
    offers = OfferPage.objects.all()
    assert {o.offer_type for o in offers} == set(OfferType.values)
    assert {o.provider_kind for o in offers} == set(ProviderKind.values)
    assert {o.format for o in offers} == set(Format.values)
    assert offers.filter(for_students=True).exists()
    assert offers.filter(for_graduates=True).exists()
    assert offers.filter(for_employers=True).exists()
    assert offers.filter(is_free=False, price__isnull=False).exists()
    for offer in offers:
        assert (offer.place is None) == (offer.format == Format.ONLINE), offer.slug
        assert 1 <= offer.competences.count() <= 4, offer.slug
        assert offer.topics.exists(), offer.slug
        assert offer.partner is not None, offer.slug
        assert offer.listing_image is not None, offer.slug


def test_offers_lie_in_the_past_present_and_future():
    offers = OfferPage.objects.all()
    expired = offers.exclude(pk__in=offers.current())
    assert expired.exists()
    assert offers.upcoming().count() >= 10
    assert offers.filter(starts_at__isnull=True, valid_through__isnull=True).exists()
    index = OfferIndexPage.objects.get(locale__language_code="de")
    listed = set(index.items().values_list("pk", flat=True))
    assert listed.isdisjoint(expired.values_list("pk", flat=True))


def test_challenges_are_in_every_status():
    statuses = [challenge.status() for challenge in ChallengePage.objects.all()]
    for status in ChallengeStatus:
        assert statuses.count(status) >= 2, status
        assert ChallengePage.objects.with_status(status).exists(), status
    for challenge in ChallengePage.objects.all():
        if challenge.status() == ChallengeStatus.FINISHED:
            assert challenge.results, challenge.slug


def test_partners_and_articles_are_complete():
    for partner in PartnerPage.objects.all():
        assert partner.logo is not None
        assert partner.website == f"https://{partner.slug}.example"
        assert partner.cities.exists()
    for article in ArticlePage.objects.all():
        assert article.authors.exists(), article.slug
        assert article.listing_image is not None, article.slug
    assert ArticlePage.objects.filter(related_pages__isnull=False).distinct().count() >= 10


def test_the_home_page_features_upcoming_offers_and_an_open_challenge():
    featured = HomePage.objects.get(depth=2, locale__language_code="de").featured_pages()
    offers = [page for page in featured if isinstance(page, OfferPage)]
    challenges = [page for page in featured if isinstance(page, ChallengePage)]
    assert len(offers) == 3
    assert set(offers) <= set(OfferPage.objects.upcoming())
    assert [c.status() for c in challenges] == [ChallengeStatus.APPLICATION_OPEN]


def test_a_second_run_changes_nothing(capsys):
    before = counts()
    last_page = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
    call_command("seed_demo")
    assert "already present" in capsys.readouterr().out
    assert counts() == before
    assert Page.objects.order_by("-pk").values_list("pk", flat=True).first() == last_page


@pytest.mark.parametrize(
    "url",
    [
        "/de/",
        "/de/angebote/",
        "/de/angebote/git-im-team/",
        "/de/challenges/",
        "/de/challenges/campus-app-erstsemester/",
        "/de/partner/",
        "/de/partner/weserbyte/",
        "/de/magazin/",
        "/de/magazin/proxlab-startet/",
        "/de/ueber-uns/",
        "/de/impressum/",
        "/de/datenschutz/",
        "/de/barrierefreiheit/",
    ],
)
def test_demo_pages_render(client, url):
    # A missing template raises here and fails the test: nothing is skipped.
    response = client.get(url)
    assert response.status_code == 200
