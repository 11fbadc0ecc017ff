import pytest

from pagecache import generation


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The page cache is off in the test settings (other apps test fresh renders): on here,
    with the per-process generation re-read from the database on every request."""
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_GENERATION_POLL = 0
    generation.forget_local()
    yield
    generation.forget_local()
