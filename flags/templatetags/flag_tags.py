"""`{% load flag_tags %}{% flag_form page %}`: "Have you been targeted by this?" on an alert
or advice page. Uses `request` from the context (today's cookie). The form has no CSRF token,
so the page stays cacheable: the flag view checks the request's origin instead.

The form's fields are the same on every page in one language (only the hidden page number
differs), so their HTML is made once per language and content generation (pagecache.memo):
rendering them through Django's form templates took a fifth of an alert page's time."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from flags import flagged_cookie
from flags.forms import FlagForm
from flags.models import Answer
from pagecache import memo

register = template.Library()


@register.inclusion_tag("flags/flag_form.html", takes_context=True)
def flag_form(context, page):
    request = context.get("request")
    already = request is not None and page.pk in flagged_cookie.flagged_today(request)
    return {
        "request": request,
        "page": page,
        "fields": None if already else field_groups(),
        "answers": Answer.choices,
        "already_flagged": already,
    }


def field_groups():
    """{"options": the region and channel fields, "honeypot": the hidden trap field}."""
    def render():
        form = FlagForm()
        return {
            "options": mark_safe(
                form["region"].as_field_group() + form["channel"].as_field_group()),
            "honeypot": form["website"].as_field_group(),
        }

    return memo.per_generation(("flag-form-fields", get_language()), render)
