"""Reading a SOURCE argument: a local file or an http(s) URL, within a size and time limit."""

import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

CHUNK = 64 * 1024


class SourceError(Exception):
    pass


def is_url(source):
    return source.lower().startswith(("http://", "https://"))


def read_source(source, *, timeout=None, max_bytes=None):
    timeout = timeout or settings.IMPORTS_FETCH_TIMEOUT
    max_bytes = max_bytes or settings.IMPORTS_MAX_BYTES
    if is_url(source):
        return fetch_url(source, timeout=timeout, max_bytes=max_bytes)
    if "://" in source:
        raise SourceError(f"only http(s) URLs and file paths can be imported: {source}")
    path = Path(source)
    if not path.is_file():
        raise SourceError(f"no such file: {source}")
    if path.stat().st_size > max_bytes:
        raise SourceError(f"{source} is larger than the {max_bytes}-byte limit")
    return path.read_bytes()


def _opener():
    """http(s) only, redirects included: no file:, ftp: or data: handlers to be led to."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.HTTPHandler, urllib.request.HTTPSHandler,
        urllib.request.HTTPRedirectHandler, urllib.request.HTTPErrorProcessor,
        urllib.request.HTTPDefaultErrorHandler,
    ):
        opener.add_handler(handler())
    return opener


def fetch_url(url, *, timeout, max_bytes):
    """The body of `url`; SourceError past `max_bytes` or `timeout` seconds in all."""
    request = urllib.request.Request(
        url, headers={"User-Agent": "FraudAlert-importer/1.0", "Accept": "*/*"}
    )
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdecimal() and int(declared) > max_bytes:
                raise SourceError(
                    f"{url} declares {declared} bytes, over the {max_bytes}-byte limit"
                )
            chunks, size = [], 0
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise SourceError(f"{url} is larger than the {max_bytes}-byte limit")
                if time.monotonic() > deadline:
                    raise SourceError(f"{url} took longer than {timeout} seconds")
                chunks.append(chunk)
    except urllib.error.HTTPError as error:
        raise SourceError(f"{url} answered HTTP {error.code}") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise SourceError(f"could not fetch {url}: {reason}") from error
    return b"".join(chunks)
