"""Search in the reader's language (placeholder until the search work lands)."""

MAX_QUERY_LENGTH = 200


def search_context(request):
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    return {"query": query, "results": []}
