"""A form POST without the CSRF cookie gets a site page in the reader's language (403)."""

import pytest
from django.test import Client


@pytest.mark.parametrize(
    "path,data,language,heading",
    [
        ("/ar/subscribe/", {"email": "reader@example.org", "scope": "all"}, "ar",
         "انتهت صلاحية هذا النموذج"),
        ("/pl/flags/new-scam/", {"description": "A fake courier called"}, "pl",
         "Ten formularz wygasł"),
        ("/en/subscribe/send-my-link/", {"email": "reader@example.org"}, "en",
         "This form has expired"),
    ],
)
def test_post_without_csrf_cookie_is_a_page_that_links_back_to_the_form(
        site, path, data, language, heading):
    response = Client(enforce_csrf_checks=True).post(path, data)
    html = response.content.decode()
    assert response.status_code == 403
    assert f'lang="{language}"' in html and heading in html
    assert f'href="{path}"' in html
    assert "CSRF" not in html
