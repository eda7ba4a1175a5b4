"""One demo login per editorial role, for development only (called by seed_demo)."""

from django.conf import settings
from django.contrib.auth.models import Group, User

# username, password, group: fictional accounts for trying the workflow locally.
DEMO_ACCOUNTS = (
    ("redaktion", "proxlab-redaktion", "Redaktion"),
    ("moderation", "proxlab-moderation", "Moderation"),
    ("administration", "proxlab-administration", "Administration"),
)


def create_demo_accounts() -> list[tuple[str, str, str]]:
    """Create (or reset) the demo accounts; none outside DEBUG. Returns what to print."""
    if not settings.DEBUG:
        return []
    for username, password, group in DEMO_ACCOUNTS:
        user, _created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@proxlab.invalid"}
        )
        user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name=group)])
    return list(DEMO_ACCOUNTS)
