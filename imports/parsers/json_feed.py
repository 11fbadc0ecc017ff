"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1)."""

from imports.items import RawItem


def is_json_feed(document):
    return (
        isinstance(document, dict)
        and str(document.get("version", "")).startswith("https://jsonfeed.org/version/")
    )


def items(document):
    entries = document.get("items")
    if not isinstance(entries, list):
        return []
    return [_item(entry, n) for n, entry in enumerate(entries, start=1)]


def identity(document):
    return _string(document, "home_page_url") or _string(document, "feed_url")


def _string(entry, key):
    value = entry.get(key)
    return str(value).strip() if isinstance(value, (str, int, float)) else ""


def _item(entry, number):
    if not isinstance(entry, dict):
        return RawItem(position=f"item {number}")
    tags = entry.get("tags") if isinstance(entry.get("tags"), list) else []
    return RawItem(
        position=f"item {number}",
        original_id=_string(entry, "id"),
        title=_string(entry, "title"),
        summary=_string(entry, "summary"),
        body_html=_string(entry, "content_html"),
        body_text=_string(entry, "content_text"),
        link=_string(entry, "url") or _string(entry, "external_url"),
        date=_string(entry, "date_published") or _string(entry, "date_modified"),
        categories=[str(tag) for tag in tags],
    )
