"""The demo's English twin: made through wagtail-localize, complete, live, and made only once."""

import dataclasses

import pytest

from django.core.management import call_command
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.demo import content
from cms.demo.builder import DemoSeedError, all_specs
from cms.demo.richtext import written_date
from cms.demo.specs import MenuSpec
from cms.demo.translation import translate_demo
from home.models import ArticlePage, HomePage, NavigationMenu, StandardPage
from offers.models import ChallengePage, OfferPage, OfferSubmission
from tests.public_forms import offer_form_data, user_in

pytestmark = pytest.mark.usefixtures("demo", "db")


def en() -> Locale:
    return Locale.objects.get(language_code="en")


def german_demo_pages():
    home = HomePage.objects.get(depth=2, locale__language_code="de")
    return Page.objects.descendant_of(home, inclusive=True)


def test_every_german_page_has_a_live_english_translation():
    german = german_demo_pages()
    assert german.count() > 90
    english_pages = Page.objects.filter(locale=en())
    translated = set(english_pages.live().values_list("translation_key", flat=True))
    assert set(german.values_list("translation_key", flat=True)) <= translated
    assert not english_pages.filter(has_unpublished_changes=True).exists()
    home = HomePage.objects.get(depth=2, locale=en())
    assert home.url == "/en/"
    assert home.hero_title == "Exchange between IT students, graduates and employers"


def test_every_source_string_is_translated_by_wagtail_localize():
    translations = Translation.objects.filter(target_locale=en()).select_related("source")
    assert translations.count() == german_demo_pages().count() + 2  # and the two menus
    missing = []
    for translation in translations:
        segments = StringSegment.objects.filter(source=translation.source)
        done = set(
            StringTranslation.objects.filter(
                locale=en(), has_error=False, translation_of__segments__source=translation.source
            ).values_list("translation_of_id", "context_id")
        )
        missing += [
            segment.string.data
            for segment in segments.select_related("string")
            if (segment.string_id, segment.context_id) not in done
        ]
    assert missing == []


def test_english_pages_carry_english_text():
    about = StandardPage.objects.get(locale=en(), slug="about")
    assert about.title == "About ProXLab"
    assert "kontakt@proxlab.example" in str(about.body)
    offer = OfferPage.objects.get(locale=en(), slug="git-in-a-team")
    assert offer.title == "Git in a team: branching, reviews and a clean history"
    headings = [block.value for block in offer.body if block.block_type == "heading"]
    assert headings == ["What it's about", "What you take away"]


def test_english_slugs_are_those_beside_the_german_and_unique():
    records = [spec for spec in all_specs(timezone.localdate()) if not isinstance(spec, MenuSpec)]
    english_slug = {spec.slug: spec.english().slug for spec in records}
    english_slug["home"] = content.HOME_EN["slug"]
    german = {page.translation_key: page.slug for page in german_demo_pages()}
    for page in Page.objects.filter(locale=en(), translation_key__in=german):
        assert page.slug == english_slug[german[page.translation_key]], page.url_path
    urls = [page.url_path for page in Page.objects.filter(locale=en())]
    assert len(urls) == len(set(urls))


def test_the_statement_date_is_written_in_english():
    day = timezone.localdate()
    statement = str(StandardPage.objects.get(locale=en(), slug="accessibility").body)
    assert f"It was last reviewed on {written_date(day, 'en')}." in statement
    german = str(StandardPage.objects.get(locale__language_code="de", slug="barrierefreiheit").body)
    assert f"Sie wurde zuletzt am {written_date(day, 'de')} überprüft." in german


def test_english_offers_show_english_places_competences_and_partners():
    offers = OfferPage.objects.filter(locale=en()).select_related("place", "partner")
    assert offers.count() >= 40
    for offer in offers:
        if offer.place is not None:
            assert offer.place.locale == en(), offer.slug
        assert {c.locale_id for c in offer.competences.all()} == {en().pk}, offer.slug
        assert offer.partner.locale == en(), offer.slug
    offer = offers.get(slug="internship-software-development")
    assert offer.place.name == "Hamelin"
    assert "Application Development" in {c.name for c in offer.competences.all()}


def test_inline_rows_are_english_too():
    article = ArticlePage.objects.get(locale=en(), slug="looking-back-smart-city-hackathon")
    assert ("Lea Hoffmann", "ProXLab editorial team") in [
        (author.name, author.role) for author in article.authors.all()
    ]
    challenge = ChallengePage.objects.get(locale=en(), slug="chatbot-customer-service")
    assert "Final presentation to the management board" in [p.note for p in challenge.phases.all()]
    assert challenge.partner.locale == en()


def test_calls_to_action_lead_to_the_english_page():
    about = StandardPage.objects.get(locale=en(), slug="about")
    targets = [block.value["page"] for block in about.body if block.block_type == "call_to_action"]
    assert [page.url for page in targets] == ["/en/offers/"]


def test_the_english_menus_exist():
    menus = {menu.slot: menu for menu in NavigationMenu.objects.filter(locale=en())}
    assert set(menus) == {"main", "footer"}
    assert menus["main"].items.count() == 5
    assert menus["footer"].text.startswith("ProXLab connects IT students")


def test_a_second_run_changes_nothing(capsys):
    before = (
        Page.objects.count(),
        Page.objects.order_by("-pk").values_list("pk", flat=True).first(),
        StringTranslation.objects.count(),
        NavigationMenu.objects.count(),
    )
    call_command("seed_demo")
    assert "English: already present (" in capsys.readouterr().out
    assert (
        Page.objects.count(),
        Page.objects.order_by("-pk").values_list("pk", flat=True).first(),
        StringTranslation.objects.count(),
        NavigationMenu.objects.count(),
    ) == before


def test_the_demo_starts_again_after_an_employer_submits_an_offer_with_new_topics(client):
    """`make run` after a pending submission: the seed leaves the draft and its topics alone,
    and a topic typed into the public form is no site-wide tag until a moderator approves."""
    client.post("/de/angebot-einreichen/", offer_form_data(topics="DevOps, Cloud, devops"))
    submission = OfferSubmission.objects.get()
    offer = submission.page.specific
    assert list(offer.topics.names()) == ["Cloud"]
    assert not Tag.objects.filter(name__iexact="DevOps").exists()

    call_command("seed_demo", verbosity=0)

    assert not Tag.objects.filter(name__iexact="DevOps").exists()
    assert not offer.get_translations().exists()
    client.force_login(user_in("Moderation"))
    client.post(f"/admin/offer_submissions/inspect/{submission.pk}/", {"action": "approve"})
    offer.refresh_from_db()
    assert offer.live and sorted(offer.topics.names()) == ["Cloud", "DevOps"]
    assert sorted(offer.get_latest_revision_as_object().topics.names()) == ["Cloud", "DevOps"]
    call_command("seed_demo", verbosity=0)  # the approved topic is the editors' to name


def test_a_deleted_english_page_comes_back():
    StandardPage.objects.get(locale=en(), slug="imprint").delete()
    report = translate_demo()
    assert (report.pages, report.menus) == (1, 0)
    imprint = StandardPage.objects.get(locale=en(), slug="imprint")
    assert imprint.live
    assert imprint.title == "Legal notice"


def test_an_english_body_of_another_shape_fails_loudly(monkeypatch):
    """Two English paragraphs in a block where the German has one: the seed names page and field."""
    StandardPage.objects.get(locale=en(), slug="imprint").delete()
    body = list(content.IMPRINT.en["body"])
    body[1] = ("html", "<p>ProXLab – project team</p><p>Hildesheim, Germany</p>")
    imprint = dataclasses.replace(content.IMPRINT, en={**content.IMPRINT.en, "body": tuple(body)})
    monkeypatch.setattr(content, "IMPRINT", imprint)
    with pytest.raises(
        DemoSeedError,
        match=r"Demo StandardSpec 'impressum': the English does not have the German's shape "
        r"in field 'body'",
    ):
        translate_demo()


def test_a_german_page_edited_by_hand_is_not_translated_from_the_record():
    StandardPage.objects.get(locale=en(), slug="imprint").delete()
    imprint = StandardPage.objects.get(locale__language_code="de", slug="impressum")
    imprint.teaser = "Anbieterkennzeichnung, von Hand geändert."
    imprint.save_revision().publish()
    with pytest.raises(
        DemoSeedError,
        match=r"Demo StandardSpec 'impressum': the German page no longer reads as its record "
        r"in cms/demo/content/, in field 'teaser'",
    ):
        translate_demo()


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/en/offers/",
        "/en/offers/git-in-a-team/",
        "/en/challenges/",
        "/en/challenges/campus-app-first-years/",
        "/en/partners/",
        "/en/partners/weserbyte/",
        "/en/magazine/",
        "/en/magazine/proxlab-launches/",
        "/en/about/",
        "/en/imprint/",
        "/en/privacy/",
        "/en/accessibility/",
    ],
)
def test_english_demo_pages_render(client, url):
    # A missing template raises here and fails the test: nothing is skipped.
    response = client.get(url)
    assert response.status_code == 200
