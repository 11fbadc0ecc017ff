"""Atom (RFC 4287): <feed><entry> with id, title, link, summary, content, published."""

from html import escape
from xml.etree.ElementTree import tostring

from imports.items import RawItem

NS = "{http://www.w3.org/2005/Atom}"
XHTML_DIV = "{http://www.w3.org/1999/xhtml}div"


def items(root):
    return [_entry(element, n) for n, element in enumerate(root.findall(f"{NS}entry"), start=1)]


def identity(root):
    feed_id = root.find(f"{NS}id")
    return (feed_id.text or "").strip() if feed_id is not None else _link(root)


def _construct(element, tag):
    """A text construct's content as HTML (type text, html or xhtml)."""
    child = element.find(f"{NS}{tag}")
    if child is None:
        return ""
    kind = child.get("type", "text")
    if kind == "xhtml":
        div = child.find(XHTML_DIV)
        if div is None:
            return ""
        for part in div.iter():  # plain tag names: the sanitiser knows <p>, not <html:p>
            part.tag = part.tag.rpartition("}")[2]
        inner = (div.text or "") + "".join(tostring(part, encoding="unicode") for part in div)
        return inner.strip()
    text = (child.text or "").strip()
    return text if kind == "html" else escape(text)


def _link(element):
    for link in element.findall(f"{NS}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return ""


def _entry(element, number):
    id_element = element.find(f"{NS}id")
    date = element.find(f"{NS}published")
    if date is None:
        date = element.find(f"{NS}updated")
    content = element.find(f"{NS}content")
    text_content = content is not None and content.get("type", "text") == "text"
    return RawItem(
        position=f"entry {number}",
        original_id=(id_element.text or "").strip() if id_element is not None else "",
        title=_construct(element, "title"),
        summary=_construct(element, "summary"),
        body_html="" if text_content else _construct(element, "content"),
        body_text=(content.text or "") if text_content else "",
        link=_link(element),
        date=(date.text or "").strip() if date is not None else "",
        categories=[
            (c.get("label") or c.get("term") or "").strip()
            for c in element.findall(f"{NS}category")
        ],
    )
