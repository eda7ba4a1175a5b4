"""The publishing rule remembers German text: of a German page since deleted, of an older sync a
revision still holds. Driven through the admin as the role, then read as a visitor."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Page, Revision
from wagtail_localize.models import TranslationSource

from home.publish_rule import untranslated_texts
from offers.models import OfferPage
from tests.admin_forms import edit_form_data
from tests.factories import translate
from tests.public_forms import user_in
from tests.test_publish_rule import (
    ENGLISH,
    assert_no_german_in_public,
    bulk_publish,
    english_draft,
    make_offer,
    post,
    translation_for,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer():
    return make_offer()


# The German page deleted -----------------------------------------------------------------------


def test_deleting_the_german_page_does_not_let_its_untranslated_draft_go_live(client, offer):
    draft = english_draft(client, offer)
    post(client, user_in("Administration"), f"/admin/pages/{offer.pk}/delete/")
    assert not Page.objects.filter(pk=offer.pk).exists()
    assert not TranslationSource.objects.filter(object_id=offer.translation_key).exists()

    refused = bulk_publish(client, draft)

    assert "Nicht veröffentlicht: 3 Texte sind noch nicht übersetzt: Titel" in refused.text
    assert not Page.objects.get(pk=draft.pk).live
    assert_no_german_in_public(client)

    # Translated by hand in the editor, the English page without a German original goes live.
    moderator = user_in("Moderation", "moderator-2")
    client.force_login(moderator)
    data = {
        **edit_form_data(client, draft),
        "title": ["Accessible forms workshop"],
        "slug": ["accessible-forms-workshop"],
        "teaser": ["Hands-on learning with regional employers."],
        "action-publish": ["Publish"],
    }
    post(client, moderator, f"/admin/pages/{draft.pk}/edit/", data)
    assert Page.objects.get(pk=draft.pk).live
    assert "Hands-on learning" in assert_no_german_in_public(client)


# Reverting to a revision with German text of an older sync -------------------------------------


def test_reverting_to_german_text_of_an_older_sync_is_refused(client, offer):
    english_offer = translate(offer, ENGLISH)
    first = Revision.page_revisions.filter(object_id=str(english_offer.pk)).order_by("pk").first()
    # The German page changes; its English page is synced ("Update translations").
    offer.title = "Workshop Zugängliche Formulare"
    offer.teaser = "Lernen mit Arbeitgebern aus der Region."
    offer.save_revision().publish()
    moderator = user_in("Moderation")
    source = TranslationSource.objects.get(object_id=offer.translation_key)
    post(client, moderator, f"/admin/localize/update/{source.pk}/", {})
    stop = reverse("wagtail_localize:stop_translation", args=[translation_for(offer).pk])
    post(client, moderator, stop)

    client.force_login(moderator)
    old = first.as_object()
    data = {
        **edit_form_data(client, english_offer),
        "title": [old.title],  # the German title of the first sync, no longer today's
        "teaser": [old.teaser],
        "slug": ["workshop-2026"],  # not the German slug either
        "action-publish": ["Publish"],
    }
    url = f"/admin/pages/{english_offer.pk}/revisions/{first.pk}/revert/"
    refused = post(client, moderator, url, data)

    assert "Nicht veröffentlicht: 2 Texte sind noch nicht übersetzt" in refused.text
    live = OfferPage.objects.get(pk=english_offer.pk)
    assert (live.title, live.slug) == ("Accessible forms workshop", "accessible-forms-workshop")
    assert "Accessible forms workshop" in assert_no_german_in_public(
        client, "/en/offers/workshop-2026/"
    )


def test_one_untranslated_text_reads_in_the_singular_in_both_languages(client, offer):
    from wagtail.users.models import UserProfile

    english_offer = translate(offer, ENGLISH)
    offer.teaser = "Praxisnah und barrierefrei, jetzt mit Übungen."
    offer.save_revision().publish()
    source = TranslationSource.objects.get(object_id=offer.translation_key)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={english_offer.pk}&next=/admin/pages/"
    german, english_speaker = user_in("Moderation"), user_in("Moderation", "moderator-en")
    profile = UserProfile.get_for_user(english_speaker)
    profile.preferred_language = "en"
    profile.save()
    post(client, german, f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})

    refused_de = post(client, german, url).text
    refused_en = post(client, english_speaker, url).text

    assert "Nicht veröffentlicht: 1 Text ist noch nicht übersetzt: Anreißer" in refused_de
    assert "Übersetzen Sie ihn zuerst." in refused_de
    assert "Not published: 1 text still untranslated: Teaser" in refused_en
    assert "Translate it first." in refused_en
    assert "Hands-on learning" in assert_no_german_in_public(client)


def test_the_rule_asks_the_database_once_however_many_texts(client, offer):
    draft = english_draft(client, offer).get_latest_revision_as_object()
    draft.search_description = "Barrierefreie Formulare für alle."  # one text more

    with CaptureQueriesContext(connection) as queries:
        found = untranslated_texts(draft)

    assert len(found) == 3  # the new text was never German
    string_queries = [q for q in queries if "wagtail_localize_string" in q["sql"]]
    assert len(string_queries) == 1
