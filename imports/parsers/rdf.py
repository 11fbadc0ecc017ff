"""RSS 1.0 (RDF Site Summary): <rdf:RDF> holding a <channel> and, beside it, the <item>s,
each named by its rdf:about; dates in dc:date, categories in dc:subject."""

from imports.items import RawItem

from .rss import CONTENT, DC_DATE

RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
RSS1 = "{http://purl.org/rss/1.0/}"
DC_SUBJECT = "{http://purl.org/dc/elements/1.1/}subject"
ROOT = f"{RDF}RDF"


def items(root):
    return [_item(element, n) for n, element in enumerate(root.findall(f"{RSS1}item"), start=1)]


def identity(root):
    channel = root.find(f"{RSS1}channel")
    if channel is None:
        return ""
    return _text(channel, f"{RSS1}link") or channel.get(f"{RDF}about", "").strip()


def _text(element, tag):
    child = element.find(tag)
    return (child.text or "").strip() if child is not None else ""


def _item(element, number):
    link = _text(element, f"{RSS1}link")
    return RawItem(
        position=f"item {number}",
        original_id=element.get(f"{RDF}about", "").strip() or link,
        title=_text(element, f"{RSS1}title"),
        summary=_text(element, f"{RSS1}description"),
        body_html=_text(element, CONTENT) or _text(element, f"{RSS1}description"),
        link=link,
        date=_text(element, DC_DATE),
        categories=[(c.text or "").strip() for c in element.findall(DC_SUBJECT)],
    )
