from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def search(request):
    from alerts.search import search_context

    return render(request, "alerts/search.html", search_context(request))
