"""An alert's rich text (as Wagtail stores it) made into the two parts of an email.

`email_html` is the rich text as HTML, Wagtail's internal links expanded and made absolute
(settings.SITE_URL), safe to put in a template as it is. `plain_text` reads that HTML as a
person would want it in a plain-text email: paragraphs separated by blank lines, each list
item on its own line after a dash (or its number), entities decoded, link addresses written
after their text.
"""

import re
from html.parser import HTMLParser

from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from . import tokens

BLOCKS = {"p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}
LISTS = {"ul", "ol"}
RELATIVE_HREF = re.compile(r'(\shref=")(/(?!/)[^"]*)"')
SPACE = re.compile(r"\s+")


def email_html(rich_text):
    """The rich text as safe HTML with absolute links, in the active language's URLs."""
    html = expand_db_html(str(rich_text or ""))
    html = RELATIVE_HREF.sub(
        lambda match: f'{match.group(1)}{tokens.absolute(match.group(2))}"', html)
    return mark_safe(html)  # as Wagtail's `richtext` filter marks it: editors' rich text


def plain_text(html):
    """HTML (e.g. `email_html`'s) as readable plain text."""
    reader = _PlainTextReader()
    reader.feed(str(html or ""))
    reader.close()
    return reader.text()


class _PlainTextReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)  # entities arrive decoded
        self.parts = []
        self.breaks = 0  # line ends owed before the next text
        self.marker = ""  # a list item's dash or number, written before its first text
        self.lists = []  # open lists, innermost last: [tag, items so far]
        self.links = []  # open links: (href, index in parts where their text starts)

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self._break(2)
        elif tag in LISTS:
            self._break(1 if self.lists else 2)
            self.lists.append([tag, 0])
        elif tag == "li":
            self._break(1)
            depth = max(len(self.lists) - 1, 0)
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                self.marker = f"{'  ' * depth}{self.lists[-1][1]}. "
            else:
                self.marker = f"{'  ' * depth}- "
        elif tag == "br":
            if self.parts:
                self.breaks += 1
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.parts)))

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self._break(2)
        elif tag in LISTS:
            if self.lists:
                self.lists.pop()
            self._break(1 if self.lists else 2)
        elif tag == "li":
            self._break(1)
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            label = "".join(self.parts[start:]).strip()
            if href.startswith(("http://", "https://")) and href != label:
                self.parts.append(f" ({href})")

    def handle_data(self, data):
        text = SPACE.sub(" ", data)
        if self.breaks or not self.parts:
            text = text.lstrip()
        if not text:
            return
        if self.breaks and self.parts:
            self.parts.append("\n" * self.breaks)
        self.breaks = 0
        if self.marker:
            self.parts.append(self.marker)
            self.marker = ""
        self.parts.append(text)

    def _break(self, line_ends):
        if self.parts:
            self.breaks = max(self.breaks, line_ends)

    def text(self):
        lines = "".join(self.parts).split("\n")
        return "\n".join(line.rstrip() for line in lines).strip()
