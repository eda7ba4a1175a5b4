from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0003_copy_search_queries")]

    operations = [migrations.DeleteModel(name="SearchQuery")]
