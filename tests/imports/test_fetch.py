"""A URL source is fetched over HTTP within a size limit."""

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from alerts.models import AlertPage
from imports.fetch import SourceError, fetch_url


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def feed_server(samples):
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(QuietHandler, directory=str(samples))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_imported_from_a_url(import_alerts, feed_server):
    run = import_alerts(f"{feed_server}/atom.xml")

    assert run.output.startswith("Atom: 3 created")
    assert AlertPage.objects.count() == 3


def test_source_over_the_size_limit_is_refused(import_alerts, feed_server, settings, samples):
    settings.IMPORTS_MAX_BYTES = (samples / "atom.xml").stat().st_size - 1

    run = import_alerts(f"{feed_server}/atom.xml")

    assert run.failed
    assert "over the" in str(run.error) and "byte limit" in str(run.error)
    assert AlertPage.objects.count() == 0


def test_size_limit_holds_without_a_content_length(feed_server):
    class Chunked(QuietHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.end_headers()
            self.wfile.write(b"<rss>" + b" " * 300_000)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Chunked)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(SourceError, match="larger than the 100000-byte limit"):
            fetch_url(f"http://127.0.0.1:{server.server_address[1]}/", timeout=5,
                      max_bytes=100_000)
    finally:
        server.shutdown()
        server.server_close()


def test_missing_url_is_a_clear_error(import_alerts, feed_server):
    run = import_alerts(f"{feed_server}/no-such-feed.xml")

    assert run.failed
    assert "answered HTTP 404" in str(run.error)
