"""One demo login per editorial role, for development only (called by seed_demo).

Their passwords are published (README, seed_demo's output), so outside DEBUG they open nothing:
``RefusePublishedPasswords`` refuses them even in a database that was seeded for a demo.
"""

from django.conf import settings
from django.contrib.auth.backends import BaseBackend
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

# username, password, group: fictional accounts for trying the workflow locally.
DEMO_ACCOUNTS = (
    ("redaktion", "proxlab-redaktion", "Redaktion"),
    ("moderation", "proxlab-moderation", "Moderation"),
    ("administration", "proxlab-administration", "Administration"),
)
# Fictional people, so the admin greets them, and logs and review pages name them, as it would
# real staff ("Hallo Lena", not "Hallo redaktion").
DEMO_NAMES = {
    "redaktion": ("Lena", "Brandt"),
    "moderation": ("Jonas", "Ahrens"),
    "administration": ("Miriam", "Olsen"),
}
# What `manage.py ensure_admin` (make setup) gives the local admin when ADMIN_PASSWORD is unset.
ADMIN_DEFAULT_PASSWORD = "proxlab-admin"
PUBLISHED_PASSWORDS = frozenset(
    {password for _username, password, _group in DEMO_ACCOUNTS} | {ADMIN_DEFAULT_PASSWORD}
)


def create_demo_accounts() -> list[tuple[str, str, str]]:
    """Create (or reset) the demo accounts; none outside DEBUG. Returns what to print."""
    if not settings.DEBUG:
        return []
    for username, password, group in DEMO_ACCOUNTS:
        user, _created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@proxlab.invalid"}
        )
        user.first_name, user.last_name = DEMO_NAMES[username]
        user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name=group)])
    return list(DEMO_ACCOUNTS)


class RefusePublishedPasswords(BaseBackend):
    """An authentication backend before Django's: outside DEBUG, a published password is
    refused for every account (and counts as a failed login for django-axes)."""

    def authenticate(
        self, request: HttpRequest | None, username: str | None = None, password=None, **kwargs
    ) -> None:
        if not settings.DEBUG and password in PUBLISHED_PASSWORDS:
            raise PermissionDenied
        return None
