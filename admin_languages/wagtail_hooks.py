"""The admin script and style sheet for sixteen-language editing, and the copy endpoint.

The picker's settings for each editor come from the template
admin_languages/templates/wagtailadmin/generic/form.html (a JSON <script>, read by the script).
"""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail_modeltranslation import wagtail_hooks as modeltranslation_hooks

from admin_languages.copy_content import copy_translation_content


def _drop_modeltranslation_copy_buttons():
    """wagtail-modeltranslation adds its own "Copy content from" buttons to every
    StreamField (jQuery, English-only labels, every language, no zh_hans); ours replace them
    (admin_languages.js), so theirs would show twice and fail. Its hooks are registered
    before these (INSTALLED_APPS order), so its script can be taken out here."""
    registered = hooks._hooks.get("insert_editor_js", [])
    registered[:] = [(fn, order) for fn, order in registered
                     if fn is not modeltranslation_hooks.streamfields_translation_copy]


_drop_modeltranslation_copy_buttons()


@hooks.register("register_admin_urls", order=-10)
def register_copy_translation_content_url():
    # Ahead of wagtail-modeltranslation's own view at the same URL, which its script calls.
    return [
        path("pages/<int:page_id>/edit/copy_translation_content/", copy_translation_content,
             name="admin_languages_copy_translation_content"),
    ]


@hooks.register("insert_editor_js", order=-10)
def admin_languages_js():
    # Early among the editor scripts: it arranges the fields before the others run.
    return format_html('<script src="{}"></script>',
                       static("admin_languages/admin_languages.js"))


@hooks.register("insert_global_admin_css")
def admin_languages_css():
    return format_html('<link rel="stylesheet" href="{}">',
                       static("admin_languages/admin_languages.css"))
