"""Search text now includes the English of fields a partly translated page has not
translated (alerts/search_text.py): recompute it for the pages already stored."""

from django.db import migrations

from alerts.search_text import fill_search_text
from languages import supported

TRACKED = {
    "AlertPage": ("title", "summary", "body", "what_to_do", "withdrawn_reason"),
    "AdvicePage": ("title", "summary", "body"),
}


def recompute(apps, schema_editor):
    columns = [f"search_text_{language.field_suffix}" for language in supported.LANGUAGES]
    for name, fields in TRACKED.items():
        model = apps.get_model("alerts", name)
        for page in model.objects.iterator(chunk_size=200):
            if not hasattr(page, "reference_code"):
                page.reference_code = ""
            fill_search_text(page, fields)
            model.objects.filter(pk=page.pk).update(
                **{column: getattr(page, column) for column in columns})


class Migration(migrations.Migration):
    dependencies = [("alerts", "0003_dates_to_the_minute")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
