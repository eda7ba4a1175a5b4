"""The editorial roles and review workflows every install starts with.

Groups: Redaktion (write, cannot publish), Moderation (review, publish, manage submissions),
Administration (everything). Workflows: "Redaktionelle Prüfung" on the four section pages
(and as the site-wide default instead of Wagtail's "Moderators approval"), and
"Arbeitgeber-Einreichung" for employer submissions. Later section pages get their workflow
from offers.signals.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SECTION_WORKFLOW = "Redaktionelle Prüfung"
SUBMISSION_WORKFLOW = "Arbeitgeber-Einreichung"
GROUPS = ("Redaktion", "Moderation", "Administration")
SECTION_TYPES = [
    ("offers", "offerindexpage"),
    ("offers", "challengeindexpage"),
    ("offers", "partnerindexpage"),
    ("home", "articleindexpage"),
]

EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    *[
        ("home", f"{action}_{model}")
        for model in ("topic", "competence", "place", "navigationmenu")
        for action in ("add", "change", "view")
    ],
]
MODERATOR_PERMISSIONS = EDITOR_PERMISSIONS + [
    ("offers", "view_offersubmission"),
    ("offers", "change_offersubmission"),
]
PAGE_PERMISSIONS = {
    "Redaktion": ["add_page", "change_page"],
    "Moderation": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Administration": [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}
COLLECTION_PERMISSIONS = {
    "Redaktion": ["add_image", "change_image", "choose_image", "add_document", "change_document",
                  "choose_document"],
}
COLLECTION_PERMISSIONS["Moderation"] = COLLECTION_PERMISSIONS["Redaktion"]
COLLECTION_PERMISSIONS["Administration"] = COLLECTION_PERMISSIONS["Redaktion"] + [
    "delete_image",
    "delete_document",
]


def create_roles(apps, schema_editor):
    # Permissions are normally made after all migrations; these steps need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    def perm(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUPS}
    groups["Redaktion"].permissions.add(*[perm(*p) for p in EDITOR_PERMISSIONS])
    groups["Moderation"].permissions.add(*[perm(*p) for p in MODERATOR_PERMISSIONS])
    groups["Administration"].permissions.add(
        *Permission.objects.exclude(content_type__app_label__in=["sessions", "contenttypes"])
    )

    root = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=root, permission=perm("wagtailcore", codename)
            )
    for name, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root_collection, permission=perm(app_label, codename)
            )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )

    def one_step_workflow(name, task_name):
        workflow, created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
        if created:
            task = GroupApprovalTask.objects.create(
                name=task_name, content_type=task_type, active=True
            )
            task.groups.set([groups["Moderation"], groups["Administration"]])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        return workflow

    review = one_step_workflow(SECTION_WORKFLOW, "Moderation")
    one_step_workflow(SUBMISSION_WORKFLOW, "Einreichung prüfen")

    # Every page is reviewed by the Moderation group, not by Wagtail's default "Moderators".
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": review})
    Workflow.objects.filter(name="Moderators approval").exclude(pk=review.pk).update(active=False)
    section_types = [
        ContentType.objects.filter(app_label=app_label, model=model).first()
        for app_label, model in SECTION_TYPES
    ]
    for page in Page.objects.filter(content_type__in=[ct for ct in section_types if ct]):
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": review})


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    workflows = Workflow.objects.filter(name__in=[SECTION_WORKFLOW, SUBMISSION_WORKFLOW])
    Task.objects.filter(workflow_tasks__workflow__in=workflows).delete()
    workflows.delete()
    Group.objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0003_offer_submission"),
        ("home", "0004_topic_names"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
