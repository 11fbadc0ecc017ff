"""axe-core on every public page type, in English, Arabic and Bengali: WCAG 2.0, 2.1 and 2.2
A and AA rules, zero violations.

axe is injected with `page.evaluate` (DevTools evaluation is not subject to the page's
Content-Security-Policy), so the pages are checked with their real CSP in force.
"""

import pytest

from tests.browser.fixtures import AXE_JS, missing_tool
from tests.browser.public_pages import visit_public_pages

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def run_axe(page):
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))",
        AXE_TAGS,
    )


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.extend(f"      {node}" for node in violation["nodes"][:5])
    return "\n".join(lines)


@pytest.mark.parametrize("lang", ["en", "ar", "bn"])
def test_every_public_page_type_has_no_axe_violations(server, page, lang):
    missing_tool(AXE_JS, "axe-core (npm devDependency)")
    failures, missing = [], []
    for visit in visit_public_pages(server, page, lang):
        if visit.missing:
            missing.append(f"{visit.name} ({visit.url})")
            print(f"axe {lang}: MISSING {visit.name} {visit.url}")
            continue
        violations = run_axe(page)
        print(f"axe {lang}: {visit.status} {visit.name} {visit.url}: "
              f"{len(violations)} violation(s)")
        if violations:
            failures.append(f"{visit.name} {visit.url}\n{describe(violations)}")
    assert not failures, f"axe violations in {lang}:\n" + "\n".join(failures)
    if missing:
        pytest.xfail(f"not built yet in {lang}: " + ", ".join(missing))


def test_the_axe_check_reports_a_violation_when_there_is_one(server, page):
    """The check above can fail: an image without a text alternative and an unlabelled
    field, on a copy of the home page, are reported."""
    missing_tool(AXE_JS, "axe-core (npm devDependency)")
    from tests.browser.content import build_site

    build_site()
    page.goto(f"{server}/en/")
    page.evaluate("""() => {
        const main = document.querySelector('main');
        main.insertAdjacentHTML('beforeend', '<img src="/static/img/favicon.svg">');
        main.insertAdjacentHTML('beforeend', '<input type="text" name="x">');
    }""")
    found = {violation["id"] for violation in run_axe(page)}
    assert {"image-alt", "label"} <= found
