"""German and English: translated pages, the language switcher, hreflang and the catalogue."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

from django.conf import settings

from tests import factories

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)


def _soup(client, url: str, **headers) -> BeautifulSoup:
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def _hreflangs(soup: BeautifulSoup) -> dict[str, str]:
    return {
        link["hreflang"]: link["href"]
        for link in soup.select('head link[rel="alternate"][hreflang]')
    }


def _switcher(soup: BeautifulSoup) -> dict[str, str]:
    return {link["hreflang"]: link["href"] for link in soup.select("[data-language-switcher] a")}


@pytest.fixture
def english_home():
    return factories.translate(factories.german_home(), {"ProXLab": "ProXLab", "home": "home"})


def test_every_page_type_renders_in_both_languages(client, english_home):
    partner = factories.PartnerPageFactory()
    pages = [
        factories.StandardPageFactory(title="Impressum"),
        factories.OfferPageFactory(partner=partner),
        factories.ChallengePageFactory(partner=partner),
        partner,
        factories.ArticlePageFactory(),
    ]
    pages += [page.get_parent().specific for page in pages[1:]]
    for page in pages:
        english_page = factories.translate(page)
        german = _soup(client, page.url)
        english = _soup(client, english_page.url)
        assert german.html["lang"] == "de"
        assert english.html["lang"] == "en"


def test_translated_slugs_give_english_urls(client, english_home):
    index = factories.OfferIndexPageFactory()

    english = factories.translate(index, {"Angebote": "Offers", "angebote": "offers"})

    assert english.url == "/en/offers/"
    assert english.title == "Offers"


def test_switcher_leads_to_the_same_page_in_the_other_language(client, english_home):
    offer = factories.OfferPageFactory(title="Cloud-Workshop", slug="cloud-workshop")
    english = factories.translate(
        offer, {"Cloud-Workshop": "Cloud workshop", "cloud-workshop": "cloud-workshop"}
    )

    assert _switcher(_soup(client, offer.url))["en"] == english.url
    assert _switcher(_soup(client, english.url))["de"] == offer.url


def test_hreflang_alternates_are_symmetric_and_canonical_is_the_page(client, english_home):
    offer = factories.OfferPageFactory()
    english = factories.translate(offer)

    german_links = _hreflangs(_soup(client, offer.url))
    english_links = _hreflangs(_soup(client, english.url))

    assert german_links == english_links
    assert german_links["de"] == offer.full_url
    assert german_links["en"] == english.full_url
    assert german_links["x-default"] == offer.full_url
    canonical = _soup(client, english.url).select_one('link[rel="canonical"]')["href"]
    assert canonical == english.full_url


def test_untranslated_page_falls_back_to_the_home_page_and_says_so(client, english_home):
    offer = factories.OfferPageFactory()

    soup = _soup(client, offer.url)

    link = soup.select_one('[data-language-switcher] a[hreflang="en"]')
    assert link["href"] == "/en/"
    assert "not available in English" in link.get_text(" ", strip=True)
    assert "en" not in _hreflangs(soup)


def test_english_page_has_no_german_interface_strings(client, english_home):
    offer = factories.OfferPageFactory(title="Workshop", slug="workshop")
    factories.translate(offer.get_parent(), {"Angebote": "Offers", "angebote": "offers"})
    english = factories.translate(offer)

    text = _soup(client, english.url).get_text(" ", strip=True)

    for german in ("Angebot", "Anmeldung", "Termin", "Zielgruppe", "Zum Inhalt", "Kostenlos"):
        assert german not in text


def test_admin_speaks_german_by_default_whatever_the_browser_says(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert '<html lang="de"' in response.content.decode()
    assert "Seiten" in response.content.decode()


def test_admin_speaks_the_language_an_editor_chose(admin_client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()

    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="de")

    assert '<html lang="en"' in response.content.decode()


CATALOGUE = ROOT / "locale" / "de" / "LC_MESSAGES" / "django.po"


def test_german_catalogue_is_complete():
    catalogue = polib.pofile(str(CATALOGUE))

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert untranslated == []
    assert fuzzy == []


# Text outside tags that needs no translation: punctuation, symbols, the brand.
_NEUTRAL = re.compile(r"^[\s\W\d]*$|^ProXLab$")


def _visible_literals(source: str) -> list[str]:
    """Text in a template that a visitor would read, once Django and HTML markup are removed."""
    source = re.sub(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", " ", source, flags=re.S)
    source = re.sub(r"{#.*?#}", " ", source, flags=re.S)
    source = re.sub(r"{%\s*blocktranslate.*?{%\s*endblocktranslate\s*%}", " ", source, flags=re.S)
    source = re.sub(r"<(script|style)\b.*?</\1>", " ", source, flags=re.S)
    source = re.sub(r"{%.*?%}|{{.*?}}", " ", source, flags=re.S)
    source = re.sub(r"<!--.*?-->", " ", source, flags=re.S)
    literals = re.findall(r">([^<>]+)<", f">{source}<")
    attributes = re.findall(r'\b(?:alt|title|placeholder|aria-label)="([^"{]+)"', source)
    candidates = [text.strip() for text in literals + attributes]
    return [text for text in candidates if text and not _NEUTRAL.match(text)]


def test_no_template_text_is_left_outside_gettext():
    leftovers = {
        str(path.relative_to(ROOT)): literals
        for path in sorted((ROOT / "templates").rglob("*.html"))
        if (literals := _visible_literals(path.read_text()))
    }

    assert leftovers == {}


def test_catalogue_has_every_string_of_the_code(tmp_path):
    """makemessages on a copy of the project finds no string the catalogue lacks."""
    if shutil.which("xgettext") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("GNU gettext (xgettext) is required in CI to check the catalogue.")
        pytest.skip("GNU gettext (xgettext) is not installed")
    for name in ("cms", "home", "offers", "search", "templates", "locale"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(ROOT / "manage.py", tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "de", "--no-obsolete", "-v0"],
        cwd=tmp_path,
        check=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
    )

    extracted = polib.pofile(str(tmp_path / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    known = {entry.msgid for entry in polib.pofile(str(CATALOGUE))}

    assert sorted({entry.msgid for entry in extracted} - known) == []


def test_topics_show_their_name_in_the_page_language(client, english_home):
    from home.models import Topic

    offer = factories.OfferPageFactory()
    offer.topics.add("IT-Sicherheit")
    offer.save_revision().publish()
    tag = offer.topics.get()
    german_topic = Topic.objects.create(
        locale=factories.german_home().locale, tag=tag, name="IT-Sicherheit"
    )
    Topic.objects.create(
        locale=factories.english(),
        tag=tag,
        name="IT security",
        translation_key=german_topic.translation_key,
    )
    english = factories.translate(offer)

    assert "IT security" in _soup(client, english.url).select_one(".terms").get_text()
    assert "IT-Sicherheit" in _soup(client, offer.url).select_one(".terms").get_text()


def test_every_make_target_that_runs_tests_compiles_the_catalogue_first():
    """German URLs need the compiled catalogue; a fresh clone has none."""
    makefile = (ROOT / "Makefile").read_text()
    for target in ("test", "test-fast"):
        recipe = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
        assert "compile_catalogues" in recipe.split("pytest")[0], target


def test_the_tests_run_with_a_current_german_catalogue():
    """Whichever way pytest was started, the catalogue it reads is compiled from today's .po."""
    po = ROOT / "locale/de/LC_MESSAGES/django.po"
    mo = po.with_suffix(".mo")
    assert mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime
    from django.utils import translation

    with translation.override("de"):
        assert translation.gettext("Submit an offer") == "Angebot einreichen"
