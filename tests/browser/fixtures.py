"""Browser test fixtures, loaded once for the whole run by tests/conftest.py (`pytest_plugins`)
so the page-editor tests in tests/admin_languages share the one Playwright instance (two
sync Playwright instances cannot run in one thread).

Browser tests: the site served by the test run (pytest-django's `live_server`), driven in
Debian's Chromium through Playwright's sync API. `playwright install` is never used: it
downloads its own browser, which cannot work here; scripts/ensure_test_tools.sh installs
Debian's `chromium` instead, and axe-core and vnu.jar from npm (package.json).

Without the browser the tests skip with the reason shown; under CI (CI=true) they fail.
"""

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

# Playwright's sync API keeps an asyncio loop in the test thread, so Django would refuse
# database calls made there (building test content) as "async unsafe". They are not: the
# calls are plain synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _in_ci():
    return os.environ.get("CI", "").lower() == "true"


def missing_tool(path, what):
    """Skip (or, under CI, fail) the test when a tool the project installs is missing."""
    if path.exists():
        return
    reason = f"{what} is missing ({path}); run scripts/ensure_test_tools.sh"
    if _in_ci():
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    missing_tool(CHROMIUM, "Chromium (Debian package 'chromium')")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Open pages in fresh browser contexts (own cookies), closed after the test.
    `new_page(**context_options)`, e.g. viewport={"width": 320, "height": 640}."""
    contexts = []

    def open_page(**options):
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture(scope="session")
def migrated_state(django_db_setup, django_db_blocker):
    """The test database as migrations left it (Wagtail's root page, locale, default site),
    serialized before the first browser test. Each browser test ends with a flush (its
    writes were committed for the server thread to see), so the next one starts from this
    again, and so do any tests after them."""
    from django.db import connection

    with django_db_blocker.unblock():
        state = connection.creation.serialize_db_to_string()
    yield state
    with django_db_blocker.unblock():
        _restore(state)


def _restore(state):
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Page

    if not Page.objects.exists():  # flushed: content types were remade, the rest is gone
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(state)
        ContentType.objects.clear_cache()  # the ids cached before the flush are stale
        _reset_sequences(connection)


def _reset_sequences(connection):
    """After rows were loaded with their ids, PostgreSQL's sequences must move past them, or
    the next new page takes id 1 again (SQLite needs nothing)."""
    from django.apps import apps
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture
def server(migrated_state, live_server, transactional_db):
    """The live server's base URL, with a database the server thread can see (committed
    writes), starting from the migrated state."""
    _restore(migrated_state)
    yield live_server.url
    _wait_for_requests_in_flight()


def _wait_for_requests_in_flight(timeout=15.0):
    """Let the server finish the requests a closed browser left behind (a save's redirect,
    the admin's background fetches) before the test database is flushed. On SQLite the
    in-memory test database is one connection shared with the server thread: a flush run
    while a request's transaction is open was rolled back with it, and the next test found
    the last one's pages."""
    import threading
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = [thread for thread in threading.enumerate()
                if thread is not threading.current_thread()
                and "process_request_thread" in thread.name and thread.is_alive()]
        if not busy:
            return
        time.sleep(0.02)


@pytest.fixture(scope="session")
def artifacts_dir():
    path = ARTIFACTS / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


def have_java():
    return shutil.which("java") is not None
