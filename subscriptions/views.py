"""Public pages under /<lang>/subscribe/. No page says whether an address is subscribed."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import rate_limits, subscribers, tokens
from .forms import PreferencesForm, SendLinkForm, SubscribeForm
from .models import Subscriber


def rate_limited_form(request, template, form):
    """The form again, with what the reader entered and the rate-limit message (429)."""
    response = render(request, template, {"form": form, "rate_limited": True}, status=429)
    response["Retry-After"] = "3600"
    return response


def link_problem(request, expired):
    return render(request, "subscriptions/link_problem.html", {"expired": expired},
                  status=410 if expired else 400)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # only attempts that would send an email count towards the limits
        if not rate_limits.allow(request, "subscribe", form.cleaned_data["email"]):
            return rate_limited_form(request, "subscriptions/subscribe.html", form)
        if not form.is_bot():
            subscribers.sign_up(form)
        return redirect("subscriptions:check_email")
    return render(request, "subscriptions/subscribe.html", {"form": form},
                  status=400 if form.errors else 200)


def check_email(request):
    return render(request, "subscriptions/check_email.html")


@require_http_methods(["GET", "POST"])
def send_link(request):
    form = SendLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not rate_limits.allow(request, "send_link", form.cleaned_data["email"]):
            return rate_limited_form(request, "subscriptions/send_link.html", form)
        if not form.is_bot():
            subscribers.send_link(form.cleaned_data["email"])
        return redirect("subscriptions:check_email")
    return render(request, "subscriptions/send_link.html", {"form": form},
                  status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners fetch links); POST confirms."""
    try:
        subscriber = subscribers.from_token(token, tokens.CONFIRM_SALT, tokens.confirm_age())
    except tokens.Expired:
        return link_problem(request, expired=True)
    except tokens.Invalid:
        return link_problem(request, expired=False)
    if subscriber is None:
        return link_problem(request, expired=True)
    if request.method == "POST":
        subscribers.confirm(subscriber)
        manage_path = reverse("subscriptions:manage",
                              args=[tokens.make(subscriber, tokens.MANAGE_SALT)])
        return redirect(f"{manage_path}?confirmed=1")
    return render(request, "subscriptions/confirm.html")


def _manageable(token):
    """(subscriber, None), or (None, problem): "ended" when the subscriber was deleted (they
    unsubscribed), "invalid" for a tampered link or one revoked by a new key. Manage links
    never expire."""
    try:
        pk, key = tokens.read(token, tokens.MANAGE_SALT)
    except (tokens.Expired, tokens.Invalid):
        return None, "invalid"
    subscriber = Subscriber.objects.filter(pk=pk).first()
    if subscriber is None:
        return None, "ended"
    if subscriber.key != key:
        return None, "invalid"
    return subscriber, None


def subscription_ended(request):
    """A manage link of an address that has unsubscribed (and so was deleted): 410 Gone."""
    return render(request, "subscriptions/subscription_ended.html", status=410)


@require_http_methods(["GET", "POST"])
def manage(request, token):
    subscriber, problem = _manageable(token)
    if problem == "ended":
        return subscription_ended(request)
    if subscriber is None or not subscriber.confirmed_at:
        return link_problem(request, expired=False)
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            form.apply(subscriber)
            saved = True
    else:
        form = PreferencesForm(initial=PreferencesForm.initial_for(subscriber))
    context = {"form": form, "saved": saved, "token": token,
               "just_confirmed": request.GET.get("confirmed") == "1"}
    return render(request, "subscriptions/manage.html", context,
                  status=400 if form.errors else 200)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """RFC 8058: a POST (List-Unsubscribe=One-Click, or the button) unsubscribes at once,
    without login, CSRF token or a further page. GET only shows the button."""
    subscriber, problem = _manageable(token)
    if problem == "invalid":
        return link_problem(request, expired=False)
    if request.method == "POST":
        if subscriber is not None:
            subscribers.unsubscribe(subscriber)
        return render(request, "subscriptions/unsubscribed.html")
    if subscriber is None:
        return render(request, "subscriptions/unsubscribed.html")
    return render(request, "subscriptions/unsubscribe.html", {"token": token})

