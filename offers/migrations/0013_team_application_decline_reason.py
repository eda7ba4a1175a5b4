from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0012_moderators_promote_search_results"),
    ]

    operations = [
        migrations.AddField(
            model_name="teamapplication",
            name="decline_reason",
            field=models.TextField(blank=True, verbose_name="reason for declining"),
        ),
    ]
