"""Offers drafted from submissions before offers/rich_text.py kept Django's `<br>` in their
description, which Wagtail's editor cannot open (the edit page answered 500): write `<br/>`,
as Wagtail stores it, in the offers and in their revisions."""

import json

from django.db import migrations


def repaired(value):
    """`value` (JSON data) with every `<br>` in its strings written as `<br/>`."""
    if isinstance(value, str):
        return value.replace("<br>", "<br/>")
    if isinstance(value, list):
        return [repaired(item) for item in value]
    if isinstance(value, dict):
        return {key: repaired(item) for key, item in value.items()}
    return value


def repair_line_breaks(apps, schema_editor):
    OfferPage = apps.get_model("offers", "OfferPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for page in OfferPage.objects.iterator():
        raw = json.loads(json.dumps(list(page.body.raw_data)))
        if "<br>" in json.dumps(raw):
            page.body = repaired(raw)
            page.save(update_fields=["body"])
    offer_type = ContentType.objects.filter(app_label="offers", model="offerpage").first()
    for revision in Revision.objects.filter(content_type=offer_type).iterator():
        if "<br>" in json.dumps(revision.content):
            revision.content = repaired(revision.content)
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0013_team_application_decline_reason"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(repair_line_breaks, migrations.RunPython.noop)]
