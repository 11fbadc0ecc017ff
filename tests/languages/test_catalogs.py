"""Every UI string is translated into every language: no empty or fuzzy entries."""

import pytest
from django.utils import translation

from languages import catalogs, supported


@pytest.mark.parametrize("code", [lang.code for lang in supported.LANGUAGES])
def test_catalog_is_complete(code):
    assert catalogs.po_path(code).exists(), f"no catalog for {code}"
    gaps = catalogs.gaps(code)
    assert gaps == [], f"{code}: {len(gaps)} untranslated or fuzzy, e.g. {gaps[:5]}"


@pytest.mark.parametrize("code", [lang.code for lang in supported.LANGUAGES if lang.code != "en"])
def test_compiled_catalog_is_used(code):
    with translation.override(code):
        assert translation.gettext("Skip to main content") != "Skip to main content"


def test_gujarati_and_somali_have_language_info():
    for code, local in [("gu", "ગુજરાતી"), ("so", "Soomaali")]:
        info = translation.get_language_info(code)
        assert info["name_local"] == local
        assert info["bidi"] is False
    assert translation.get_language_info("ur")["bidi"] is True
