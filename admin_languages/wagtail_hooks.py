"""The admin script and style sheet for sixteen-language editing, and the copy endpoint.

The picker's settings for each editor come from the template
admin_languages/templates/wagtailadmin/generic/form.html (a JSON <script>, read by the script).
"""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks

from admin_languages.copy_content import copy_translation_content


@hooks.register("register_admin_urls", order=-10)
def register_copy_translation_content_url():
    # Ahead of wagtail-modeltranslation's own view at the same URL, which its script calls.
    return [
        path("pages/<int:page_id>/edit/copy_translation_content/", copy_translation_content,
             name="admin_languages_copy_translation_content"),
    ]


@hooks.register("insert_editor_js", order=-10)
def admin_languages_js():
    # Before wagtail-modeltranslation's copy script: this one sets the settings it reads.
    return format_html('<script src="{}"></script>',
                       static("admin_languages/admin_languages.js"))


@hooks.register("insert_global_admin_css")
def admin_languages_css():
    return format_html('<link rel="stylesheet" href="{}">',
                       static("admin_languages/admin_languages.css"))
