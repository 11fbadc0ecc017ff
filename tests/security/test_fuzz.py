"""Property-based fuzzing of every public endpoint: hostile input gets a 4xx (or a 200/3xx
that ignores it), never a 500.

The client does not re-raise view exceptions (raise_request_exception=False) and DEBUG is off,
so a crash shows up as what a reader would get: status 500.
"""

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories

FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
LANGS = ["en", "ar", "zh-hans", "cy"]
LISTING_PARAMS = ["fraud_type", "audience", "region", "severity", "status", "page", "q",
                  "page_size", "lang", "limit", "sort", "format"]
GET_ENDPOINTS = [
    "/{lang}/alerts/", "/{lang}/search/", "/{lang}/feeds/alerts.rss",
    "/{lang}/feeds/alerts.atom", "/{lang}/feeds/alerts.json", "/{lang}/embed/alerts/",
    "/feeds/cap/alerts.atom", "/api/v1/", "/api/v1/alerts/", "/api/v1/fraud-types/",
    "/api/v1/audiences/", "/api/v1/regions/", "/api/v1/openapi.json", "/{lang}/advice/",
    "/{lang}/subscribe/", "/{lang}/subscribe/send-my-link/", "/{lang}/flags/new-scam/",
    "/{lang}/partners/", "/sitemap.xml", "/sitemap-{lang}.xml",
]
POST_FORMS = {
    "/{lang}/subscribe/": ["email", "language", "scope", "frequency", "organisation",
                           "fraud_types", "regions", "audiences", "website"],
    "/{lang}/subscribe/send-my-link/": ["email", "website"],
    "/{lang}/flags/": ["page", "answer", "channel", "region", "website"],
    "/{lang}/flags/new-scam/": ["fraud_type", "channel", "region", "description", "website"],
}
TOKEN_PATHS = ["/{lang}/subscribe/confirm/{token}/", "/{lang}/subscribe/manage/{token}/",
               "/{lang}/subscribe/unsubscribe/{token}/", "/feeds/cap/{token}.xml",
               "/api/v1/alerts/{token}/", "/{lang}/alerts/{token}/"]

hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20),
    st.sampled_from([
        "", " ", "-1", "0", "99999999999999999999999999", "1e309", "NaN", "1.5", "０１",
        "phishing,,,", ",", "'; DROP TABLE alerts_alertpage;--", "<script>alert(1)</script>",
        "../../etc/passwd", "%", "%%", "\u202e", "\ufeff", "null", "true", "[]", "{}",
        "a" * 5000, "é" * 3000, "\x00", "\x1b[2J", "\r\nSet-Cookie: x=y", "\udcff"[:0] + "x",
        "severe,extreme,unknown", "all", "withdrawn", "active", "expired",
    ]),
)
# Raw, already percent-encoded query strings: broken UTF-8, lone %, NULs and the like.
raw_query = st.lists(
    st.tuples(st.sampled_from(LISTING_PARAMS + ["x", "", "%ff"]),
              st.one_of(st.sampled_from(["%ff%fe", "%c3%28", "%e2%82", "%00", "%", "%zz",
                                         "%ed%a0%80", "%f4%90%80%80", "+", "%2B"]),
                        hostile_text.map(lambda value: quote(value, safe="")))),
    max_size=6,
)


def encode_text(value):
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


@pytest.fixture
def content(site):
    _home, alert_index, _advice = site
    phishing = factories.fraud_type("Phishing", slug="phishing")
    return factories.alert("Fake parcel texts", parent=alert_index, fraud_types=[phishing],
                           severity="severe", reference_code="FA-2026-0100")


@pytest.fixture
def reader(settings):
    settings.DEBUG = False
    settings.SUBSCRIPTIONS_RATE_LIMIT_PER_IP = (10**6, 60)
    settings.SUBSCRIPTIONS_RATE_LIMIT_PER_ADDRESS = (10**6, 60)
    settings.FLAGS_RATE_LIMIT = (10**6, 60)
    settings.FLAGS_NEW_SCAM_RATE_LIMIT = (10**6, 60)
    return Client(raise_request_exception=False)


def assert_no_server_error(response, what):
    assert response.status_code < 500, f"{response.status_code} for {what}"


@FUZZ
@given(endpoint=st.sampled_from(GET_ENDPOINTS), lang=st.sampled_from(LANGS),
       params=st.lists(st.tuples(st.sampled_from(LISTING_PARAMS), hostile_text), max_size=6))
def test_get_endpoints_with_hostile_query_parameters(reader, content, endpoint, lang, params):
    url = endpoint.format(lang=lang)
    query = "&".join(f"{encode_text(name)}={encode_text(value)}" for name, value in params)
    response = reader.get(f"{url}?{query}")
    assert_no_server_error(response, f"{url}?{query[:300]}")


@FUZZ
@given(endpoint=st.sampled_from(GET_ENDPOINTS), query=raw_query)
def test_get_endpoints_with_broken_percent_encoding(reader, content, endpoint, query):
    url = endpoint.format(lang="en")
    query_string = "&".join(f"{name}={value}" for name, value in query)
    response = reader.get(f"{url}?{query_string}")
    assert_no_server_error(response, f"{url}?{query_string[:300]}")
    if any(bad in query_string for bad in ("%ff", "%c3%28", "%00", "%ed%a0%80")):
        assert response.status_code == 400


@FUZZ
@given(template=st.sampled_from(TOKEN_PATHS), lang=st.sampled_from(LANGS),
       token=st.one_of(hostile_text.filter(lambda t: "/" not in t and t),
                       st.sampled_from(["%ff%fe", "%c0%af", "FA-2026-0100", "FA-9999-9999",
                                        "x" * 3000])))
def test_paths_with_hostile_tokens_and_slugs(reader, content, template, lang, token):
    encoded = token if token.startswith("%") else encode_text(token)
    url = template.format(lang=lang, token=encoded)
    response = reader.get(url)
    assert_no_server_error(response, url[:300])
    assert reader.post(url, {"email": token}).status_code < 500


@FUZZ
@given(endpoint=st.sampled_from(list(POST_FORMS)), lang=st.sampled_from(LANGS),
       data=st.data())
def test_form_posts_with_hostile_fields(reader, content, endpoint, lang, data):
    fields = POST_FORMS[endpoint] + ["csrfmiddlewaretoken", "unexpected"]
    chosen = data.draw(st.lists(st.sampled_from(fields), max_size=len(fields)))
    payload = {}
    for name in chosen:
        payload[name] = data.draw(st.lists(hostile_text, min_size=1, max_size=3))
    if data.draw(st.booleans()):
        payload.setdefault("page", [str(content.pk)])
        payload.setdefault("email", ["reader@example.org"])
    url = endpoint.format(lang=lang)
    response = reader.post(url, payload)
    assert_no_server_error(response, f"POST {url} {str(payload)[:300]}")


@FUZZ
@given(endpoint=st.sampled_from(GET_ENDPOINTS + list(POST_FORMS)),
       method=st.sampled_from(["put", "patch", "delete", "options", "trace", "head", "post"]),
       body=st.binary(max_size=2000),
       content_type=st.sampled_from(["application/json", "application/x-www-form-urlencoded",
                                     "multipart/form-data", "text/plain", "application/xml",
                                     "multipart/form-data; boundary=x"]))
def test_wrong_methods_and_garbage_bodies(reader, content, endpoint, method, body, content_type):
    url = endpoint.format(lang="en")
    response = reader.generic(method.upper(), url, data=body, content_type=content_type)
    assert_no_server_error(response, f"{method.upper()} {url} {content_type}")


def test_oversized_query_and_huge_page_numbers(reader, content):
    for url in ["/en/alerts/?page=" + "9" * 400, "/en/search/?q=" + "a" * 100_000,
                "/api/v1/alerts/?page=99999999999999999999&page_size=100",
                "/en/alerts/?" + "&".join(f"fraud_type=x{i}" for i in range(3000)),
                "/api/v1/alerts/?page_size=-1", "/en/feeds/alerts.rss?status=all&status=nope"]:
        response = reader.get(url)
        assert_no_server_error(response, url[:120])
    big = reader.post("/en/flags/new-scam/", {"description": "x" * 3_000_000})
    assert 400 <= big.status_code < 500
