"""The one place the process environment is read.

Every setting that can differ between a laptop, CI and production comes from here,
so that `grep environment.` shows all of them.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def text(name, default=""):
    return os.environ.get(name, default)


def flag(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def integer(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def listing(name, default=()):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def database(default_sqlite_name="db.sqlite3"):
    """`DATABASE_URL`, or a SQLite file in the project.

    On SQLite the web server, the task worker and management commands write to one file:
    transactions take the write lock when they begin (IMMEDIATE), so one never starts by
    reading and then finds it cannot write ("database is locked" at once, whatever the
    timeout); each waits up to 20 s for the lock, and the file is in WAL mode, so readers
    never wait for a writer."""
    config = dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / default_sqlite_name}",
        conn_max_age=integer("DB_CONN_MAX_AGE", 0),
    )
    if config.get("ENGINE") == "django.db.backends.sqlite3":
        config.setdefault("OPTIONS", {}).update({
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL;",
        })
    return config


SECRET_KEY = text("SECRET_KEY")
ALLOWED_HOSTS = listing("ALLOWED_HOSTS")
REDIS_URL = text("REDIS_URL")
EMAIL_BACKEND = text("EMAIL_BACKEND")
EMAIL_HOST = text("EMAIL_HOST", "localhost")
EMAIL_PORT = integer("EMAIL_PORT", 25)
EMAIL_HOST_USER = text("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = text("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = flag("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = text("DEFAULT_FROM_EMAIL", "Fraud Alert <alerts@fraudalert.example>")
SITE_URL = text("SITE_URL", "http://127.0.0.1:8000")
ADMIN_PATH = text("ADMIN_PATH", "admin").strip("/") or "admin"
DEBUG = flag("DEBUG")
PAGE_CACHE = flag("PAGE_CACHE", True)  # "off" serves every page uncached (benchmarks)
DEMO_ADMIN_USERNAME = text("DEMO_ADMIN_USERNAME", "admin")
DEMO_ADMIN_PASSWORD = text("DEMO_ADMIN_PASSWORD")
