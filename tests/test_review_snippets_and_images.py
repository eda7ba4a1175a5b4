"""Menus, taxonomies and image files: an editor's change waits for a moderator.

Driven through the real admin views as Redaktion and Moderation; the public pages are read as an
anonymous visitor.
"""

import pytest
import wagtail_factories

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from home.models import NavigationItem, NavigationMenu, Place
from offers.models import OfferPage
from tests.factories import OfferIndexPageFactory, OfferPageFactory, german_home
from tests.public_forms import user_in
from tests.snippet_forms import admin_form_data

pytestmark = pytest.mark.django_db

MENU_URL = "/admin/snippets/home/navigationmenu/"


@pytest.fixture
def main_menu():
    offers = OfferIndexPageFactory()
    menu = NavigationMenu(locale=german_home().locale, slot="main")
    menu.items = [NavigationItem(page=offers, label="Alle Angebote", locale=menu.locale)]
    menu.save()
    return menu


def visitor_sees(text: str) -> bool:
    return text in Client().get("/de/").content.decode()


def test_an_editors_menu_change_is_public_only_after_a_moderator_approves_it(client, main_menu):
    editor, moderator = user_in("Redaktion"), user_in("Moderation")
    client.force_login(editor)
    edit_url = f"{MENU_URL}edit/{main_menu.pk}/"
    data = admin_form_data(client, edit_url)
    data["items-0-label"] = ["Zum Angebotsmarkt"]
    response = client.post(edit_url, {**data, "action-submit": "submit"})
    assert response.status_code == 302

    main_menu.refresh_from_db()
    assert main_menu.workflow_in_progress
    assert main_menu.items.get().label == "Alle Angebote"  # the live version the site reads
    assert visitor_sees("Alle Angebote") and not visitor_sees("Zum Angebotsmarkt")
    assert any(moderator.email in message.to for message in mail.outbox)

    client.force_login(moderator)
    task_state = main_menu.current_workflow_task_state
    response = client.post(
        f"{MENU_URL}workflow/action/{main_menu.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    assert visitor_sees("Zum Angebotsmarkt") and not visitor_sees("Alle Angebote")


def test_an_editor_cannot_publish_a_menu_but_a_moderator_can(client, main_menu):
    edit_url = f"{MENU_URL}edit/{main_menu.pk}/"
    client.force_login(user_in("Redaktion"))
    data = admin_form_data(client, edit_url)
    data["items-0-label"] = ["Ungeprüft"]
    client.post(edit_url, {**data, "action-publish": "publish"})
    assert not visitor_sees("Ungeprüft")
    assert "action-publish" not in client.get(edit_url).content.decode()

    client.force_login(user_in("Moderation"))
    data = admin_form_data(client, edit_url)
    data["items-0-label"] = ["Geprüft"]
    client.post(edit_url, {**data, "action-publish": "publish"})
    assert visitor_sees("Geprüft")


def test_a_place_an_editor_adds_is_not_offered_to_visitors_before_it_is_published(client):
    OfferPageFactory()
    client.force_login(user_in("Redaktion"))
    response = client.post(
        "/admin/snippets/home/place/add/?locale=de",
        {"name": "Neustadt am Testweg", "kind": "town", "slug": "neustadt-am-testweg"},
    )
    assert response.status_code == 302
    place = Place.objects.get(slug="neustadt-am-testweg")
    assert not place.live
    listing = Client().get("/de/angebote/").content.decode()
    assert "Neustadt am Testweg" not in listing
    assert "Neustadt am Testweg" not in Client().get("/de/angebot-einreichen/").content.decode()


def image_used_on(live: bool):
    image = wagtail_factories.ImageFactory(
        title="Campus", collection=Collection.get_first_root_node()
    )
    OfferPageFactory(listing_image=image, live=live)
    return image


def replace_file(client, image):
    url = f"/admin/images/{image.pk}/"
    data = admin_form_data(client, url)
    new_file = SimpleUploadedFile(
        "neu.png", get_test_image_file(filename="neu.png").file.getvalue(), "image/png"
    )
    return client.post(url, {**data, "file": new_file})


def test_an_editor_may_not_replace_the_file_of_an_image_a_live_page_shows(client):
    image = image_used_on(live=True)
    before = image.file.name
    client.force_login(user_in("Redaktion"))
    response = replace_file(client, image)
    assert response.status_code == 200
    assert "veröffentlichten Seiten" in response.content.decode()
    image.refresh_from_db()
    assert image.file.name == before


def test_a_moderator_may_replace_it_and_an_editor_may_replace_an_unpublished_ones(client):
    image = image_used_on(live=True)
    client.force_login(user_in("Moderation"))
    assert replace_file(client, image).status_code == 302
    assert "neu" in get_image_model().objects.get(pk=image.pk).file.name

    draft_image = image_used_on(live=False)
    client.force_login(user_in("Redaktion", "redaktion2"))
    assert replace_file(client, draft_image).status_code == 302
    assert "neu" in get_image_model().objects.get(pk=draft_image.pk).file.name


def test_an_editor_may_not_delete_an_image_a_live_page_shows_in_the_view_or_in_bulk(client):
    image = image_used_on(live=True)
    client.force_login(user_in("Redaktion"))

    for method in (client.get, client.post):
        response = method(f"/admin/images/{image.pk}/delete/", follow=True)
        assert response.redirect_chain[-1][0] == f"/admin/images/{image.pk}/"
        assert "veröffentlichten Seiten" in response.content.decode()
    client.post(f"/admin/bulk/wagtailimages/image/delete/?id={image.pk}")

    assert get_image_model().objects.filter(pk=image.pk).exists()
    offer = OfferPage.objects.get(listing_image=image)
    assert image.get_rendition("fill-1280x560").url in Client().get(offer.url).content.decode()


def test_a_moderator_may_delete_it_and_an_editor_an_image_only_drafts_show(client):
    image, draft_image, other_draft = (
        image_used_on(live=True),
        image_used_on(live=False),
        image_used_on(live=False),
    )
    client.force_login(user_in("Moderation"))
    assert client.post(f"/admin/images/{image.pk}/delete/").status_code == 302

    client.force_login(user_in("Redaktion"))
    assert client.post(f"/admin/images/{draft_image.pk}/delete/").status_code == 302
    client.post(f"/admin/bulk/wagtailimages/image/delete/?id={other_draft.pk}")
    assert (
        not get_image_model()
        .objects.filter(pk__in=[image.pk, draft_image.pk, other_draft.pk])
        .exists()
    )
