"""gzip for HTML pages, so a page stays small when gunicorn serves it without a CDN.

Django's GZipMiddleware (with its BREACH padding), limited to text/html: static files come
pre-compressed from WhiteNoise, and feeds and the API are left as they are, because some
API clients (and schemathesis's in-process WSGI transport) ask for gzip but do not decode it.
It sits outside the page cache, which stores pages uncompressed.
"""

from django.middleware.gzip import GZipMiddleware


class HtmlGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        return super().process_response(request, response)
