
from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = mailers("django.core.mail.backends.locmem.EmailBackend")  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
WHITENOISE_AUTOREFRESH = True
PAGE_CACHE_ENABLED = False  # tests/pagecache turn it on; other apps test fresh renders
# django-axes' backend needs the request, which authenticate(username=..., password=...) in
# tests does not pass; tests/security/test_admin_protection.py puts it back (base.py's list).
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]

# Quiet, fast tests: no INFO log per task and page save; the Wagtail search index (used only
# by the admin's page search) is not updated on every save.
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
# django-axes' backend needs the request, which authenticate(username=..., password=...) in
# tests does not pass; tests/security/test_admin_protection.py puts it back (base.py's list).
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
