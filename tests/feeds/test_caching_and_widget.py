import pytest
from django.utils.http import http_date

from tests import factories

FEED_URLS = ["/en/feeds/alerts.rss", "/ar/feeds/alerts.atom", "/zh-hans/feeds/alerts.json",
             "/pl/embed/alerts/", "/api/v1/alerts/?lang=ar", "/api/v1/fraud-types/",
             "/api/v1/openapi.json", "/feeds/cap/alerts.atom"]


@pytest.mark.parametrize("url", FEED_URLS)
def test_responses_carry_validators_and_answer_304(client, translated_alert, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["ETag"]
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    again = client.get(url, headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert client.get(url, headers={"if-none-match": '"stale"'}).status_code == 200


def test_if_modified_since_gives_304_until_the_alert_is_updated(client, translated_alert):
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import PageLogEntry

    from alerts.models import AlertPage

    # First published an hour ago, so the next publication is a later HTTP date.
    hour_ago = timezone.now() - timedelta(hours=1)
    AlertPage.objects.filter(pk=translated_alert.pk).update(
        issued_at=hour_ago, last_published_at=hour_ago)
    PageLogEntry.objects.filter(page=translated_alert).update(timestamp=hour_ago)
    url = f"/feeds/cap/{translated_alert.reference_code}.xml"
    last_modified = client.get(url)["Last-Modified"]
    assert last_modified == http_date(hour_ago.timestamp())
    assert client.get(url, headers={"if-modified-since": last_modified}).status_code == 304
    page = AlertPage.objects.get(pk=translated_alert.pk)
    page.updates.create(text="More victims reported.")
    page.save_revision().publish()
    assert client.get(url, headers={"if-modified-since": last_modified}).status_code == 200


def test_etag_changes_when_the_feed_changes(client, translated_alert):
    first = client.get("/en/feeds/alerts.rss")["ETag"]
    factories.alert("A new alert")
    assert client.get("/en/feeds/alerts.rss")["ETag"] != first


def test_widget_sets_no_cookie_and_may_be_framed_anywhere(client, translated_alert):
    response = client.get("/ar/embed/alerts/?fraud_type=courier-fraud")
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert "X-Frame-Options" not in response
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors *" in csp
    assert "script-src" not in csp and "default-src 'none'" in csp
    assert "sessionid" not in client.cookies and "csrftoken" not in client.cookies
    from django.contrib.sessions.models import Session

    assert not Session.objects.exists()
    html = response.content.decode()
    assert "<script" not in html and "style=" not in html
    assert 'dir="rtl"' in html and "مكالمات مصرفية مزيفة" in html
    assert "/static/feeds/widget.css" in html


def test_the_rest_of_the_site_still_refuses_framing(client, site):
    response = client.get("/en/embed/")
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_widget_filters_and_limits(client, site, taxonomy):
    for n in range(4):
        factories.alert(f"Courier {n}", fraud_types=[taxonomy["courier"]])
    factories.alert("Investment scam", fraud_types=[taxonomy["investment"]])
    html = client.get("/en/embed/alerts/?fraud_type=investment-fraud").content.decode()
    assert "Investment scam" in html and "Courier 0" not in html
    html = client.get("/en/embed/alerts/?limit=2").content.decode()
    assert html.count('class="fa-widget__item ') == 2
    assert client.get("/en/embed/alerts/?limit=0").status_code == 400
    assert client.get("/en/embed/alerts/?limit=abc").status_code == 400
    assert client.get("/en/embed/alerts/?limit=%C2%B2").status_code == 400  # superscript 2
    assert client.get("/en/embed/alerts/?severity=nope").status_code == 400


def test_use_our_alerts_page_offers_an_iframe_snippet_with_the_chosen_filters(client, site,
                                                                             taxonomy):
    response = client.get("/cy/embed/?fraud_type=courier-fraud&limit=3")
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;iframe src=&quot;http://testserver/cy/embed/alerts/?fraud_type=courier-fraud" \
           "&amp;amp;limit=3&quot;" in html or \
           "&lt;iframe src=\"http://testserver/cy/embed/alerts/?fraud_type=courier-fraud" in html
    assert "http://testserver/cy/feeds/alerts.rss?fraud_type=courier-fraud" in html
    assert 'lang="cy"' in html


def test_use_our_alerts_page_explains_a_bad_filter_instead_of_failing(client, site):
    response = client.get("/en/embed/?fraud_type=nothing-like-this")
    assert response.status_code == 200
    assert "nothing-like-this" in response.content.decode()


def test_feed_links_keep_only_the_filters(rf, site, taxonomy):
    from django.utils import translation

    from feeds.templatetags.feed_tags import feed_links

    request = rf.get("/pl/alerts/?fraud_type=courier-fraud&page=2&region=wales")
    with translation.override("pl"):
        links = feed_links(request)
    assert [link["url"] for link in links] == [
        "/pl/feeds/alerts.rss?fraud_type=courier-fraud&region=wales",
        "/pl/feeds/alerts.atom?fraud_type=courier-fraud&region=wales",
        "/pl/feeds/alerts.json?fraud_type=courier-fraud&region=wales",
    ]
    assert links[0]["type"] == "application/rss+xml"


def test_discovery_include_renders_alternate_links(rf, site):
    from django.template.loader import render_to_string
    from django.utils import translation

    request = rf.get("/ar/alerts/?severity=severe")
    with translation.override("ar"):
        html = render_to_string("includes/feed_discovery.html", {"request": request})
    assert ('<link rel="alternate" type="application/rss+xml"' in html
            and 'href="/ar/feeds/alerts.rss?severity=severe"' in html)
    assert 'type="application/atom+xml"' in html


LIST_URLS = ["/en/feeds/alerts.rss", "/en/feeds/alerts.json", "/en/embed/alerts/",
             "/api/v1/alerts/", "/feeds/cap/alerts.atom"]


@pytest.mark.parametrize("url", LIST_URLS)
def test_last_modified_moves_when_an_alert_silently_expires_or_is_withdrawn(client, site, url):
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import PageLogEntry

    from alerts.models import AlertPage

    two_hours_ago = timezone.now() - timedelta(hours=2)
    staying = factories.alert("Fake parcel texts")
    expiring = factories.alert("Ticket scam", expires_at=timezone.now() + timedelta(hours=1))
    AlertPage.objects.update(issued_at=two_hours_ago, last_published_at=two_hours_ago)
    PageLogEntry.objects.update(timestamp=two_hours_ago)
    before = client.get(url)
    assert "Ticket scam" in before.text
    assert before["Last-Modified"] == http_date(two_hours_ago.timestamp())
    since = {"if-modified-since": before["Last-Modified"]}
    assert client.get(url, headers=since).status_code == 304

    # the expiry passes: nothing is published, the alert just leaves the list
    expired_at = timezone.now() - timedelta(minutes=5)
    AlertPage.objects.filter(pk=expiring.pk).update(expires_at=expired_at)
    after = client.get(url, headers=since)
    assert after.status_code == 200
    assert "Ticket scam" not in after.text
    assert after["Last-Modified"] == http_date(expired_at.timestamp())
    assert client.get(url, headers={"if-modified-since": after["Last-Modified"]}).status_code == 304

    # withdrawing the other one (a publish, logged) moves it again
    staying.status = AlertPage.Status.WITHDRAWN
    staying.withdrawn_reason = "A genuine delivery firm's texts."
    staying.save_revision().publish()
    assert client.get(url, headers={"if-modified-since": after["Last-Modified"]}).status_code == 200


@pytest.mark.parametrize("kind", ["api", "cap"])
def test_one_alert_is_modified_when_it_silently_expires(client, site, kind):
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import PageLogEntry

    from alerts.models import AlertPage

    two_hours_ago = timezone.now() - timedelta(hours=2)
    alert = factories.alert("Ticket scam", expires_at=timezone.now() + timedelta(hours=1))
    AlertPage.objects.update(issued_at=two_hours_ago, last_published_at=two_hours_ago)
    PageLogEntry.objects.update(timestamp=two_hours_ago)
    url = {"api": f"/api/v1/alerts/{alert.reference_code}/",
           "cap": f"/feeds/cap/{alert.reference_code}.xml"}[kind]
    before = client.get(url)
    assert before["Last-Modified"] == http_date(two_hours_ago.timestamp())
    since = {"if-modified-since": before["Last-Modified"]}
    assert client.get(url, headers=since).status_code == 304

    # the expiry passes: nothing is published, but the alert now reads as expired
    expired_at = timezone.now() - timedelta(minutes=5)
    AlertPage.objects.filter(pk=alert.pk).update(expires_at=expired_at)
    after = client.get(url, headers=since)
    assert after.status_code == 200
    if kind == "api":
        assert after.json()["lifecycle"] == "expired"
    else:
        assert b"<urgency>Past</urgency>" in after.content
    assert after["Last-Modified"] == http_date(expired_at.timestamp())
    assert client.get(url, headers={"if-modified-since": after["Last-Modified"]}).status_code == 304


def test_strict_filters_say_the_request_was_refused_and_what_to_use(client, site, taxonomy):
    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override("pl"):
        listing_words = gettext(
            "Some filter values were not recognised and have been ignored: %(values)s"
        ).split("%")[0].strip()
    for url in ("/pl/feeds/alerts.rss?region=nowhere", "/pl/embed/alerts/?region=nowhere"):
        response = client.get(url)
        assert response.status_code == 400
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert response["Access-Control-Allow-Origin"] == "*"
        message = response.text
        assert "nowhere" in message and "wales" in message  # what was wrong, what to use
        assert listing_words not in message
        assert message.startswith("Nierozpoznane")  # Polish, like the feed

    api = client.get("/api/v1/alerts/?region=nowhere&severity=awful,severe").json()["error"]
    assert api["message"] == (
        "Not recognised in region: nowhere. Use one of: wales. "
        "Not recognised in severity: awful. Use one of: minor, moderate, severe, extreme.")
    # the listing page does ignore what it does not know, and still says so
    listing = client.get("/en/alerts/?region=nowhere")
    assert listing.status_code == 200
    assert "have been ignored: nowhere" in listing.text


def test_last_modified_moves_when_a_scheduled_expiry_unpublishes_an_alert(client, site):
    """Wagtail's publish_scheduled logs its own action ("wagtail.unpublish.scheduled")."""
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import PageLogEntry

    from alerts.models import AlertPage

    two_hours_ago = timezone.now() - timedelta(hours=2)
    factories.alert("Fake parcel texts")
    leaving = factories.alert("Ticket scam")
    AlertPage.objects.update(issued_at=two_hours_ago, last_published_at=two_hours_ago)
    PageLogEntry.objects.update(timestamp=two_hours_ago)
    since = {"if-modified-since": client.get("/en/feeds/alerts.rss")["Last-Modified"]}
    assert client.get("/en/feeds/alerts.rss", headers=since).status_code == 304

    AlertPage.objects.get(pk=leaving.pk).unpublish(
        set_expired=True, log_action="wagtail.unpublish.scheduled")
    after = client.get("/en/feeds/alerts.rss", headers=since)
    assert after.status_code == 200 and "Ticket scam" not in after.text
