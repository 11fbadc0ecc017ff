"""The API's Content-Language and Vary: its language is the `lang` parameter, nothing else.

LocaleMiddleware treats every URL without a language prefix alike: it labels the answer with
the language it negotiated from the cookie or Accept-Language (`Content-Language`) and adds
`Vary: Accept-Language`. Neither is true of the API, whose text is in the language `lang=`
names (English without it, and for every error, the index and the OpenAPI document), the same
for every reader. This middleware sits just outside LocaleMiddleware (and inside the page
cache, so stored answers carry the corrected headers) and puts that right on /api/ answers.
"""

from languages import supported

ANSWERED_IN_LANG = (200, 304)  # a 304 stands for the 200 a cache holds: same language


def answer_language(request, response):
    """The language of an API answer: `lang` for a successful one (the view accepted it),
    English for errors, redirects and the endpoints that take no `lang`."""
    if response.status_code in ANSWERED_IN_LANG:
        return request.GET.get("lang", supported.DEFAULT)
    return supported.DEFAULT


def without_accept_language(vary):
    kept = [name.strip() for name in vary.split(",")
            if name.strip() and name.strip().lower() != "accept-language"]
    return ", ".join(kept)


class ApiLanguageHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path_info.startswith("/api/"):
            return response
        if response.status_code == 204:  # a preflight: no content, no language
            response.headers.pop("Content-Language", None)
        else:
            response["Content-Language"] = answer_language(request, response)
        if response.has_header("Vary"):
            vary = without_accept_language(response["Vary"])
            if vary:
                response["Vary"] = vary
            else:
                del response["Vary"]
        return response
