"""A page a moderator makes private (login, password, group), and every page below it, leaves
every public surface at once, on Elasticsearch and on the database backend; lifting the
restriction brings it back. Driven through the admin's privacy dialog, checked as a visitor."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import PageViewRestriction

from search.documents import LANGUAGES, index_name
from search.indexing import rebuild
from tests import factories
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db

SECRET = "Zebrafischkunde"
WORD = SECRET.lower()  # as the page, its slug and its URL have it
HIDDEN = "Seepferdchen"  # searched for: the search page repeats the words, not the title


@pytest.fixture(params=["elasticsearch", "database"])
def backend(request, settings):
    settings.PAGE_CACHE_SECONDS = 600  # a page cached before the restriction must not outlive it
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        return None
    return request.getfixturevalue("elasticsearch")


@pytest.fixture
def offers(backend):
    """A secret offer and a public sibling on the same subject, both indexed."""
    factories.PartnerIndexPageFactory()
    factories.ArticleIndexPageFactory()
    secret = factories.OfferPageFactory(
        title=f"{SECRET} für Einsteiger", teaser=f"{HIDDEN} am Steinhuder Meer, Cloud und Daten."
    )
    sibling = factories.OfferPageFactory(
        title="Cloud und Daten", teaser="Cloud und Daten am Steinhuder Meer."
    )
    for offer in (secret, sibling):  # what the database backend finds similar offers by
        offer.topics.add("Cloud")
        offer.save()
    if backend is not None:
        for language in LANGUAGES:
            rebuild(backend, language)
    return secret, sibling


def _refresh(backend) -> None:
    if backend is not None:
        for language in LANGUAGES:
            backend.indices.refresh(index=index_name(language))


def public_surfaces(client, secret, sibling) -> dict[str, str]:
    """What an anonymous visitor gets from every public address that could show the offer."""
    client.logout()
    client.cookies.clear()
    index = secret.get_parent().url
    addresses = {
        "home": "/de/",
        "listing": index,
        "listing feed": f"{index}feed/",
        "listing calendar": f"{index}ics/",
        "search page": f"/de/suche/?q={HIDDEN}",
        "search api": f"/api/v2/search/?q={HIDDEN}&language=de",
        "search api, all": "/api/v2/search/?language=de",
        "autocomplete": f"/api/v2/search/autocomplete/?q={SECRET[:6]}&language=de",
        "pages api": "/api/v2/pages/?type=offers.OfferPage&fields=teaser&limit=50",
        "pages api detail": f"/api/v2/pages/{secret.pk}/",
        "sitemap": "/sitemap.xml",
        "similar box": sibling.url,
        "offer calendar": f"{secret.url}ics/",
    }
    found = {}
    for name, address in addresses.items():
        response = client.get(address)
        assert response.status_code < 500, name
        assert response.status_code != 400, name
        found[name] = response.content.decode().lower() if response.status_code == 200 else ""
    page = client.get(secret.url)
    found["offer page"] = page.content.decode().lower() if page.status_code == 200 else ""
    # A password form sends the visitor back to the address they asked for: no leak.
    for name in ("offer page", "offer calendar"):
        found[name] = found[name].replace(secret.url.lower(), "")
    return found


def leaks(client, secret, sibling) -> set[str]:
    """The public surfaces that show the secret offer."""
    return {name for name, text in public_surfaces(client, secret, sibling).items() if WORD in text}


def _set_privacy(client, page, moderator, **data) -> None:
    client.force_login(moderator)
    response = client.post(reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), data)
    assert response.status_code == 200
    assert '"step": "set_privacy_done"' in response.content.decode()


RESTRICTIONS = {
    "login": {"restriction_type": PageViewRestriction.LOGIN},
    "password": {"restriction_type": PageViewRestriction.PASSWORD, "password": "geheim"},
    "groups": {"restriction_type": PageViewRestriction.GROUPS, "groups": ["Moderation"]},
}


def _data(kind: str) -> dict:
    data = dict(RESTRICTIONS[kind])
    if "groups" in data:
        data["groups"] = [Group.objects.get(name=name).pk for name in data["groups"]]
    return data


@pytest.mark.parametrize("kind", RESTRICTIONS)
def test_a_page_made_private_in_the_admin_leaves_every_public_surface_and_comes_back(
    client, backend, offers, kind, django_capture_on_commit_callbacks
):
    secret, sibling = offers
    before = public_surfaces(client, secret, sibling)  # also fills the page cache
    for name in ("listing", "search page", "search api", "sitemap", "pages api", "similar box"):
        assert WORD in before[name], name
    moderator = user_in("Moderation")

    with django_capture_on_commit_callbacks(execute=True):
        _set_privacy(client, secret, moderator, **_data(kind))
    _refresh(backend)

    assert leaks(client, secret, sibling) == set()

    with django_capture_on_commit_callbacks(execute=True):
        _set_privacy(client, secret, moderator, restriction_type=PageViewRestriction.NONE)
    _refresh(backend)

    after = public_surfaces(client, secret, sibling)
    for name in ("listing", "search page", "search api", "sitemap", "pages api", "offer page"):
        assert WORD in after[name], name


def test_pages_below_a_private_page_leave_every_public_surface(
    client, backend, offers, django_capture_on_commit_callbacks
):
    secret, sibling = offers
    public_surfaces(client, secret, sibling)
    moderator = user_in("Moderation")

    with django_capture_on_commit_callbacks(execute=True):
        _set_privacy(client, secret.get_parent(), moderator, **_data("login"))
    _refresh(backend)

    assert leaks(client, secret, sibling) == set()
