"""Where each imported alert came from, so a second import updates instead of duplicating."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedAlert(models.Model):
    """Provenance of one AlertPage: its source and original id, and what the last import
    wrote. `content_hashes` holds, per language code, the hash of the source item last
    imported in that language; `revision` is the revision that import created. When the
    page's latest revision is another one, an editor has changed it since: a changed
    source item is then a conflict and the page is left alone.
    """

    page = models.OneToOneField(
        "alerts.AlertPage", on_delete=models.CASCADE, related_name="import_record",
        verbose_name=_("alert"),
    )
    source = models.CharField(_("source"), max_length=255)
    original_id = models.CharField(_("original id"), max_length=500)
    legacy_url = models.URLField(_("old address"), max_length=1000, blank=True)
    content_hashes = models.JSONField(default=dict, blank=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    first_imported_at = models.DateTimeField(auto_now_add=True)
    last_imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported alert")
        verbose_name_plural = _("imported alerts")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "original_id"], name="imports_unique_source_original_id"
            )
        ]

    def __str__(self):
        return f"{self.source}: {self.original_id}"

    def edited_since_import(self):
        return self.page.latest_revision_id != self.revision_id
