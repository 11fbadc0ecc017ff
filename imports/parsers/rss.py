"""RSS 2.0: <rss><channel><item> with guid, link, title, description, content:encoded."""

from imports.items import RawItem

CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def items(root):
    channel = root.find("channel")
    if channel is None:
        return []
    return [_item(element, n) for n, element in enumerate(channel.findall("item"), start=1)]


def identity(root):
    channel = root.find("channel")
    return _text(channel, "link") if channel is not None else ""


def _text(element, tag):
    child = element.find(tag)
    return (child.text or "").strip() if child is not None else ""


def _item(element, number):
    return RawItem(
        position=f"item {number}",
        original_id=_text(element, "guid"),
        title=_text(element, "title"),
        summary=_text(element, "description"),
        body_html=_text(element, CONTENT) or _text(element, "description"),
        link=_text(element, "link"),
        date=_text(element, "pubDate") or _text(element, DC_DATE),
        categories=[(c.text or "").strip() for c in element.findall("category")],
    )
