"""Per-editor preferences kept beside Django's user (the user model is not ours to change)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from languages import supported


class EditorProfile(models.Model):
    """An editor's working languages: the languages they translate or review.

    The "Translations needed" report filters to these by default; the admin language
    picker can reuse them.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editor_profile",
        verbose_name=_("user"),
    )
    working_languages = models.JSONField(
        _("working languages"), default=list, blank=True,
        help_text=_("Language codes, e.g. [\"pl\", \"cy\"]."),
    )

    class Meta:
        verbose_name = _("editor profile")
        verbose_name_plural = _("editor profiles")

    def __str__(self):
        return str(self.user)

    def clean_languages(self):
        """The stored codes that are supported, in the site's language order, English left out."""
        chosen = set(self.working_languages or ())
        return [code for code in supported.CODES if code in chosen and code != supported.DEFAULT]

    @classmethod
    def languages_for(cls, user):
        """The working languages of `user`, or [] for anonymous users and users without any."""
        if not getattr(user, "is_authenticated", False):
            return []
        profile = cls.objects.filter(user=user).only("working_languages").first()
        return profile.clean_languages() if profile else []
