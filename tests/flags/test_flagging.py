"""Flagging through real HTTP in several languages; nothing identifying is stored; the
duplicate rule, the honeypot, CSRF and the rate limit."""

import json
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.template import Context, RequestContext, Template
from django.test import Client, RequestFactory, override_settings
from django.utils import timezone

from flags.flagged_cookie import COOKIE_NAME
from flags.models import Flag
from tests import factories
from tests.flags.conftest import IP, USER_AGENT, post_flag

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ar", "pl"])
def test_flagging_in_the_readers_language_stores_one_flag_and_thanks_them(scam, client, language):
    response = post_flag(
        client,
        scam["alert"],
        "lost_money",
        language,
        region=scam["region"].pk,
        channel="phone_call",
    )
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/flags/thank-you/")
    flag = Flag.objects.get()
    assert (flag.page_id, flag.answer, flag.region, flag.channel, flag.language) == (
        scam["alert"].pk,
        "lost_money",
        scam["region"],
        "phone_call",
        language,
    )
    assert flag.created_on == timezone.localdate()

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert thanks.status_code == 200 and f'lang="{language}"' in html
    assert "https://www.reportfraud.police.uk/" in html and "999" in html
    assert scam["alert"].url in html


def test_thank_you_page_is_translated(scam, client):
    html = client.get(post_flag(client, scam["alert"], language="pl")["Location"]).content
    assert "Dziękujemy" in html.decode()
    html = client.get(post_flag(client, scam["advice"], language="ar")["Location"]).content
    assert "شكر" in html.decode()


def test_nothing_identifying_is_stored(scam, client):
    post_flag(client, scam["alert"], "contacted", "pl", channel="text_message")
    post_flag(client, scam["advice"], "someone_i_know", "ar", region=scam["region"].pk)
    cookie_value = client.cookies[COOKIE_NAME].value

    columns = {field.column for field in Flag._meta.concrete_fields}
    assert columns == {"id", "page_id", "answer", "region_id", "channel", "language", "created_on"}
    stored = list(Flag.objects.values())
    assert len(stored) == 2
    for row in stored:
        for value in row.values():
            text = str(value)
            assert IP not in text and USER_AGENT not in text and cookie_value not in text

    out = StringIO()
    call_command("dumpdata", "flags", stdout=out)
    dump = out.getvalue()
    assert json.loads(dump) and IP not in dump and "FlagTestBrowser" not in dump
    assert cookie_value not in dump
    assert "created_on" in dump and "T" not in json.loads(dump)[0]["fields"]["created_on"]


def test_rate_limit_cache_keys_do_not_contain_the_ip(scam, client):
    post_flag(client, scam["alert"])
    keys = list(cache._cache.keys())  # LocMemCache, as in the test settings
    assert any(":flags:flag:" in key for key in keys)
    assert not any(IP in key for key in keys)


def test_same_browser_same_page_same_day_is_counted_once(scam, client):
    for answer in ("contacted", "lost_money", "contacted"):
        assert post_flag(client, scam["alert"], answer).status_code == 302
    assert Flag.objects.filter(page=scam["alert"]).count() == 1
    post_flag(client, scam["advice"])
    assert Flag.objects.filter(page=scam["advice"]).count() == 1
    assert Flag.objects.count() == 2

    cookie = client.cookies[COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert 0 < int(cookie["max-age"]) <= 24 * 3600

    other_browser = Client()
    post_flag(other_browser, scam["alert"])
    assert Flag.objects.filter(page=scam["alert"]).count() == 2


def test_a_forged_cookie_does_not_suppress_or_break_flagging(scam, client):
    today = timezone.localdate().isoformat()
    client.cookies[COOKIE_NAME] = f"{today}:{scam['alert'].pk}"  # unsigned
    assert post_flag(client, scam["alert"]).status_code == 302
    assert Flag.objects.count() == 1


def test_yesterdays_cookie_does_not_count(scam, client):
    from flags import flagged_cookie

    post_flag(client, scam["alert"])
    request = RequestFactory().get("/")
    request.COOKIES[COOKIE_NAME] = client.cookies[COOKIE_NAME].value
    assert flagged_cookie.flagged_today(request) == {scam["alert"].pk}
    tomorrow = timezone.localdate() + timezone.timedelta(days=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "localdate", lambda: tomorrow)
        assert flagged_cookie.flagged_today(request) == set()


def test_honeypot_filled_stores_nothing_but_looks_the_same(scam, client):
    response = post_flag(client, scam["alert"], website="http://spam.example")
    assert response.status_code == 302 and "/flags/thank-you/" in response["Location"]
    assert not Flag.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"answer": "nonsense"},
        {"answer": "contacted", "region": "999999"},
        {"answer": "contacted", "channel": "carrier-pigeon"},
    ],
)
def test_bad_input_is_a_clear_400_in_the_readers_language(scam, client, data):
    fields = {"page": scam["alert"].pk, **data}
    response = client.post("/pl/flags/", fields, REMOTE_ADDR=IP, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 400
    assert 'lang="pl"' in response.content.decode()
    assert not Flag.objects.exists()
    # with a way back to the page the reader was on
    assert f'href="{scam["alert"].url.replace("/en/", "/pl/")}"' in response.text


def test_a_refusal_without_a_readable_page_has_no_link_back(scam, client):
    for page in ("", "abc", "99999999", "1" * 40):
        response = client.post("/pl/flags/", {"page": page, "answer": "contacted"},
                               REMOTE_ADDR=IP, HTTP_ORIGIN="http://testserver")
        assert response.status_code == 400, page
        assert scam["alert"].url.replace("/en/", "/pl/") not in response.text
        assert 'href="/pl/alerts/' + scam["alert"].slug not in response.text


def test_changing_language_on_the_thank_you_page_keeps_the_way_back(scam, client):
    import html as html_module
    import re
    from urllib.parse import parse_qs, urlsplit

    thanks_url = post_flag(client, scam["alert"], language="ar")["Location"]
    page = client.get(thanks_url).text
    switch = re.search(r'<a href="(/language/pl/[^"]+)"', page).group(1)
    destination = parse_qs(urlsplit(html_module.unescape(switch)).query)["next"][0]
    polish = client.get(destination)
    assert polish.status_code == 200
    assert scam["alert"].url.replace("/en/", "/pl/") in polish.text
    # a link sent before the parameter was renamed still leads back
    legacy = client.get(f"/en/flags/thank-you/?page={scam['alert'].pk}").text
    assert scam["alert"].url in legacy


def test_only_live_alert_and_advice_pages_can_be_flagged(scam, client):
    home = scam["alert"].get_parent().get_parent()
    draft = factories.alert("Draft", publish=False, live=False)
    for page in (home, draft):
        assert post_flag(client, page).status_code == 400
    assert client.put("/en/flags/").status_code == 405
    assert not Flag.objects.exists()


def test_get_on_the_flag_address_goes_to_the_home_page_in_that_language(scam, client):
    """The language switcher on "We could not record that" links to GET /<lang>/flags/."""
    for code in ("pl", "ar"):
        response = client.get(f"/{code}/flags/")
        assert response.status_code == 302 and response["Location"] == f"/{code}/"
        assert client.get(response["Location"]).status_code == 200
    assert not Flag.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "", "HTTP_REFERER": "https://evil.example/page"},
        {"HTTP_ORIGIN": "", "HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": ""},
    ],
)
def test_cross_site_flags_are_refused_with_a_403_in_the_readers_language(scam, headers):
    response = post_flag(
        Client(enforce_csrf_checks=True), scam["alert"], language="ar", headers=headers
    )
    assert response.status_code == 403 and 'dir="rtl"' in response.content.decode()
    assert not Flag.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": "", "HTTP_REFERER": "http://testserver/en/alerts/x/"},
    ],
)
def test_same_origin_flags_need_no_csrf_token(scam, headers):
    response = post_flag(Client(enforce_csrf_checks=True), scam["alert"], headers=headers)
    assert response.status_code == 302 and Flag.objects.count() == 1


def test_new_scam_form_keeps_djangos_csrf_token_check(site):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        "/en/flags/new-scam/", {"description": "x"}, HTTP_ORIGIN="http://testserver"
    )
    assert response.status_code == 403


@override_settings(FLAGS_RATE_LIMIT=(3, 3600))
def test_rate_limit_answers_429_in_the_readers_language(scam):
    pages = [scam["alert"], scam["advice"]]
    for i in range(3):
        assert post_flag(Client(), pages[i % 2], language="pl").status_code == 302
    limited = post_flag(Client(), scam["alert"], language="pl")
    assert limited.status_code == 429 and limited["Retry-After"] == "3600"
    html = limited.content.decode()
    assert 'lang="pl"' in html and "Spróbuj ponownie później" in html
    assert Flag.objects.count() == 3
    other_ip = Client().post(
        "/pl/flags/",
        {"page": scam["alert"].pk, "answer": "contacted"},
        REMOTE_ADDR="198.51.100.1",
        HTTP_ORIGIN="http://testserver",
    )
    assert other_ip.status_code == 302


def _render_form(page, language, request):
    from django.utils import translation

    with translation.override(language):
        template = Template("{% load flag_tags %}{% flag_form page %}")
        return template.render(RequestContext(request, {"page": page}))


@pytest.mark.parametrize(
    "language,heading",
    [
        ("en", "Have you been targeted by this?"),
        ("pl", "Czy ktoś próbował Cię w ten sposób oszukać?"),
    ],
)
def test_inclusion_tag_renders_one_step_answers_and_optional_selects(scam, rf, language, heading):
    html = _render_form(scam["alert"], language, rf.get("/"))
    assert heading in html
    assert html.count('type="submit" name="answer"') == 3
    assert 'name="region"' in html and 'name="channel"' in html
    assert "<textarea" not in html and 'type="email"' not in html
    assert "csrfmiddlewaretoken" not in html  # the page stays cacheable (flags/same_origin.py)
    assert f'value="{scam["alert"].pk}"' in html
    assert "Wielki Manchester" in html if language == "pl" else "Greater Manchester" in html


def test_inclusion_tag_says_thank_you_when_already_flagged_today(scam, client, rf):
    post_flag(client, scam["alert"])
    request = rf.get("/")
    request.COOKIES[COOKIE_NAME] = client.cookies[COOKIE_NAME].value
    html = _render_form(scam["alert"], "en", request)
    assert "you have told us about this today" in html
    assert 'name="answer"' not in html
    assert 'name="answer"' in _render_form(scam["advice"], "en", request)


def test_inclusion_tag_form_posts_to_the_flag_view(scam, client, rf):
    html = Template("{% load flag_tags %}{% flag_form page %}").render(
        Context({"page": scam["advice"], "request": rf.get("/")})
    )
    assert 'action="/en/flags/"' in html


@pytest.mark.django_db
def test_every_alert_and_advice_page_asks_have_you_been_targeted(client, site):
    from django.utils import translation

    from tests import factories

    alert = factories.alert("Courier callers", title_ar="متصلون مزيفون", summary_ar="ملخص")
    advice = factories.advice("Courier fraud")
    for url in (alert.get_url(), advice.get_url()):
        body = client.get(url).content.decode()
        assert 'action="/en/flags/"' in body and "I lost money" in body, url
    with translation.override("ar"):
        expected = translation.gettext("Have you been targeted by this?")
    arabic = client.get(alert.get_url().replace("/en/", "/ar/", 1)).content.decode()
    assert expected in arabic and expected != "Have you been targeted by this?"


@override_settings(FLAGS_RATE_LIMIT=(2, 3600))
def test_flags_that_are_not_recorded_do_not_count_towards_the_limit(scam):
    client = Client()
    for _ in range(4):
        assert post_flag(client, scam["alert"], answer="nonsense").status_code == 400
    assert post_flag(client, scam["alert"]).status_code == 302
    assert post_flag(client, scam["advice"]).status_code == 302
    assert post_flag(client, scam["alert"]).status_code == 429
