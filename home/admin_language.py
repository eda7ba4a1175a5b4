"""Wagtail's notifications in each recipient's admin language.

Wagtail writes a notification in the recipient's chosen admin language and, when they chose
none, in the language of the request that triggered it: a moderator working in English would
write to every German editor in English. The admin speaks German unless one chooses otherwise
(cms.middleware.AdminDefaultLanguageMiddleware), so every account starts with that choice made.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save

from wagtail.users.models import UserProfile


def default_admin_language(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw:
        UserProfile.objects.get_or_create(
            user=instance, defaults={"preferred_language": settings.LANGUAGE_CODE}
        )


def connect() -> None:
    post_save.connect(
        default_admin_language, sender=get_user_model(), dispatch_uid="home.admin_language"
    )
