"""`{% load alert_cards %}{% alert_card alert %}`: one alert's card in a list (home, alert
index, related alerts on advice pages).

A card shows only its alert's own columns and fraud types, so its HTML is the same for every
reader of one language on one site until the content generation moves (any publish,
withdrawal or taxonomy change) or the alert expires (its expired state is part of the key).
It is made once per process for each (alert, language, site, expired) and kept per generation
(pagecache.memo): rendering twenty cards through the template engine took over a third of an
uncached alert list. With the page cache off (tests, development) every card is rendered.
"""

from django import template
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from pagecache.memo import GenerationMemo

register = template.Library()

# 20 cards a page, 16 languages: room for the pages readers actually visit
_cards = GenerationMemo(max_entries=5000)


@register.simple_tag(takes_context=True)
def alert_card(context, alert):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    key = (alert.pk, get_language(), getattr(site, "pk", None), alert.is_expired)

    def render():
        html = get_template("includes/alert_card.html").render({"alert": alert, "request": request})
        return mark_safe(html)  # noqa: S308 (escaped by the template that made it)

    return _cards.get(key, render)
