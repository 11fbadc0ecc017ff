import pytest

from languages import catalogs


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    """Languages without a compiled catalog 404 under i18n_patterns: compile before tests."""
    catalogs.compile_all()


@pytest.fixture
def site(db):
    """(home, alert index, advice index), published."""
    from tests.factories import site_pages

    return site_pages()
