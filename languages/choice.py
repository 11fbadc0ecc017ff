"""`/language/<code>/?next=/<code>/...`: the language switcher's links. The reader's choice
is remembered in the language cookie (LANGUAGE_COOKIE_NAME, a year), so `/` and any other
unprefixed address take them to their language next time, then they are sent on to the page
in that language.

Only a choice made with the switcher is remembered (the cookie is one the reader asked for:
no consent banner needed); following a link to /ar/... from elsewhere changes nothing.
The view answers GET (a plain link, no JavaScript) and sets nothing but that cookie; a
`next` that is not a path on this site in the chosen language gives that language's home.
"""

from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_from_path

from languages import supported


def choose_language(request, code):
    if code not in supported.CODES:
        raise Http404("No such language")
    destination = request.GET.get("next", "")
    if not (destination.startswith("/")
            and url_has_allowed_host_and_scheme(destination, allowed_hosts=None)
            and get_language_from_path(destination.split("?", 1)[0]) == code):
        destination = f"/{code}/"
    response = HttpResponseRedirect(destination)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, code,
        max_age=settings.LANGUAGE_COOKIE_AGE, samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE, httponly=True, path="/",
    )
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    return response


def choice_url(code, destination):
    """The switcher's link: remember `code`, then go to `destination` (a path in it).
    Sixteen per page: the address is built by hand, not by reverse() and urlencode()."""
    return f"/language/{code}/?next={quote(destination, safe='/')}"
