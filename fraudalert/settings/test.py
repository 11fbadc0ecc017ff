
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
