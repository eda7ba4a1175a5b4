"""Wagtail's default groups "Editors" and "Moderators" go: beside the portal's Redaktion,
Moderation and Administration they only confused whoever assigned roles. Their members move to
the portal's group of the same role first, so nobody loses access."""

from django.db import migrations

SUCCESSORS = {"Editors": "Redaktion", "Moderators": "Moderation"}


def replace_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for old_name, new_name in SUCCESSORS.items():
        old = Group.objects.filter(name=old_name).first()
        new = Group.objects.filter(name=new_name).first()
        if old is None or new is None:
            continue
        new.user_set.add(*old.user_set.all())
        old.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0014_rich_text_line_breaks"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(replace_default_groups, migrations.RunPython.noop)]
