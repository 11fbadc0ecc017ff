"""The accessibility statement (/<lang>/accessibility/) says that the pages it lists are
checked at 320 px and at 200% zoom for sideways scrolling, and for buttons and links of at
least 24 by 24 px in menus and forms, and that no page failed. Those pages are the ones the
axe and HTML checks visit (tests/browser/public_pages.py), the subscription pages reached
through the emailed link included; test_layout.py covers only the pages it can open by
address. Here every page public_pages.py lists is held to the same checks, so the
statement stays true when a page is added there."""

import pytest

from tests.browser.public_pages import visit_public_pages
from tests.browser.test_layout import OVERFLOW, PHONE, TARGETS, ZOOM_200


def _sideways(page, size):
    page.set_viewport_size(size["viewport"])
    found = page.evaluate(OVERFLOW)
    if found["scroll"] > found["width"]:
        return [f"{found['scroll']} > {found['width']} px wide; {found['wide']}"]
    return []


@pytest.mark.parametrize("lang", ["en", "ar", "bn"])
def test_every_page_the_statement_lists_reflows_and_has_big_enough_targets(
        server, new_page, lang):
    # The layout at 200% zoom is a 640 CSS px viewport (see test_layout.py); the device
    # pixel ratio only sharpens the drawing, so one page can be resized between the two.
    page = new_page(**PHONE)
    problems, checked = [], 0
    for visit in visit_public_pages(server, page, lang):
        if visit.missing:
            continue
        checked += 1
        problems += [f"{visit.name} {visit.url} at 200% zoom: {problem}"
                     for problem in _sideways(page, ZOOM_200)]
        problems += [f"{visit.name} {visit.url} at 320 px: {problem}"
                     for problem in _sideways(page, PHONE)]
        problems += [f"{visit.name} {visit.url}: {target} under 24x24 px"
                     for target in page.evaluate(TARGETS)]
        print(f"statement claims {lang}: {visit.name} {visit.url} checked")
    assert checked >= 10, f"only {checked} pages were visited"
    assert not problems, "\n".join(problems)
