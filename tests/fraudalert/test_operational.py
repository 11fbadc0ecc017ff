import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_health_check_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_check_answers_503_when_the_database_does_not(client):
    with mock.patch("fraudalert.operational_views.connection.cursor",
                    side_effect=OperationalError("server closed the connection")):
        response = client.get("/healthz")
    assert response.status_code == 503


@pytest.mark.django_db
def test_404_page_is_in_the_readers_language(client, site):
    from django.utils import translation

    response = client.get("/pl/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="pl" dir="ltr">' in html
    with translation.override("pl"):
        polish = translation.gettext("Page not found")
    assert polish != "Page not found"
    assert polish in html
    arabic = client.get("/ar/no-such-page/")
    assert arabic.status_code == 404 and 'dir="rtl"' in arabic.content.decode()


@pytest.mark.django_db
def test_robots_txt_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body


def _production(env_extra, *args):
    # not the test run's own settings (the browser tests allow sync DB calls in async code)
    env = {k: v for k, v in os.environ.items()
           if k not in {"SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update({"DJANGO_SETTINGS_MODULE": "fraudalert.settings.production", **env_extra})
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_production_refuses_to_start_without_a_secret_key():
    result = _production({}, "check")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = _production({"SECRET_KEY": "x" * 60 + "-production-like-secret-0123456789"},
                         "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_500_page_is_in_the_readers_language_without_the_database():
    from django.test import RequestFactory
    from django.utils import translation

    from fraudalert.operational_views import server_error

    response = server_error(RequestFactory().get("/ar/alerts/"))  # no database access
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        assert translation.gettext("Sorry, something went wrong") in html
