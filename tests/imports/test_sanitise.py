"""Imported HTML keeps only what alert rich text holds: no script, handler, style or iframe."""

import pytest

from alerts.models import AlertPage
from imports.sanitise import sanitise_html


def test_imported_rss_body_loses_scripts_handlers_styles_and_iframes(import_alerts, samples):
    import_alerts(samples / "rss.xml")

    body = AlertPage.objects.get(import_record__original_id="oldbank-2025-001").body

    for dangerous in ("<script", "document.cookie", "onclick", "onmouseover", "onerror",
                      "style", "<iframe", "evil.example", "javascript:", "<img", "display"):
        assert dangerous not in body
    assert "<strong>police officers</strong>" in body
    assert ('<a href="https://alerts.oldbank.example/advice/courier-fraud">'
            "Read our advice on courier fraud</a>") in body
    assert "<ul><li>Police never collect cards.</li><li><em>Hang up</em>" in body


@pytest.mark.parametrize("sample,original_id,language", [
    ("atom.xml", "tag:metropolice.example,2025:alert-17", "en"),
    ("json_feed_ar.json", "ar-101", "ar"),
])
def test_every_format_is_sanitised(import_alerts, samples, sample, original_id, language):
    import_alerts(samples / sample, "--language", language)

    page = AlertPage.objects.get(import_record__original_id=original_id)
    body = getattr(page, f"body_{language}")
    assert "<script" not in body and "alert(" not in body
    assert "onclick" not in body and "style" not in body
    assert "<a href=" in body


def test_links_keep_only_safe_schemes_and_become_absolute():
    html = ('<a href="/advice">a</a> <a href="javascript:alert(1)">b</a> '
            '<a href="mailto:help@bank.example">c</a> <a href="data:text/html,x">d</a>')

    cleaned = sanitise_html(html, base_url="https://old.example/alerts/1")

    assert cleaned == ('<p><a href="https://old.example/advice">a</a> <a>b</a> '
                       '<a href="mailto:help@bank.example">c</a> <a>d</a></p>')


def test_headings_and_lists_survive_other_block_tags_do_not():
    cleaned = sanitise_html("<h2>Signs</h2><div><ol><li>one</li></ol></div><table><tr><td>x"
                            "</td></tr></table><h1>big</h1>")

    assert cleaned == "<h2>Signs</h2><ol><li>one</li></ol>xbig"
