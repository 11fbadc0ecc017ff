"""External links in rich text leave with rel="noopener noreferrer".

Wagtail stores an external link as a plain `<a href="https://...">`; its front-end rewriter
hands every such tag to the link handler registered as "external" (this one).
"""

from django.utils.html import escape
from wagtail.rich_text import LinkHandler

REL = "noopener noreferrer"


class ExternalLinkHandler(LinkHandler):
    identifier = "external"

    @classmethod
    def expand_db_attributes(cls, attrs):
        href = attrs.get("href", "")
        if not href.startswith(("http:", "https:")):
            return "<a>"
        return f'<a href="{escape(href)}" rel="{REL}">'
