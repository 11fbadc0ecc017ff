"""`{% load flag_tags %}{% flag_form page %}`: "Have you been targeted by this?" on an alert
or advice page. Needs `request` in the context (for the CSRF token and today's cookie)."""

from django import template

from flags import flagged_cookie
from flags.forms import FlagForm
from flags.models import Answer

register = template.Library()


@register.inclusion_tag("flags/flag_form.html", takes_context=True)
def flag_form(context, page):
    request = context.get("request")
    already = request is not None and page.pk in flagged_cookie.flagged_today(request)
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "page": page,
        "form": None if already else FlagForm(initial={"page": page.pk}),
        "answers": Answer.choices,
        "already_flagged": already,
    }
