# The browser fixtures of tests/browser (Chromium, the live server with a committed database).
from tests.browser.conftest import (  # noqa: F401
    artifacts_dir,
    browser,
    migrated_state,
    new_page,
    page,
    server,
)
