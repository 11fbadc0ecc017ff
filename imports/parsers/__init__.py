"""Reading a source: the format is told from the content, never from a file name.

`parse(data)` returns a Feed (format name, raw items, problems found while reading rows) or
raises FeedError when the whole source is unreadable.
"""

import json
from dataclasses import dataclass, field

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from . import atom, csv_export, json_feed, rdf, rss


class FeedError(ValueError):
    pass


@dataclass
class Feed:
    format: str
    items: list = field(default_factory=list)
    identity: str = ""  # the feed's own link or id: what the import records as its source
    problems: list = field(default_factory=list)  # (position, message) of unreadable rows


ATOM_FEED = "{http://www.w3.org/2005/Atom}feed"


def parse(data):
    if isinstance(data, str):
        data = data.encode()
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"<":
        return _parse_xml(data)
    if head in (b"{", b"["):
        return _parse_json(data)
    return _parse_csv(data)


def _parse_xml(data):
    try:
        root = ElementTree.fromstring(data.lstrip(b"\xef\xbb\xbf \t\r\n"))
    except DefusedXmlException as error:
        raise FeedError(f"XML refused as unsafe ({type(error).__name__})") from error
    except ElementTree.ParseError as error:
        raise FeedError(f"broken XML: {error}") from error
    if root.tag == "rss":
        return Feed("RSS 2.0", rss.items(root), identity=rss.identity(root))
    if root.tag == ATOM_FEED:
        return Feed("Atom", atom.items(root), identity=atom.identity(root))
    if root.tag == rdf.ROOT:
        return Feed("RSS 1.0", rdf.items(root), identity=rdf.identity(root))
    raise FeedError(f"XML, but neither RSS nor Atom (root element {root.tag!r})")


def _parse_json(data):
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FeedError(f"broken JSON: {error}") from error
    if not json_feed.is_json_feed(document):
        raise FeedError("JSON, but not a JSON Feed (no jsonfeed.org version)")
    return Feed("JSON Feed", json_feed.items(document), identity=json_feed.identity(document))


def _parse_csv(data):
    text = _decode_text(data)
    if not csv_export.looks_like_csv(text):
        raise FeedError(
            "unrecognised format: not RSS, Atom, JSON Feed, or a CSV with id and title columns"
        )
    items, problems = csv_export.items(text)
    return Feed("CSV", items, problems=problems)


def _decode_text(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # spreadsheet exports on Windows
