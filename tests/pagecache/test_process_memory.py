"""Facts a worker remembers per generation (pagecache.memo): the site for a host and whether
any view restriction exists. Each is used, and a change to what it remembers is seen at once.
The page cache is on (tests/pagecache/conftest.py); the bypass cookie makes every request
render."""

import time
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from tests import factories


@pytest.fixture
def client(client, settings):
    client.cookies[settings.PAGE_CACHE_BYPASS_COOKIES[0]] = "1"
    return client


def sql_of_second_request(client, url):
    client.get(url)
    executed = []

    def record(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get(url)
    return response, executed


def test_pages_ask_neither_for_the_site_nor_for_view_restrictions_when_none_exist(
        client, site):
    alert = factories.alert("Courier scam")
    for url in ("/en/alerts/", alert.url):
        response, executed = sql_of_second_request(client, url)
        assert response.status_code == 200
        assert any("alerts_alertpage" in sql for sql in executed), url  # rendered, not stored
        assert not [sql for sql in executed if "wagtailcore_site" in sql], url
        # (the alert's own links keep an EXISTS on restrictions inside their page query)
        assert not [sql for sql in executed
                    if sql.startswith('SELECT "wagtailcore_pageviewrestriction"')], url


def test_a_view_restriction_added_after_pages_were_served_applies_at_once(client, site):
    alert = factories.alert("Courier scam")
    assert client.get(alert.url).status_code == 200
    assert b"Courier scam" in client.get("/en/alerts/").content

    restriction = PageViewRestriction.objects.create(
        page=alert, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Staff only"))

    assert client.get(alert.url).status_code == 302  # to the login page
    assert b"Courier scam" not in client.get("/en/alerts/").content

    restriction.delete()
    assert client.get(alert.url).status_code == 200


def test_a_changed_site_hostname_applies_at_once(client, settings, site):
    settings.ALLOWED_HOSTS = ["*"]
    home = site[0]
    assert client.get("/en/", HTTP_HOST="alerts.example").status_code == 200

    default = Site.objects.get(is_default_site=True)
    default.is_default_site = False
    default.hostname = "elsewhere.example"
    default.save()
    assert client.get("/en/", HTTP_HOST="alerts.example").status_code == 404

    Site.objects.create(hostname="alerts.example", root_page=home, is_default_site=True)
    assert client.get("/en/", HTTP_HOST="alerts.example").status_code == 200


def test_the_list_count_is_remembered_until_an_alert_is_published_or_expires(client, site):
    factories.alert("Courier scam")
    factories.alert("Short-lived scam", expires_at=timezone.now() + timedelta(seconds=3))
    response, executed = sql_of_second_request(client, "/en/alerts/")
    assert "2 alerts" in response.text
    assert not [sql for sql in executed if "COUNT(*)" in sql]

    factories.alert("Ticket scam")
    assert "3 alerts" in client.get("/en/alerts/").text

    time.sleep(3.2)
    assert "2 alerts" in client.get("/en/alerts/").text
    # a filtered list has its own count
    assert "1 alert" in client.get("/en/alerts/?status=expired").text
