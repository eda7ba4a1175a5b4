"""Moderators (Moderation, Administration) read the search queries report and promote results
for a query (Wagtail's search_promotions). Permissions are normally made after all migrations;
this step needs them now."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = (
    "view_query",
    "add_searchpromotion",
    "change_searchpromotion",
    "delete_searchpromotion",
)
GROUPS = ("Moderation", "Administration")


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="wagtailsearchpromotions", codename__in=PERMISSIONS
    )


def grant(apps, schema_editor):
    app_config = apps.get_app_config("wagtailsearchpromotions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0011_submission_image"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
