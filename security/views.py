"""Admin views for optional two-step verification (see security/two_factor.py)."""

import segno
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.forms import TokenForm
from security.two_factor import confirmed_device


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


@require_http_methods(["GET", "POST"])
def two_factor_verify(request):
    """The step after the password, for editors who turned two-step verification on."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(_next_url(request))
    form = TokenForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_next_url(request))
    return TemplateResponse(
        request, "security/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


@require_http_methods(["GET", "POST"])
def two_factor_setup(request):
    """Turn on (scan the key, confirm one code) or off (confirm one code)."""
    user = request.user
    device = confirmed_device(user)
    if device is not None:
        form = TokenForm(device, request.POST or None)
        if request.method == "POST" and form.is_valid():
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("Two-step verification is off."))
            return redirect("wagtailadmin_account")
        return TemplateResponse(request, "security/two_factor_setup.html", {
            "form": form, "enabled": True, "page_title": _("Two-step verification"),
        })

    pending, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": "Authenticator app"}
    )
    form = TokenForm(pending, request.POST or None)
    if request.method == "POST" and form.is_valid():
        pending.confirmed = True
        pending.save(update_fields=["confirmed"])
        otp_login(request, pending)
        messages.success(request, _("Two-step verification is on."))
        return redirect("wagtailadmin_account")
    qr = segno.make(pending.config_url, error="m")
    return TemplateResponse(request, "security/two_factor_setup.html", {
        "form": form,
        "enabled": False,
        "page_title": _("Two-step verification"),
        "qr_data_uri": qr.svg_data_uri(scale=5, border=2),
        "secret": _group(pending.bin_key),
    })


def _group(key):
    from base64 import b32encode

    text = b32encode(key).decode().rstrip("=")
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))
