"""`{% load flag_tags %}{% flag_form page %}`: "Have you been targeted by this?" on an alert
or advice page. Uses `request` from the context (today's cookie). The form has no CSRF token,
so the page stays cacheable: the flag view checks the request's origin instead."""

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
        "page": page,
        "form": None if already else FlagForm(initial={"page": page.pk}),
        "answers": Answer.choices,
        "already_flagged": already,
    }
