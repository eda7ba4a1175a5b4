"""Replace Wagtail's welcome page with the German ProXLab home page and add the English locale."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    german, _ = Locale.objects.get_or_create(language_code="de")
    Locale.objects.get_or_create(language_code="en")
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    home = HomePage.objects.create(
        title="ProXLab",
        draft_title="ProXLab",
        slug="home",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=german,
        teaser="Das Austausch- und Erprobungsökosystem für IT-Studierende, -Absolvent:innen und Arbeitgeber der Region Leine-Weser.",
        hero_title="Austausch zwischen IT-Studierenden, Absolvent:innen und Arbeitgebern",
        hero_text=(
            "ProXLab verbindet Hochschule, regionale Arbeitgeber und externe Anbieter "
            "der Region Leine-Weser: Workshops, Praxisprojekte, Challenges und Jobs."
        ),
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page_id": home.id, "site_name": "ProXLab"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
