from django import template
from django.utils.html import json_script

from admin_languages import picker

register = template.Library()


@register.simple_tag(takes_context=True)
def admin_languages_config(context):
    """The picker's settings for this editor and form, as a JSON <script> (no inline code)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    settings = picker.config(user, context.get("form"), context.get("page"))
    return json_script(settings, "admin-languages-config")
