"""Alert issue dates and update dates (the fields with a default of "now") kept to the
minute, as the editor shows them (AlertPage.save and AlertUpdate.save do so from now on)."""

from django.db import migrations


def to_the_minute(apps, schema_editor):
    AlertPage = apps.get_model("alerts", "AlertPage")
    AlertUpdate = apps.get_model("alerts", "AlertUpdate")
    for page_id, issued in AlertPage.objects.values_list("pk", "issued_at").iterator():
        if issued and (issued.second or issued.microsecond):
            AlertPage.objects.filter(pk=page_id).update(
                issued_at=issued.replace(second=0, microsecond=0))
    for update_id, date in AlertUpdate.objects.values_list("pk", "date").iterator():
        if date and (date.second or date.microsecond):
            AlertUpdate.objects.filter(pk=update_id).update(
                date=date.replace(second=0, microsecond=0))


class Migration(migrations.Migration):
    dependencies = [("alerts", "0002_alert_list_indexes")]
    operations = [migrations.RunPython(to_the_minute, migrations.RunPython.noop)]
