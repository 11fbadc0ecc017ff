"""Imported HTML cut down to what an alert's rich text can hold, and plain text from HTML.

nh3 (the Rust `ammonia` sanitiser) keeps only paragraphs, line breaks, bold, italic, links,
lists and h2-h4 headings. Scripts, styles, iframes and other embedded content are dropped
with everything inside them; event handlers, `style` and every other attribute go; links keep
their `href` (http, https, mailto, tel only) made absolute against the item's own URL.
"""

import html
import re
from urllib.parse import urljoin

import nh3

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "a", "ul", "ol", "li", "h2", "h3", "h4"}
DROPPED_WITH_CONTENT = {
    "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math",
    "textarea", "select", "title", "head",
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
BLOCK_START = re.compile(r"^\s*<(p|ul|ol|h[2-4])[\s>]")
SPACE = re.compile(r"\s+")


def sanitise_html(value, base_url=None):
    """Rich-text-safe HTML from untrusted HTML. Loose text is wrapped in a paragraph."""
    if not value or not value.strip():
        return ""

    def rewrite_href(tag, attribute, url):
        if tag == "a" and attribute == "href":
            return urljoin(base_url, url.strip()) if base_url else url.strip()
        return None

    cleaned = nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes={"a": {"href"}},
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
        attribute_filter=rewrite_href,
    ).strip()
    if cleaned and not BLOCK_START.match(cleaned):
        cleaned = f"<p>{cleaned}</p>"
    return cleaned


def plain_text(value):
    """The readable text of an HTML fragment, whitespace collapsed, entities decoded."""
    if not value:
        return ""
    text = nh3.clean(value, tags=set(), clean_content_tags=DROPPED_WITH_CONTENT)
    return SPACE.sub(" ", html.unescape(text)).strip()


def text_to_html(text):
    """Plain text (blank lines between paragraphs) as paragraphs of escaped HTML."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def shorten(text, limit=300):
    """At most `limit` characters, cut at a sentence end if one is near, else a word."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    sentence_end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if sentence_end >= limit // 2:
        return cut[: sentence_end + 1]
    return cut.rsplit(" ", 1)[0].rstrip(",;:") + "…"
