"""The privacy page names every public form with what it stores, why, who receives it and for
how long, in both languages; the periods are those `purge_submissions` keeps to."""

import pytest
from bs4 import BeautifulSoup

from django.utils import translation
from django.utils.translation import gettext

from cms.demo.builder import privacy
from cms.demo.text import text_fields
from tests import factories

pytestmark = pytest.mark.django_db

# Each form as its own page names it, and the setting that says how long its data is kept.
FORMS = {
    "Submit an offer": "PUBLIC_FORMS_PURGE_AFTER_DAYS",
    "Apply as a team": "PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS",
    "Looking for teammates": "PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS",
}
WORDS = {
    "de": {
        "relay": "Nachrichten an Mitstreiter:innen",
        "search": "Suchstatistik",
        "days": "Tage",
        "why": "Wir brauchen sie",
        "who": "Empfänger:",
        "how_long": "Speicherdauer:",
        "anonymous": "keine IP-Adresse",
    },
    "en": {
        "relay": "Messages to teammates",
        "search": "Search statistics",
        "days": "days",
        "why": "We need them",
        "who": "Recipients:",
        "how_long": "Retention:",
        "anonymous": "no IP address",
    },
}


@pytest.fixture
def privacy_pages(settings) -> dict[str, str]:
    """The demo's privacy page in German and English, with periods unlike any default."""
    settings.PUBLIC_FORMS_PURGE_AFTER_DAYS = 45
    settings.PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS = 120
    spec = privacy()
    german = factories.StandardPageFactory(**text_fields(spec, "de"))
    english_home = factories.translate(factories.german_home())
    english = factories.StandardPageFactory(
        parent=english_home, **text_fields(spec.english(), "en")
    )
    return {"de": german.url, "en": english.url}


def sections(html: str) -> dict[str, str]:
    """The page's text below each of its headings, by heading."""
    main = BeautifulSoup(html, "html.parser").find("main")
    found, current = {}, None
    for element in main.find_all(["h2", "p", "li"]):
        if element.name == "h2":
            current = element.get_text(" ", strip=True)
            found[current] = ""
        elif current:
            found[current] += " " + element.get_text(" ", strip=True)
    return found


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_privacy_page_names_each_form_with_purpose_recipients_and_retention(
    client, settings, privacy_pages, language
):
    response = client.get(privacy_pages[language])
    assert response.status_code == 200
    text = sections(response.text)
    words = WORDS[language]

    with translation.override(language):
        names = {gettext(name): setting for name, setting in FORMS.items()}
    names[words["relay"]] = "PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS"
    for name, setting in names.items():
        (heading,) = [heading for heading in text if name in heading]
        section = text[heading]
        assert words["who"] in section and words["how_long"] in section, heading
        assert words["why"] in section, heading
        retention = section.split(words["how_long"])[1]
        assert f"{getattr(settings, setting)} {words['days']}" in retention, heading

    search = text[words["search"]]
    assert words["anonymous"] in search
