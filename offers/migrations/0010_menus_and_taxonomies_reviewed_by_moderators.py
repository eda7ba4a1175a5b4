"""Menus and taxonomies go through "Redaktionelle Prüfung" like pages.

Editors (Redaktion) save drafts of navigation menus, topics, IT competences and places and
submit them; moderators (Moderation, Administration) publish, lock and unlock them. Wagtail makes
the publish/lock/unlock permissions after all migrations; this step needs them now.
"""

from django.db import migrations

SNIPPETS = ("navigationmenu", "topic", "competence", "place")
MODERATOR_ACTIONS = ("publish", "lock", "unlock")
REVIEW_WORKFLOW = "Redaktionelle Prüfung"


def review_snippets(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    permissions = []
    content_types = []
    for model in SNIPPETS:
        content_type, _ = ContentType.objects.get_or_create(app_label="home", model=model)
        content_types.append(content_type)
        for action in MODERATOR_ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            permissions.append(permission)
    for name in ("Moderation", "Administration"):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions)

    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW).first()
    if workflow is not None:
        for content_type in content_types:
            WorkflowContentType.objects.update_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )


def unreview_snippets(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__app_label="home", content_type__model__in=SNIPPETS
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0009_portal_settings_from_todays_names"),
        ("home", "0008_menus_and_taxonomies_keep_drafts"),
    ]

    operations = [migrations.RunPython(review_snippets, unreview_snippets)]
