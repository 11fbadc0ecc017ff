from fraudalert import environment

from .base import *  # noqa: F403

DEBUG = environment.flag("DEBUG", True)
SECRET_KEY = environment.SECRET_KEY or "dev-only-insecure-key-never-used-in-production"
MAILERS = mailers("django.core.mail.backends.console.EmailBackend")  # noqa: F405
INTERNAL_IPS = ["127.0.0.1"]
PAGE_CACHE_ENABLED = environment.flag("PAGE_CACHE", False)  # fresh templates while developing
