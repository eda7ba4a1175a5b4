"""Moderators see team applications and move them through their states."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = ("view_teamapplication", "change_teamapplication")


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; this step needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="offers", codename__in=PERMISSIONS)
    for group in Group.objects.filter(name__in=("Moderation", "Administration")):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="offers", codename__in=PERMISSIONS)
    for group in Group.objects.filter(name__in=("Moderation", "Administration")):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("offers", "0006_team_applications_notes_results")]

    operations = [migrations.RunPython(grant, revoke)]
