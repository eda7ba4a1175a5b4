"""A page a moderator makes private (login, password, group), and every page below it, leaves
every public surface at once, on Elasticsearch and on the database backend; lifting the
restriction brings it back. Driven through the admin's privacy dialog, checked as a visitor."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import PageViewRestriction

from tests.public_forms import user_in
from tests.public_surfaces import (
    BACKENDS,
    WORD,
    choose_backend,
    leaks,
    make_offers,
    public_surfaces,
    refresh,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(params=BACKENDS)
def backend(request, settings):
    return choose_backend(request, settings)


@pytest.fixture
def offers(backend):
    return make_offers(backend)


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
    refresh(backend)

    assert leaks(client, secret, sibling) == set()

    with django_capture_on_commit_callbacks(execute=True):
        _set_privacy(client, secret, moderator, restriction_type=PageViewRestriction.NONE)
    refresh(backend)

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
    refresh(backend)

    assert leaks(client, secret, sibling) == set()
