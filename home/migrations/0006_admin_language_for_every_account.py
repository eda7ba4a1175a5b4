"""Accounts made before home.admin_language get the admin's default language as their choice,
so Wagtail's notifications reach them in it (see that module)."""

from django.conf import settings
from django.db import migrations


def choose_default_language(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    UserProfile = apps.get_model("wagtailusers", "UserProfile")
    for user in User.objects.filter(wagtail_userprofile__isnull=True):
        UserProfile.objects.create(user=user, preferred_language=settings.LANGUAGE_CODE)
    UserProfile.objects.filter(preferred_language="").update(
        preferred_language=settings.LANGUAGE_CODE
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_competence_area_derived"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(choose_default_language, migrations.RunPython.noop)]
