"""Every public surface an anonymous visitor can reach, with a secret offer and a public sibling
on the same subject: for the tests that a private or expired page leaves them all."""

from search.documents import LANGUAGES, index_name
from search.indexing import rebuild
from tests import factories

SECRET = "Zebrafischkunde"
WORD = SECRET.lower()  # as the page, its slug and its URL have it
HIDDEN = "Seepferdchen"  # searched for: the search page repeats the words, not the title


BACKENDS = ["elasticsearch", "database"]


def choose_backend(request, settings):
    """The real Elasticsearch node (its client) or the database backend (None), as the test's
    parameter says; with the page cache on, since a cached page must not outlive a change."""
    settings.PAGE_CACHE_SECONDS = 600
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        return None
    return request.getfixturevalue("elasticsearch")


def make_offers(backend, **secret_fields) -> tuple:
    """A secret offer and a public sibling on the same subject, both indexed."""
    factories.PartnerIndexPageFactory()
    factories.ArticleIndexPageFactory()
    secret = factories.OfferPageFactory(
        title=f"{SECRET} für Einsteiger",
        teaser=f"{HIDDEN} am Steinhuder Meer, Cloud und Daten.",
        **secret_fields,
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


def refresh(backend) -> None:
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
        "search api": f"/api/v2/search/?q={HIDDEN}&locale=de",
        "search api, all": "/api/v2/search/?locale=de",
        "autocomplete": f"/api/v2/search/autocomplete/?q={SECRET[:6]}&locale=de",
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
