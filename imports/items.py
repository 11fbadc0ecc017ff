"""One alert as read from a source, and the checks that make it importable.

Parsers produce `RawItem`s exactly as the source gave them; `prepare` turns one into a
`SourceItem` (sanitised HTML, plain summary, parsed date) or raises ItemError saying why it
cannot be imported.
"""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from .dates import DateError, parse_date
from .sanitise import plain_text, sanitise_html, shorten, text_to_html

TITLE_MAX_LENGTH = 255
ID_MAX_LENGTH = 500


class ItemError(ValueError):
    pass


@dataclass
class RawItem:
    position: str  # where the item is in the source, for the report: "line 4", "item 2"
    original_id: str = ""
    title: str = ""  # may hold HTML (escaped markup in feeds): reduced to plain text
    summary: str = ""  # HTML or text
    body_html: str = ""
    body_text: str = ""
    link: str = ""
    date: str = ""
    categories: list[str] = field(default_factory=list)


@dataclass
class SourceItem:
    position: str
    original_id: str
    title: str
    summary: str
    body: str
    link: str
    issued_at: datetime | None
    categories: list[str]

    def content_hash(self):
        """Stable fingerprint of what the source says: unchanged source, unchanged hash."""
        content = {
            "title": self.title,
            "summary": self.summary,
            "body": self.body,
            "link": self.link,
            "issued_at": self.issued_at.isoformat() if self.issued_at else None,
            "categories": sorted(self.categories),
        }
        encoded = json.dumps(content, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(encoded).hexdigest()


def prepare(raw):
    """A SourceItem from a RawItem, or ItemError listing what is missing or unreadable."""
    original_id = (raw.original_id or raw.link or "").strip()
    title = plain_text(raw.title)
    problems = []
    if not original_id:
        problems.append("no id, guid or link")
    elif len(original_id) > ID_MAX_LENGTH:
        problems.append(f"id longer than {ID_MAX_LENGTH} characters")
    if not title:
        problems.append("missing title")
    elif len(title) > TITLE_MAX_LENGTH:
        problems.append(f"title longer than {TITLE_MAX_LENGTH} characters")
    link = (raw.link or "").strip()
    body = sanitise_html(raw.body_html, base_url=link or None) or text_to_html(raw.body_text)
    summary = shorten(plain_text(raw.summary) or plain_text(body))
    if not summary:
        problems.append("no summary or body text")
    issued_at = None
    if raw.date.strip():
        try:
            issued_at = parse_date(raw.date)
        except DateError as error:
            problems.append(str(error))
    if problems:
        raise ItemError("; ".join(problems))
    categories = [c.strip() for c in raw.categories if c and c.strip()]
    return SourceItem(
        position=raw.position, original_id=original_id, title=title, summary=summary,
        body=body, link=link, issued_at=issued_at, categories=categories,
    )
