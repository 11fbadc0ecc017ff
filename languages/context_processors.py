from django.utils import translation

from . import supported


def language(request):
    """The active language (code, direction, own name) for every template."""
    current = supported.get(translation.get_language())
    return {"current_language": current, "supported_languages": supported.LANGUAGES}
