"""Optional two-step verification for editors: a TOTP code from an authenticator app.

An editor turns it on under Account -> "Two-step verification" (views.two_factor_setup).
From then on, after the password, the admin asks for a six-digit code before it shows
anything else (this middleware); users without a confirmed device are not asked.
django_otp.middleware.OTPMiddleware (before this one) gives `request.user.is_verified()`.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.middleware import admin_prefix

# Admin views an unverified editor may still reach: the step itself, signing out, the
# admin's static helpers.
OPEN_VIEWS = {
    "security_two_factor_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def needs_verification(user):
    return (
        user.is_authenticated
        and not user.is_verified()
        and TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    )


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(admin_prefix()):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_VIEWS:
            return None
        if not needs_verification(request.user):
            return None
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('security_two_factor_verify')}?{query}")
