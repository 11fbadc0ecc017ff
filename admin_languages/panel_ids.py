"""Panel ids that do not depend on the language of the first admin request (issue 11, point 6).

Wagtail caches each page type's edit handler for the life of the process, and a panel
group's `child_identifiers` (cached on it) come from the children's translated headings:
if the first editor after a restart used a French admin, the content tab became "contenu"
and every field's panel id `panel-child-contenu-body_pl-section`. The copy buttons of
wagtail-modeltranslation look for `panel-child-content-...` and vanished for everyone.
Identifiers are therefore always made in the site's default language.
"""

from django.conf import settings
from django.utils import translation
from django.utils.functional import cached_property
from wagtail.admin.panels.group import PanelGroup


def make_panel_ids_language_independent():
    original = PanelGroup.child_identifiers
    if getattr(original, "language_independent", False):
        return
    compute = original.real_func

    def child_identifiers(self):
        with translation.override(settings.LANGUAGE_CODE):
            return compute(self)

    patched = cached_property(child_identifiers)
    patched.__set_name__(PanelGroup, "child_identifiers")
    patched.language_independent = True
    PanelGroup.child_identifiers = patched
