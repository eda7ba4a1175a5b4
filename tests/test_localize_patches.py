"""The publishing rule for snippets (navigation menus), and the patches that carry the rule into
Wagtail and wagtail-localize: installed, needed, and pinned to the versions they were written
for."""

import hashlib
import inspect
from importlib.metadata import version

import pytest

from django.test import TestCase

from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.admin.forms.pages import CopyForm
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import convert, edit_translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from home.localize_patches import PATCHED
from home.models import NavigationItem, NavigationMenu
from tests.factories import OfferIndexPageFactory, english, translate
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db

# What home/localize_patches.py replaces, and what its replacements rely on. When an upgrade
# changes one of these, read the new code, adapt the patch, then update its hash here.
PATCHED_FUNCTIONS = {
    "PublishRevisionAction.execute": (PublishRevisionAction, "execute", "cd87b11b191631dc"),
    "CopyPageAction.execute": (CopyPageAction, "execute", "06c57ac8db61c0f7"),
    "CreatePageAliasAction.execute": (CreatePageAliasAction, "execute", "cb77ec8525b040f8"),
    "CopyForm.clean": (CopyForm, "clean", "8714af3447983bf1"),
    "Translation.save_target": (Translation, "save_target", "d63133399d2c3e40"),
    "convert_to_alias": (convert, "convert_to_alias", "eac3f1fb14d11b25"),
    "stop_translation": (edit_translation, "stop_translation", "cd7d768fdc9b5336"),
    "UpdateTranslationsView.get_success_message": (
        UpdateTranslationsView,
        "get_success_message",
        "21e0f31f75aabe53",
    ),
}
RELIED_ON = {
    # Converts an alias to a page keeping its live flag; saves snippets without draft state.
    "create_or_update_translation": (
        TranslationSource.create_or_update_translation,
        "4c68c20a8ba2648b",
    ),
    # Publishes every alias, also those in another locale.
    "update_aliases": (Page.update_aliases, "98ab155f9e1c6e17"),
    "sync_alias": (convert.sync_alias, "a239c88c202561ac"),
    # Copies an untranslated parent as a (live) alias.
    # Saves every translation (publishing after the commit), then asks for the success message.
    "UpdateTranslationsView.form_valid": (UpdateTranslationsView.form_valid, "314e2852e1a71133"),
    "_copy_for_translation": (
        CopyPageForTranslationAction._copy_for_translation,
        "177c2a665ce47f3a",
    ),
}


def source_hash(function) -> str:
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


def test_the_pinned_versions_are_those_the_patches_were_written_for():
    assert (version("wagtail"), version("wagtail-localize")) == ("8.0.1", "1.14.5")


@pytest.mark.parametrize("name", sorted(PATCHED_FUNCTIONS))
def test_each_patch_is_installed_over_the_code_it_was_written_for(name):
    owner, attribute, pinned = PATCHED_FUNCTIONS[name]
    patched = getattr(owner, attribute)
    assert getattr(patched, PATCHED, False), f"{name} is not patched"
    assert source_hash(patched.__wrapped__) == pinned, f"{name} changed upstream: re-read it"


@pytest.mark.parametrize("name", sorted(RELIED_ON))
def test_the_code_the_patches_rely_on_is_unchanged(name):
    function, pinned = RELIED_ON[name]
    assert source_hash(function) == pinned, f"{name} changed upstream: re-read it"


def test_without_the_patch_wagtail_would_publish_an_untranslated_english_draft(client):
    index = OfferIndexPageFactory(title="Angebote", slug="angebote")
    english_index = translate(index, {"Angebote": "Offers", "angebote": "offers"})
    english_index.title = "Angebote"
    revision = english_index.save_revision()
    unpatched = PublishRevisionAction.execute.__wrapped__

    unpatched(PublishRevisionAction(revision))

    assert Page.objects.get(pk=english_index.pk).title == "Angebote"


# Snippets: a navigation menu ----------------------------------------------------------------

MENU_ENGLISH = {"Angebote entdecken": "Discover offers", "Praxis für alle.": "Practice for all."}


@pytest.fixture
def menus():
    index = OfferIndexPageFactory(title="Angebote", slug="angebote")
    translate(index, {"Angebote": "Offers", "angebote": "offers"})
    german = NavigationMenu.objects.create(slot="main", text="Praxis für alle.")
    NavigationItem.objects.create(menu=german, page=index, label="Angebote entdecken")
    english_menu = translate(german, MENU_ENGLISH)
    return german, english_menu


def english_menu_as_visitors_see_it(client) -> str:
    client.logout()
    response = client.get("/en/offers/")
    assert response.status_code == 200
    return response.content.decode().split("</nav>")[0]


def update_translations(client, user, menu, publish: bool = True):
    source = TranslationSource.objects.get(object_id=menu.translation_key)
    client.force_login(user)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            f"/admin/localize/update/{source.pk}/",
            {"publish_translations": "on"} if publish else {},
            follow=True,
        )


@pytest.mark.parametrize("role", ["Redaktion", "Moderation"])
def test_update_translations_of_a_menu_keeps_german_out_of_the_english_menu(client, menus, role):
    german, english_menu = menus
    assert "Discover offers" in english_menu_as_visitors_see_it(client)
    NavigationItem.objects.filter(menu=german).update(label="Neue Angebote entdecken")

    update_translations(client, user_in(role), german)

    menu = english_menu_as_visitors_see_it(client)
    assert "Discover offers" in menu and "Angebote" not in menu
    assert english_menu.items.get().label == "Discover offers"


def test_a_translated_menu_change_reaches_the_english_menu(client, menus):
    german, _english_menu = menus
    moderator = user_in("Moderation")
    NavigationItem.objects.filter(menu=german).update(label="Neue Angebote entdecken")
    update_translations(client, moderator, german, publish=False)
    translation = Translation.objects.get(source__object_id=german.translation_key)
    translate_missing(translation, {"Neue Angebote entdecken": "Discover new offers"})

    # Menus are reviewed: an editor's update waits for a moderator, who publishes it.
    update_translations(client, user_in("Redaktion"), german)
    assert "Discover new offers" not in english_menu_as_visitors_see_it(client)

    update_translations(client, moderator, german)
    assert "Discover new offers" in english_menu_as_visitors_see_it(client)


def test_publish_in_the_menus_translation_editor_names_what_is_missing(client, menus):
    german, english_menu = menus
    NavigationItem.objects.filter(menu=german).update(label="Neue Angebote entdecken")
    update_translations(client, user_in("Moderation"), german, publish=False)
    client.force_login(user_in("Redaktion"))

    with TestCase.captureOnCommitCallbacks(execute=True):
        refused = client.post(
            f"/admin/snippets/home/navigationmenu/edit/{english_menu.pk}/",
            {"action": "publish"},
            follow=True,
        )

    assert "1 Text ist noch nicht übersetzt: Links" in refused.text
    assert "Discover offers" in english_menu_as_visitors_see_it(client)


def translate_missing(translation: Translation, strings: dict[str, str]) -> None:
    from wagtail_localize.models import StringSegment, StringTranslation

    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=english(),
                context=segment.context,
                defaults={"data": strings[segment.string.data]},
            )
