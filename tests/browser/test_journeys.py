"""What readers and editors do, in a real browser against the site served by the test run."""

import re
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import WorkflowState

from alerts.models import AlertPage
from editorial.groups import PREVENTION
from editorial.setup import setup_editorial
from tests.browser.content import URDU_WORD, build_site


def test_arabic_home_page_is_right_to_left_and_the_switcher_keeps_the_page(server, page):
    build_site()
    page.goto(f"{server}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The header's first item (the site name) sits on the right in a right-to-left layout.
    name_box = page.locator(".site-name").bounding_box()
    assert name_box["x"] + name_box["width"] > page.viewport_size["width"] / 2

    page.locator(".language-switcher a[lang=pl]").click()
    page.wait_for_url(f"{server}/pl/")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"

    # From an alert page, the switcher keeps the same alert.
    page.goto(f"{server}/ar/alerts/fake-parcel-texts/")
    page.locator(".language-switcher a[lang=pl]").click()
    page.wait_for_url(f"{server}/pl/alerts/fake-parcel-texts/")
    assert page.locator("h1").inner_text() == "Fałszywe SMS-y o dostawie paczki"

    # The choice is remembered: the site's bare address opens in Polish next time.
    page.goto(f"{server}/")
    page.wait_for_url(f"{server}/pl/")


def test_a_reader_filters_alerts_by_fraud_type_and_region_and_opens_one(server, page):
    site = build_site()
    page.goto(f"{server}/en/alerts/")
    assert page.get_by_role("link", name="Crypto investment adverts").count() == 1

    form = page.locator("form.alert-filters")
    for name, slug in (("fraud_type", site.fraud_type.slug), ("region", site.region.slug)):
        field = form.locator(f"[name={name}]")
        if field.first.evaluate("el => el.tagName") == "SELECT":
            field.select_option(slug)
        else:
            form.locator(f"input[name={name}][value={slug}]").check()
    form.get_by_role("button").first.click()
    page.wait_for_url(re.compile(r"/en/alerts/\?.*region=wales"))
    assert "fraud_type=courier-scams" in page.url

    assert page.get_by_role("link", name="Crypto investment adverts").count() == 0
    page.get_by_role("link", name="Fake parcel delivery texts").click()
    page.wait_for_url(f"{server}/en/alerts/fake-parcel-texts/")
    assert page.locator("h1").inner_text() == "Fake parcel delivery texts"


def test_a_reader_searches_in_urdu_and_finds_the_urdu_page(server, page):
    build_site()
    page.goto(f"{server}/ur/search/?q={quote(URDU_WORD)}")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    result = page.get_by_role("link", name=re.compile("پارسل کی ترسیل"))
    assert result.count() == 1
    result.click()
    page.wait_for_url(f"{server}/ur/alerts/fake-parcel-texts/")
    assert page.locator("h1").inner_text() == "پارسل کی ترسیل کے جعلی پیغامات"


def test_a_reader_subscribes_and_confirms_by_the_emailed_link(server, page):
    build_site()
    page.goto(f"{server}/en/subscribe/")
    page.get_by_label("Email address").fill("reader@example.org")
    boxes = page.locator("form input[type=checkbox]")
    if boxes.count() and not page.locator("form input[type=checkbox]:checked").count():
        boxes.first.check()
    page.get_by_role("button", name="Subscribe").click()
    page.wait_for_url(f"{server}/en/subscribe/check-your-email/")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    body = message.body + "".join(str(c) for c, _ in getattr(message, "alternatives", []))
    link = re.search(r"https?://[^\s\"<>]+/subscribe/confirm/[^\s\"<>/]+/", body).group(0)
    path = link.split("/", 3)[3]
    page.goto(f"{server}/{path}")
    page.get_by_role("button").filter(has_text=re.compile("confirm", re.I)).first.click()
    page.wait_for_url(re.compile(r"/en/subscribe/manage/[^/]+/\?confirmed=1$"))
    assert page.locator("h1").count() == 1


def _editor(username, password):
    setup_editorial()
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=password)
    user.groups.add(Group.objects.get(name=PREVENTION))
    return user


def test_an_editor_logs_in_and_submits_an_alert_for_review(server, page):
    site = build_site()
    _editor("priya", "correct-horse-42")

    admin = f"{server}/{settings.ADMIN_PATH}/"
    page.goto(admin)
    page.locator("#id_username").fill("priya")
    page.locator("#id_password").fill("correct-horse-42")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(admin)

    index = site.alert.get_parent()
    page.goto(f"{admin}pages/add/alerts/alertpage/{index.pk}/")
    page.locator("#id_title_en").fill("Fake bank calls")
    page.locator("#id_summary_en").fill("Callers pretend to be your bank's fraud team.")
    page.get_by_role("button", name="More actions").click()
    page.locator("button[name=action-submit]").click()  # "Submit to <workflow name>"
    page.wait_for_url(re.compile(r"/pages/\d+/edit/|/pages/\d+/$"))

    alert = AlertPage.objects.get(title_en="Fake bank calls")
    assert not alert.live
    state = WorkflowState.objects.get(object_id=str(alert.pk))
    assert state.status == "in_progress"
