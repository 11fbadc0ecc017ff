"""What the home page shows besides its own text: the latest alerts and routes into advice.

The content apps register what they offer through `front_page_context`, kept here so the
HomePage model does not import them at module level.
"""


def front_page_context(home_page, request):
    context = {}
    try:
        from alerts.fallback import untracked_translation_context
        from alerts.listing import latest_alerts
        from alerts.models import AdviceIndexPage, AlertIndexPage
    except ImportError:  # the content app is not installed
        return context
    context.update(untracked_translation_context(home_page, request))
    context["latest_alerts"] = latest_alerts(limit=5)
    context["alert_index"] = AlertIndexPage.objects.live().only("id", "url_path").first()
    context["advice_index"] = AdviceIndexPage.objects.live().only("id", "url_path").first()
    return context
