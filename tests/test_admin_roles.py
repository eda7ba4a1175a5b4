"""Staff meet the portal's three roles only, and the demo people have names."""

import importlib

import pytest

from django.apps import apps
from django.contrib.auth.models import Group, User

from cms.demo.accounts import create_demo_accounts

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("offers.migrations.0015_wagtails_default_groups_go")


def test_wagtails_default_groups_are_gone_after_migrating():
    names = set(Group.objects.values_list("name", flat=True))
    assert names == {"Redaktion", "Moderation", "Administration"}


def test_members_of_wagtails_default_groups_keep_their_role_in_the_portals_group():
    writer = User.objects.create(username="alt-editor")
    reviewer = User.objects.create(username="alt-moderator")
    Group.objects.create(name="Editors").user_set.add(writer)
    Group.objects.create(name="Moderators").user_set.add(reviewer)

    MIGRATION.replace_default_groups(apps, None)

    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert list(writer.groups.values_list("name", flat=True)) == ["Redaktion"]
    assert list(reviewer.groups.values_list("name", flat=True)) == ["Moderation"]


def test_the_demo_people_are_greeted_by_name(client, settings):
    settings.DEBUG = True
    create_demo_accounts()
    client.force_login(User.objects.get(username="moderation"))

    dashboard = client.get("/admin/").text

    assert "Jonas" in dashboard and "Hallo moderation" not in dashboard
