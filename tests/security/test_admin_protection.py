"""Admin sign-in: lockout after repeated failures (django-axes through Wagtail's own login view),
optional two-step verification, password strength, session expiry, configurable admin path."""

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import clear_url_caches, reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.security.conftest import PASSWORD


@pytest.fixture(autouse=True)
def axes_backend(settings):
    """The real backends (base.py): test.py leaves out axes' for request-less authenticate()."""
    from fraudalert.settings import base

    settings.AUTHENTICATION_BACKENDS = base.AUTHENTICATION_BACKENDS
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"


def sign_in(client, password, username="editor", ip="198.51.100.7"):
    return client.post("/admin/login/", {"username": username, "password": password},
                       REMOTE_ADDR=ip)


def test_five_wrong_passwords_lock_the_account_from_that_address(client, editor):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "wrong password")
        assert response.status_code == 200  # the login form again, with its error
        assert "_auth_user_id" not in client.session
    locked = sign_in(client, "wrong password")
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    # Even the right password is refused while locked out.
    refused = sign_in(client, PASSWORD)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session
    # Another address, or another username, is not affected.
    assert sign_in(client, PASSWORD, ip="203.0.113.9").status_code == 302


def test_the_lockout_ends_after_thirty_minutes(client, editor):
    from datetime import timedelta

    from axes.models import AccessAttempt

    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "wrong password")
    assert sign_in(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time
                                 - timedelta(minutes=31))
    assert sign_in(client, PASSWORD).status_code == 302


def test_a_successful_sign_in_resets_the_failure_count(client, editor):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong password")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong password").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302


@pytest.mark.parametrize("weak", ["short1!", "password1234", "123456789012", "editor-editor1"])
def test_weak_passwords_are_refused(django_user_model, weak):
    user = django_user_model(username="editor-editor1", email="editor@fraudalert.example")
    with pytest.raises(ValidationError):
        validate_password(weak, user)


def test_sessions_expire_after_eight_hours_or_when_the_browser_closes(client, editor):
    assert sign_in(client, PASSWORD).status_code == 302
    assert client.session.get_expire_at_browser_close()
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert not cookie["max-age"]  # a browser-session cookie


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_editor_turns_on_two_step_verification_and_is_then_asked_for_a_code(client, editor):
    client.force_login(editor)
    account = client.get(reverse("wagtailadmin_account"))
    assert "Turn on two-step verification" in account.content.decode()
    setup = client.get(reverse("security_two_factor_setup"))
    assert setup.status_code == 200
    assert "data:image/svg+xml" in setup.content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    wrong = client.post(reverse("security_two_factor_setup"), {"token": "000000"})
    assert "That code is not right" in wrong.content.decode()
    device.refresh_from_db()
    assert device.throttling_failure_count == 1  # django-otp slows down guessing
    device.throttle_reset()
    done = client.post(reverse("security_two_factor_setup"), {"token": code_for(device)})
    assert done.status_code == 302
    device.refresh_from_db()
    assert device.confirmed

    client.logout()
    assert sign_in(client, PASSWORD).status_code == 302
    # Password alone is not enough now: every admin page sends the editor to the code step.
    step = client.get("/admin/pages/")
    assert step.status_code == 302
    assert step["Location"].startswith(reverse("security_two_factor_verify"))
    assert client.post(step["Location"], {"token": "123456"}).status_code == 200
    assert client.get("/admin/pages/").status_code == 302
    device.refresh_from_db()
    device.last_t = -1  # the code above was used once already; allow it again
    device.throttle_reset(commit=False)
    device.save()
    verified = client.post(step["Location"], {"token": code_for(device)})
    assert verified.status_code == 302
    assert verified["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_editors_without_two_step_verification_are_not_asked(client, editor):
    assert sign_in(client, PASSWORD).status_code == 302
    assert client.get("/admin/pages/").status_code == 200


def test_verification_step_does_not_redirect_off_site(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    client.force_login(editor)
    url = reverse("security_two_factor_verify") + "?next=https://evil.example/"
    response = client.post(url, {"token": code_for(device)})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_the_admin_path_is_configurable(client, editor, settings):
    settings.ADMIN_PATH = "back-office-7f3a"
    import importlib

    from fraudalert import urls

    try:
        settings.ROOT_URLCONF = importlib.reload(urls).__name__
        clear_url_caches()
        client.force_login(editor)
        assert client.get("/back-office-7f3a/").status_code == 200
        response = client.get("/back-office-7f3a/")
        assert response["X-Frame-Options"] == "SAMEORIGIN"  # the admin's own headers follow
        assert client.get("/admin/").status_code in (302, 404)
    finally:
        settings.ADMIN_PATH = "admin"
        importlib.reload(urls)
        clear_url_caches()
