"""The demo's records carry their English beside the German: a gap fails the seed, naming it."""

import dataclasses

import pytest

from django.core.management import CommandError, call_command
from django.utils import timezone

from cms.demo import content
from cms.demo.builder import all_specs, check_english
from cms.demo.specs import DemoSeedError
from home.models import StandardPage

GIT_WORKSHOP = 0  # content.OFFERS[0], "git-im-team"


def with_offer_english(monkeypatch, **english) -> None:
    """Replace the first offer's English by ``english`` (None removes a field)."""
    offer = content.OFFERS[GIT_WORKSHOP]
    en = {key: value for key, value in {**offer.en, **english}.items() if value is not None}
    changed = dataclasses.replace(offer, en=en)
    monkeypatch.setattr(content, "OFFERS", (changed, *content.OFFERS[GIT_WORKSHOP + 1 :]))


def test_every_record_and_topic_has_its_english():
    check_english(timezone.localdate())
    english = [spec.english() for spec in all_specs(timezone.localdate())]
    assert all(spec.en == {} for spec in english)
    assert english[0].title == "Offers"


@pytest.mark.django_db
def test_a_missing_english_field_fails_the_seed_naming_the_item(monkeypatch):
    with_offer_english(monkeypatch, about=None)
    with pytest.raises(CommandError, match=r"Demo OfferSpec 'git-im-team': no English for 'about'"):
        call_command("seed_demo", verbosity=0)
    assert not StandardPage.objects.exists()


@pytest.mark.django_db
def test_a_german_bullet_without_its_english_fails_the_seed(monkeypatch):
    points = content.OFFERS[GIT_WORKSHOP].en["points"]
    with_offer_english(monkeypatch, points=points[:-1])
    with pytest.raises(
        CommandError,
        match=r"Demo OfferSpec 'git-im-team': points has 4 item\(s\) in German, 3 in English",
    ):
        call_command("seed_demo", verbosity=0)


def test_an_unknown_or_empty_english_field_is_named(monkeypatch):
    with_offer_english(monkeypatch, titel="Git in a team", teaser=" ")
    with pytest.raises(DemoSeedError) as failure:
        content.OFFERS[GIT_WORKSHOP].english()
    assert "'titel' is not a text field" in str(failure.value)
    assert "teaser is empty in English" in str(failure.value)


def test_body_blocks_must_be_of_the_same_kinds():
    body = content.ABOUT.en["body"]
    swapped = (body[1], body[0], *body[2:])
    about = dataclasses.replace(content.ABOUT, en={**content.ABOUT.en, "body": swapped})
    with pytest.raises(
        DemoSeedError, match=r"'ueber-uns'.*body 1 is a 'h' block in German but 'p' in English"
    ):
        about.english()


def test_a_phase_note_without_english_names_the_challenge_and_phase():
    challenge = content.CHALLENGES[0]
    phase = dataclasses.replace(challenge.phases[0], en={})
    broken = dataclasses.replace(challenge, phases=(phase, *challenge.phases[1:]))
    with pytest.raises(
        DemoSeedError,
        match=r"Demo ChallengeSpec 'chatbot-kundenservice', phases 1: no English for 'note'",
    ):
        broken.english()


def test_a_topic_without_english_name_fails(monkeypatch):
    monkeypatch.setattr(content, "TOPICS", {"KI": "AI"})
    with pytest.raises(DemoSeedError, match=r"topics.py for the topics \['Agile Methoden'"):
        check_english(timezone.localdate())
