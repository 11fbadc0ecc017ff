"""Public views under /<lang>/flags/: the one-step flag, the thank-you page and
"Seen a new scam?". What is stored is in flags.models; nothing about the reader is."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from languages import supported

from . import flagged_cookie, rate_limits, same_origin
from .forms import FlagForm, NewScamForm, flaggable_pages
from .models import Flag, NewScamReport

REPORT_FRAUD_URL = "https://www.reportfraud.police.uk/"


def _language():
    code = get_language()
    return code if supported.get(code) else settings.LANGUAGE_CODE


def rate_limited(request):
    response = render(request, "flags/rate_limited.html", status=429)
    response["Retry-After"] = "3600"
    return response


def not_recorded(request, errors, status):
    """The flag was refused: say why, with a link back to the page it came from if the
    form named one readers can see."""
    return render(request, "flags/not_recorded.html",
                  {"errors": errors, "flagged_page": _flaggable(request.POST.get("page", ""))},
                  status=status)


def _flaggable(page_id):
    if not isinstance(page_id, str) or not page_id.isdecimal() or len(page_id) > 12:
        return None
    return flaggable_pages().filter(pk=int(page_id)).first()


@csrf_exempt  # checked by origin instead of a token: see flags/same_origin.py
@require_http_methods(["GET", "HEAD", "POST"])
def flag(request):
    if request.method != "POST":
        # nothing to show at /<lang>/flags/ (the language switcher on "We could not record
        # that" links here): the home page in that language
        return redirect(f"/{_language()}/")
    if not same_origin.is_same_origin(request):
        return not_recorded(request, [_("Please send this from our own website.")], 403)
    form = FlagForm(request.POST)
    if not form.is_valid():
        errors = [error for field_errors in form.errors.values() for error in field_errors]
        return not_recorded(request, errors, 400)
    if not rate_limits.allow_flag(request):  # only flags that would be recorded count
        return rate_limited(request)
    page = form.cleaned_data["page"]
    # "flagged", not "page": the language switcher drops "page" (a list's page number)
    response = redirect(f"{reverse('flags:thanks')}?flagged={page.pk}")
    if form.is_bot():
        return response
    already = flagged_cookie.flagged_today(request)
    if page.pk not in already:
        Flag.objects.create(
            page=page,
            answer=form.cleaned_data["answer"],
            region=form.cleaned_data["region"],
            channel=form.cleaned_data["channel"],
            language=_language(),
        )
        flagged_cookie.remember(request, response, already | {page.pk})
    return response


@require_GET
def thanks(request):
    # ?page= was the name before; links already sent still work
    page = _flaggable(request.GET.get("flagged") or request.GET.get("page", ""))
    return render(
        request, "flags/thanks.html", {"flagged_page": page, "report_fraud_url": REPORT_FRAUD_URL}
    )


@require_http_methods(["GET", "POST"])
def new_scam(request):
    form = NewScamForm(request.POST or None)
    context = {"form": form, "report_fraud_url": REPORT_FRAUD_URL}
    if request.method == "POST" and form.is_valid():
        # only reports that would be recorded count; over the limit, the form comes back
        # with what the reader wrote
        if not rate_limits.allow_new_scam(request):
            response = render(
                request, "flags/new_scam.html", {**context, "rate_limited": True}, status=429
            )
            response["Retry-After"] = "3600"
            return response
        if not form.is_bot():
            data = form.cleaned_data
            NewScamReport.objects.create(
                fraud_type=data["fraud_type"],
                channel=data["channel"],
                region=data["region"],
                description=data["description"],
                language=_language(),
            )
        return redirect(f"{reverse('flags:thanks')}?new=1")
    return render(request, "flags/new_scam.html", context, status=400 if form.errors else 200)
