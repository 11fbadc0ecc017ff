"""Security headers: strict on the public site, frameable widget, relaxed CSP for the admin only."""

import importlib
import sys

import pytest

from fraudalert import environment

PUBLIC_PAGES = ["/en/", "/ar/alerts/", "/en/search/?q=courier", "/en/subscribe/",
                "/en/feeds/alerts.rss", "/api/v1/alerts/", "/en/embed/"]


def policy(response):
    return dict(
        (part.split(" ", 1) + [""])[:2]
        for part in (p.strip() for p in response["Content-Security-Policy"].split(";"))
    )


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_responses_carry_every_security_header(client, published_alert, url):
    response = client.get(url)
    assert response.status_code == 200
    csp = policy(response)
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert csp["frame-ancestors"] == "'none'"
    assert csp["object-src"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def test_alert_page_sends_the_strict_policy(client, published_alert):
    response = client.get(published_alert.url)
    assert response.status_code == 200
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_widget_may_be_framed_by_any_site(client, published_alert):
    response = client.get("/pl/embed/alerts/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    csp = policy(response)
    assert csp["frame-ancestors"] == "*"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "Permissions-Policy" in response


def test_admin_gets_its_own_policy_framed_by_itself_only(client, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    csp = policy(response)
    assert "'unsafe-inline'" in csp["script-src"]  # Wagtail's admin needs inline scripts
    assert csp["frame-ancestors"] == "'self'"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_login_page_works_under_its_policy(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in policy(response)["script-src"]
    # The public site never gets the admin's policy.
    assert "unsafe-inline" not in client.get("/en/")["Content-Security-Policy"]


@pytest.fixture
def production_settings(settings, monkeypatch):
    """The security settings of fraudalert/settings/production.py, applied to this test."""
    monkeypatch.setattr(environment, "SECRET_KEY", "p" * 60)
    monkeypatch.delenv("SECURE_SSL_REDIRECT", raising=False)
    sys.modules.pop("fraudalert.settings.production", None)
    production = importlib.import_module("fraudalert.settings.production")
    for name in dir(production):
        if name.startswith(("SECURE_", "SESSION_COOKIE", "CSRF_COOKIE")):
            setattr(settings, name, getattr(production, name))
    return production


def test_production_settings_send_hsts_and_redirect_to_https(client, site, production_settings):
    response = client.get("/en/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response.cookies.get("sessionid") is None  # no session for anonymous readers
    plain = client.get("/en/")
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")


def test_invalid_utf8_in_the_path_or_query_is_a_400(client, site):
    for url in ["/en/alerts/?q=%ff%fe", "/en/search/?q=%c3%28", "/en/%ff%fe/",
                "/api/v1/alerts/?fraud_type=%80", "/en/search/?q=a%00b"]:
        response = client.get(url)
        assert response.status_code == 400, url


def test_unreadable_address_page_is_all_in_the_readers_language(client, site):
    client.get("/en/")
    expected = {
        "ar": "هذا العنوان غير صالح: يحتوي على أحرف لا يمكن قراءتها.",
        "pl": "Ten adres jest nieprawidłowy: zawiera znaki, których nie można odczytać.",
    }
    for code, message in expected.items():
        response = client.get(f"/{code}/alerts/?fraud_type=%FF")
        html = response.content.decode()
        assert response.status_code == 400 and f'lang="{code}"' in html
        assert message in html
        assert "cannot be read" not in html
