"""Phones and zoom: no sideways scrolling at 320 CSS px or at 200% zoom, touch targets of at
least 24 by 24 CSS px, and screenshots at phone width for people to look at.

200% zoom is measured the way a browser zooms: zooming a 1280 px wide window to 200% leaves
a layout viewport of 640 CSS px drawn at 2 device pixels per CSS pixel, so the page is laid
out in a 640 x 450 viewport with deviceScaleFactor 2 (WCAG 1.4.10 reflow).
"""

import pytest

from tests import factories
from tests.browser.content import build_site
from tests.browser.public_pages import SEARCH_WORDS

PHONE = {"viewport": {"width": 320, "height": 640}}
ZOOM_200 = {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2}
SCREENSHOT_PHONE = {"viewport": {"width": 375, "height": 812}, "device_scale_factor": 2}


def page_paths(lang):
    return [
        f"/{lang}/",
        f"/{lang}/alerts/?fraud_type=courier-scams&region=wales",
        f"/{lang}/alerts/fake-parcel-texts/",
        f"/{lang}/advice/",
        f"/{lang}/advice/check-before-you-pay/",
        f"/{lang}/search/?q={SEARCH_WORDS.get(lang, 'parcel')}",
        f"/{lang}/subscribe/",
        f"/{lang}/partners/",
        f"/{lang}/accessibility/",
        f"/{lang}/embed/",  # long feed and API addresses and term names must wrap
        f"/{lang}/embed/alerts/",
        f"/{lang}/no-such-page/",
    ]


OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter(el => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1);
    }).slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
    return {scroll: document.documentElement.scrollWidth, width, wide};
}"""


@pytest.mark.parametrize("size", [PHONE, ZOOM_200], ids=["320px", "200%-zoom"])
@pytest.mark.parametrize("lang", ["en", "ar", "bn"])
def test_no_page_scrolls_sideways(server, new_page, lang, size):
    build_site()
    # a term as long as the demo's Tamil ones: its option must not widen the embed form
    factories.fraud_type("Impersonation of police officers or bank staff over the telephone",
                         slug="impersonation-by-telephone")
    page = new_page(**size)
    problems = []
    for path in page_paths(lang):
        page.goto(f"{server}{path}")
        found = page.evaluate(OVERFLOW)
        print(f"layout {lang} {size['viewport']['width']}px: {path}: scrollWidth "
              f"{found['scroll']} / {found['width']}")
        if found["scroll"] > found["width"]:
            problems.append(f"{path}: {found['scroll']} > {found['width']} px; {found['wide']}")
    assert not problems, "\n".join(problems)


# Targets in menus and forms. Links inside a sentence (a paragraph or list item of text)
# are exempt under WCAG 2.5.8 ("inline"); a check box or radio button passes when its
# label, which works the same control, is big enough ("equivalent").
TARGETS = """() => {
    const selector = '.site-header a, .site-header button, .language-switcher a, '
        + 'form a, form button, form input:not([type=hidden]), form select, '
        + '.site-footer__links a, .pagination a';
    const small = [];
    const big = box => box.width >= 24 && box.height >= 24;
    for (const el of document.querySelectorAll(selector)) {
        if (el.closest('[aria-hidden=true]') || el.offsetParent === null) continue;
        if (el.tagName === 'A' && el.closest('p') && el.closest('p').textContent.trim().length
            > el.textContent.trim().length + 10) continue;
        let box = el.getBoundingClientRect();
        if ((el.type === 'checkbox' || el.type === 'radio') && !big(box)) {
            const label = el.labels && el.labels[0];
            if (label) box = label.getBoundingClientRect();
        }
        if (!big(box)) small.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.name
            || '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
    return small;
}"""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_touch_targets_in_menus_and_forms_are_at_least_24px(server, new_page, lang):
    build_site()
    page = new_page(**PHONE)
    problems = []
    for path in page_paths(lang):
        page.goto(f"{server}{path}")
        small = page.evaluate(TARGETS)
        print(f"targets {lang}: {path}: {len(small)} under 24x24")
        problems.extend(f"{path}: {target}" for target in small)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screenshots_at_phone_width(server, new_page, artifacts_dir, lang):
    build_site()
    page = new_page(**SCREENSHOT_PHONE)
    for name, path in (("home", f"/{lang}/"), ("alert", f"/{lang}/alerts/fake-parcel-texts/")):
        page.goto(f"{server}{path}")
        target = artifacts_dir / f"{name}-{lang}-375px.png"
        page.screenshot(path=str(target), full_page=True)
        print(f"screenshot: {target}")
        assert target.stat().st_size > 10_000


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_printed_alert_names_its_address_and_leaves_out_what_paper_cannot_do(
        server, new_page, lang):
    build_site()
    page = new_page(**PHONE)
    path = f"/{lang}/alerts/fake-parcel-texts/"
    page.goto(f"{server}{path}")
    assert page.locator(".flag-form").is_visible()  # on screen: the flag box
    assert not page.locator(".site-footer__address").is_visible()

    page.emulate_media(media="print")
    assert not page.locator(".flag-form").is_visible()
    address = page.locator(".site-footer__address")
    assert address.is_visible() and address.inner_text() == f"{server}{path}"
    assert page.locator(".site-footer__small").is_visible()  # who publishes it
    # printed web addresses keep their order in right-to-left text (the footer's Report
    # Fraud link: printed on advice pages)
    page.goto(f"{server}/{lang}/advice/check-before-you-pay/")
    directions = page.evaluate("""() => [...document.querySelectorAll('a[href^="http"]')]
        .filter(a => a.offsetParent !== null)
        .map(a => getComputedStyle(a, '::after').direction + ' '
                  + getComputedStyle(a, '::after').unicodeBidi)""")
    assert directions and set(directions) == {"ltr isolate"}, directions
