"""A partner's page on another origin polls the API and a feed from Chromium with conditional
requests: the browser's own CORS checks (preflight for If-None-Match / If-Modified-Since,
the 304 itself, the exposed ETag and Last-Modified) must let the script see everything."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests import factories

PARTNER_PAGE = b"<!doctype html><html lang=en><title>Partner</title><p>Partner site</p></html>"

POLL = """async (url) => {
  const seen = {};
  try {
    const first = await fetch(url);
    seen.status = first.status;
    seen.etag = first.headers.get("ETag");
    seen.lastModified = first.headers.get("Last-Modified");
    const byEtag = await fetch(url, {headers: {"If-None-Match": seen.etag}});
    seen.byEtag = byEtag.status;
    seen.etagOn304 = byEtag.headers.get("ETag");
    const byDate = await fetch(url, {headers: {"If-Modified-Since": seen.lastModified}});
    seen.byDate = byDate.status;
  } catch (error) {
    seen.error = String(error);
  }
  return seen;
}"""


class PartnerPage(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PARTNER_PAGE)))
        self.end_headers()
        self.wfile.write(PARTNER_PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture
def partner_origin():
    """Another origin: 127.0.0.1 on its own port (the live server is localhost)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PartnerPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("page_cache", [False, True])
def test_a_page_on_another_origin_polls_with_conditional_requests(
        server, page, partner_origin, settings, page_cache):
    from pagecache import generation

    settings.PAGE_CACHE_ENABLED = page_cache  # True: the 304s come from the page cache
    settings.PAGE_CACHE_GENERATION_POLL = 0
    generation.forget_local()
    factories.site_pages()
    factories.alert("Fake parcel texts", title_ar="رسائل طرود مزيفة")
    assert not server.startswith(partner_origin)
    page.goto(f"{partner_origin}/")
    for path in ("/api/v1/alerts/?lang=ar", "/ar/feeds/alerts.json",
                 "/feeds/cap/alerts.atom"):
        seen = page.evaluate(POLL, f"{server}{path}")
        assert "error" not in seen, (path, seen)
        assert seen["status"] == 200 and seen["etag"] and seen["lastModified"], (path, seen)
        assert seen["byEtag"] == 304 and seen["etagOn304"] == seen["etag"], (path, seen)
        assert seen["byDate"] == 304, (path, seen)
