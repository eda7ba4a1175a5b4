import pytest

from django.contrib.auth import authenticate

from cms.demo.accounts import create_demo_accounts

pytestmark = pytest.mark.django_db


def test_each_role_gets_a_demo_login_in_development_only(settings):
    settings.DEBUG = False
    assert create_demo_accounts() == []
    settings.DEBUG = True
    accounts = create_demo_accounts()
    assert {group for _user, _password, group in accounts} == {
        "Redaktion",
        "Moderation",
        "Administration",
    }
    for username, password, group in accounts:
        user = authenticate(username=username, password=password)
        assert user is not None and user.groups.get().name == group
    assert create_demo_accounts() == accounts  # a second run changes nothing
