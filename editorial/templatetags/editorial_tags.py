from django import template

from editorial.translation_status import page_statuses
from languages.models import TranslationTracked

register = template.Library()


@register.inclusion_tag("editorial/translation_status_panel.html")
def translation_status_panel(page):
    """Each language's state (complete, missing, partial, out of date) for a translatable page."""
    page = getattr(page, "specific_deferred", page)
    if not isinstance(page, TranslationTracked) or not page.pk:
        return {"statuses": None}
    statuses = page_statuses(page)
    counts = {state: sum(1 for s in statuses if s.state == state)
              for state in ("complete", "missing", "partial", "stale")}
    return {"statuses": statuses, "counts": counts, "page": page}
