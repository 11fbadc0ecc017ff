"""Translators in the page editor, in Chromium against the live test server (issue 11)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation

from editorial.groups import TRANSLATORS
from editorial.models import EditorProfile
from editorial.setup import setup_editorial
from tests import factories

PASSWORD = "a-long-browser-password"


def translator(username, languages):
    setup_editorial()
    user = get_user_model().objects.create_user(username, f"{username}@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name=TRANSLATORS))
    EditorProfile.objects.create(user=user, working_languages=languages)
    return user


def log_in(page, server, username):
    page.goto(f"{server}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form [type=submit]").first.click()
    page.wait_for_url(f"{server}/admin/")


def shown(page, selector):
    return page.locator(selector).is_visible()


@pytest.fixture
def content(server):
    factories.site_pages()
    alert = factories.alert("Fake parcel texts", slug="fake-parcel-texts",
                            title_pl="Fałszywe SMS-y", slug_pl="falszywe-sms",
                            title_ar="رسائل طرود مزيفة")
    other = factories.alert("Courier calls", slug="courier-calls", slug_pl="kurier")
    return alert, other


def test_a_polish_and_arabic_translator_sees_english_polish_and_arabic(server, page, content):
    alert, _ = content
    translator("magda", ["pl", "ar"])
    log_in(page, server, "magda")
    page.goto(f"{server}/admin/pages/{alert.pk}/edit/")
    page.locator(".admin-languages-picker").wait_for()

    for code in ("en", "pl", "ar"):
        assert shown(page, f"#id_title_{code}"), code
        assert shown(page, f"#id_summary_{code}"), code
    for suffix in ("cy", "ro", "fr", "ur", "zh_hans"):
        assert not shown(page, f"#id_title_{suffix}"), suffix
    # English, the source, comes above each translation.
    english = page.locator("#id_title_en").bounding_box()
    polish = page.locator("#id_title_pl").bounding_box()
    assert english["y"] < polish["y"]
    # Arabic is written right to left, the others left to right.
    direction = "el => getComputedStyle(el).direction"
    assert page.locator("#id_summary_ar").evaluate(direction) == "rtl"
    assert page.locator("#id_title_ar").evaluate(direction) == "rtl"
    assert page.locator("#id_summary_en").evaluate(direction) == "ltr"
    assert page.locator("#id_summary_pl").evaluate(direction) == "ltr"

    # Ticking Welsh in the picker shows its fields.
    page.locator(".admin-languages-picker input[value=cy]").check()
    assert shown(page, "#id_title_cy")
    # An alert's body is rich text, not a StreamField: no copy buttons (they could only fail)
    assert page.locator(".admin-languages-copy").count() == 0


def test_a_duplicate_polish_slug_switches_polish_on_and_shows_its_error(server, page, content):
    alert, other = content
    translator("layla", ["ar"])  # Polish is not one of her languages: hidden at first
    log_in(page, server, "layla")
    page.goto(f"{server}/admin/pages/{other.pk}/edit/")
    page.locator(".admin-languages-picker").wait_for()
    assert not shown(page, "#id_title_pl")

    page.locator(".admin-languages-picker input[value=pl]").check()
    page.get_by_role("tab", name="Promote").click()
    page.fill("#id_slug_pl", "falszywe-sms")  # the first alert's Polish slug
    page.locator(".admin-languages-picker input[value=pl]").uncheck()
    assert not shown(page, "#id_slug_pl")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state()

    banner = page.locator(".messages").inner_text()
    assert "Polski (pl)" in banner
    assert page.locator(".admin-languages-picker__error").inner_text().strip().startswith("Polski")
    page.get_by_role("tab", name="Promote").click()
    assert shown(page, "#id_slug_pl")
    assert page.locator("#id_slug_pl").input_value() == "falszywe-sms"
    errors = page.locator("[data-field-wrapper]:has(#id_slug_pl) [data-field-errors]")
    assert "already in use" in errors.inner_text()


def test_copying_english_content_into_chinese_works(server, page, content):
    with translation.override("en"):
        advice = factories.advice("Spot a fake bank call")
        advice.body_en = [("heading", "Bank calls"),
                          ("paragraph", "<p>Hang up and call the number on your card.</p>")]
        advice.save_revision().publish()
    translator("wei", ["zh-hans"])
    log_in(page, server, "wei")
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server}/admin/pages/{advice.pk}/edit/")
    panel = page.locator("#panel-child-content-body_zh_hans-section")
    panel.wait_for()
    assert "[zh-hans]" in panel.locator("[data-panel-heading-text]").inner_text().replace(
        "_", "-") or "中文" in panel.locator("[data-panel-heading-text]").inner_text()

    with page.expect_response(lambda r: "copy_translation_content" in r.url) as answer:
        panel.get_by_role("button", name="Copy content from English").click()
    assert answer.value.status == 200
    panel.get_by_role("status").filter(has_text="English").wait_for()
    panel.locator("text=Bank calls").first.wait_for()
    assert errors == []
    # only our buttons: wagtail-modeltranslation's own copy buttons are not added
    assert page.locator(".translation-field-copy, .translation-field-copy-wrapper").count() == 0
    assert "copy_stream_fields.js" not in page.content()


def test_labels_of_hidden_languages_hide_with_their_fields_in_lifecycle_and_updates(
        server, page, content):
    from alerts.models import AlertUpdate

    alert, _ = content
    AlertUpdate.objects.create(page=alert, text_en="More texts seen.", text_pl="Więcej SMS-ów.")
    translator("magda", ["pl"])
    log_in(page, server, "magda")
    page.goto(f"{server}/admin/pages/{alert.pk}/edit/")
    page.locator(".admin-languages-picker").wait_for()

    def visible_labels(prefix):
        return page.evaluate(
            """(prefix) => Array.from(document.querySelectorAll('label'))
                .filter(label => label.offsetParent !== null && label.htmlFor.startsWith(prefix))
                .map(label => label.htmlFor)""", prefix)

    assert visible_labels("id_withdrawn_reason_") == ["id_withdrawn_reason_en",
                                                      "id_withdrawn_reason_pl"]
    assert visible_labels("id_updates-0-text_") == ["id_updates-0-text_en",
                                                    "id_updates-0-text_pl"]
    assert "Reason for withdrawal" in page.locator("#id_withdrawn_reason_pl-label").inner_text()
    assert "Polski" in page.locator("#id_withdrawn_reason_pl-label").inner_text()

    page.locator(".admin-languages-picker input[value=cy]").check()
    assert "id_withdrawn_reason_cy" in visible_labels("id_withdrawn_reason_")
    assert "id_updates-0-text_cy" in visible_labels("id_updates-0-text_")
    assert shown(page, "#id_withdrawn_reason_cy")


def test_the_language_picker_lines_up_with_the_editor_at_every_width(server, page, content):
    alert, _ = content
    translator("magda", ["pl"])
    log_in(page, server, "magda")
    for width in (1280, 1366, 800, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{server}/admin/pages/{alert.pk}/edit/")
        page.locator(".admin-languages-picker").wait_for()
        picker = page.locator(".admin-languages-picker").bounding_box()
        first_tab = page.get_by_role("tab", name="Content").bounding_box()
        assert picker["x"] == first_tab["x"], width  # same left edge as the tabs
        # as far from the right edge as from the sidebar's: clear of the minimap
        content_left = page.locator(".w-tabs__list").bounding_box()["x"]
        assert picker["x"] + picker["width"] <= width - (picker["x"] - content_left), width
        assert page.evaluate("document.documentElement.scrollWidth") == width
        last = page.locator(".admin-languages-picker li").last.bounding_box()
        assert last["x"] + last["width"] <= picker["x"] + picker["width"], width
