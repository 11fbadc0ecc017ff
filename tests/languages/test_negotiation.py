"""`/` sends readers to their language: cookie, then Accept-Language, then English."""

import pytest
from django.conf import settings


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("headers", "cookie", "expected"),
    [
        ({}, None, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": "ar,en;q=0.5"}, None, "/ar/"),
        ({"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9"}, None, "/zh-hans/"),
        ({"HTTP_ACCEPT_LANGUAGE": "pa-IN"}, None, "/pa/"),
        ({"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9"}, None, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": "ar"}, "pl", "/pl/"),
        ({}, "so", "/so/"),
        ({}, "gu", "/gu/"),
    ],
)
def test_root_redirects_to_the_readers_language(client, site, headers, cookie, expected):
    if cookie:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert client.get(expected).status_code == 200


@pytest.mark.django_db
def test_unprefixed_path_is_sent_to_the_prefixed_one(client, site):
    response = client.get("/search/", HTTP_ACCEPT_LANGUAGE="cy")
    assert response.status_code == 302
    assert response["Location"] == "/cy/search/"
