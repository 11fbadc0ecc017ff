"""Copy a StreamField's content from one language into another (issue 11, point 5).

wagtail-modeltranslation's copy buttons post to `pages/<id>/edit/copy_translation_content/`.
Its view answered 500 for Simplified Chinese: its script split `body_zh_hans` at the last
underscore (field "body_zh", language "hans"), so it asked for a field that does not exist
and the view read a missing `-count` key. It also skipped the editor's permission check.
This view takes the same URL (registered ahead of it) and the same POST data; the admin
script sends the right field names. Bad input gets a 400, never a 500.
"""

import json

from django.http import HttpResponseBadRequest, JsonResponse
from django.http.request import QueryDict
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.fields import StreamField
from wagtail.models import Page

from admin_languages.fields import language_of


def translated_stream_field(model, name):
    """The StreamField column `name` if it is a translation of a StreamField, else None."""
    if language_of(name) is None:
        return None
    try:
        field = model._meta.get_field(name)
    except Exception:  # FieldDoesNotExist, or a name that is no field at all
        return None
    return field if isinstance(field, StreamField) else None


def _renamed(items, origin, target):
    """The posted {name, value} pairs of `origin`'s inputs, renamed to `target`'s inputs."""
    data = QueryDict("", mutable=True)
    for item in items:
        name, value = item["name"], item["value"]
        if not isinstance(name, str) or not isinstance(value, str):
            raise ValueError("name and value must be strings")
        if name == origin or name.startswith(origin + "-"):
            data.appendlist(target + name[len(origin):], value)
    return data


@require_POST
def copy_translation_content(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        return JsonResponse({"error": _("You cannot edit this page.")}, status=403)
    model = page.specific_class
    origin = request.POST.get("origin_field_name", "")
    target = request.POST.get("target_field_name", "")
    origin_field = translated_stream_field(model, origin)
    target_field = translated_stream_field(model, target)
    if (origin_field is None or target_field is None or origin == target
            or origin_field.translated_field.name != target_field.translated_field.name):
        return HttpResponseBadRequest(_("Choose two languages of the same field to copy."))
    try:
        items = json.loads(request.POST.get("serializedOriginField", "[]"))
        if not isinstance(items, list):
            raise ValueError("a list of inputs was expected")
        data = _renamed(items, origin, target)
        block = target_field.stream_block
        if f"{target}-count" in data:
            value = block.value_from_datadict(data, {}, target)
        else:
            value = block.get_default()
    except (ValueError, TypeError, KeyError, AttributeError):
        return HttpResponseBadRequest(_("The content to copy could not be read."))
    html = target_field.formfield().widget.render(target, value)
    return JsonResponse(html, safe=False)
