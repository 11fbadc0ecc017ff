from django.core.exceptions import ImproperlyConfigured

from fraudalert import environment

from .base import *  # noqa: F403

if not environment.SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production refuses to start without a secret key "
        "(generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )
SECRET_KEY = environment.SECRET_KEY
DEBUG = False
ALLOWED_HOSTS = environment.ALLOWED_HOSTS or ["localhost"]

SECURE_SSL_REDIRECT = environment.flag("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# Django reads the connection lifetime from DATABASES, not from a top-level setting: keep
# each worker's connection for 60 s (DB_CONN_MAX_AGE overrides), checked before reuse.
DATABASES["default"]["CONN_MAX_AGE"] = environment.integer("DB_CONN_MAX_AGE", 60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
