import pytest

from languages import catalogs

pytest_plugins = ["tests.browser.fixtures"]


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    """Languages without a compiled catalog 404 under i18n_patterns: compile before tests."""
    catalogs.compile_all()


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English: a request in another language must not leak into the next
    test (modeltranslation writes `title=` to the active language's column)."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def empty_cache():
    """The cache outlives each test's database rollback (Wagtail caches site root paths), and
    so do the page cache's per-process memories (pagecache.memo)."""
    from django.core.cache import cache

    from pagecache import generation

    cache.clear()
    generation.forget_local()
    yield
    cache.clear()
    generation.forget_local()


@pytest.fixture
def site(db):
    """(home, alert index, advice index), published."""
    from tests.factories import site_pages

    return site_pages()
