"""Existing installs keep working: the portal settings get the workflows, the moderators' group
and the privacy page that were found by their names until now; moderators may read the
outgoing-mail list and administrators the portal settings; submissions whose draft was never
made are retried."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SUBMISSION_WORKFLOW = "Arbeitgeber-Einreichung"
SECTION_WORKFLOW = "Redaktionelle Prüfung"
MODERATORS = "Moderation"
PRIVACY_SLUGS = ("datenschutz", "privacy")


def fill(apps, schema_editor):
    PortalSettings = apps.get_model("home", "PortalSettings")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    portal = PortalSettings.objects.first() or PortalSettings()
    portal.submission_workflow = portal.submission_workflow or (
        Workflow.objects.filter(name=SUBMISSION_WORKFLOW).first()
    )
    portal.section_workflow = portal.section_workflow or (
        Workflow.objects.filter(name=SECTION_WORKFLOW).first()
    )
    portal.moderators = portal.moderators or Group.objects.filter(name=MODERATORS).first()
    if portal.privacy_page is None:
        source = Locale.objects.filter(language_code="de").first()
        pages = Page.objects.filter(slug__in=PRIVACY_SLUGS, live=True).order_by("depth", "path")
        portal.privacy_page = pages.filter(locale=source).first() or pages.first()
    portal.save()


def retry_stranded(apps, schema_editor):
    # Before this, a failed draft was logged and forgotten: retry those.
    OfferSubmission = apps.get_model("offers", "OfferSubmission")
    OfferSubmission.objects.filter(status="received", page__isnull=True).update(
        followup_state="pending"
    )


def grant_mail_list(apps, schema_editor):
    # Permissions are normally made after all migrations; this step needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view_mail = Permission.objects.filter(
        content_type__app_label="offers", codename="view_outgoingmail"
    )
    for group in Group.objects.filter(name__in=(MODERATORS, "Administration")):
        group.permissions.add(*view_mail)
    # Administrators choose the workflows, the moderators and the privacy page.
    change_portal = Permission.objects.filter(
        content_type__app_label="home", codename="change_portalsettings"
    )
    for group in Group.objects.filter(name="Administration"):
        group.permissions.add(*change_portal)


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0008_follow_up_state_and_outgoing_mail"),
        ("home", "0007_portal_settings"),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(retry_stranded, migrations.RunPython.noop),
        migrations.RunPython(grant_mail_list, migrations.RunPython.noop),
    ]
