"""Settings shared by every environment. The environment is read in fraudalert.environment."""

from django.utils.csp import CSP

from fraudalert import environment
from languages import supported

BASE_DIR = environment.BASE_DIR

SECRET_KEY = environment.SECRET_KEY
DEBUG = False
ALLOWED_HOSTS = environment.ALLOWED_HOSTS or ["127.0.0.1", "localhost"]

INSTALLED_APPS = [
    # modeltranslation must come before the apps whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "languages",
    "home",
    "alerts",
    "feeds",
    "api",
    "subscriptions",
    "editorial",
    "admin_languages",  # after wagtail_modeltranslation and editorial: see its apps.py
    "imports",
    "flags",
    "pagecache",
    "security",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files: pre-compressed already
    "pagecache.compression.HtmlGZipMiddleware",  # gzip for HTML pages (BREACH padding)
    "security.middleware.BadEncodingMiddleware",
    "pagecache.middleware.PageCacheMiddleware",  # a hit skips everything below: docs/caching.md
    "django.contrib.sessions.middleware.SessionMiddleware",
    "api.language_headers.ApiLanguageHeadersMiddleware",  # undoes Locale's guess on /api/
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "security.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "security.middleware.SecurityHeadersMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "fraudalert.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "languages.context_processors.language",
            ],
        },
    },
]

WSGI_APPLICATION = "fraudalert.wsgi.application"

DATABASES = {"default": environment.database()}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------------------
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"
LANGUAGE_CODE = supported.DEFAULT
LANGUAGES = [(language.code, language.english_name) for language in supported.LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locales"]
LANGUAGE_COOKIE_NAME = "fraudalert_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = supported.DEFAULT
MODELTRANSLATION_FALLBACK_LANGUAGES = (supported.DEFAULT,)
# Off: admin_languages draws its own picker (working languages, errors shown, English source).
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False

# --- Static and media ------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

# --- Wagtail ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Fraud Alert"
WAGTAILADMIN_BASE_URL = environment.SITE_URL
WAGTAIL_I18N_ENABLED = False  # one page tree; languages are fields (modeltranslation)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = True
ADMIN_PATH = environment.ADMIN_PATH
DATA_UPLOAD_MAX_NUMBER_FIELDS = 4000

# --- Email and background work ---------------------------------------------------------
DEFAULT_FROM_EMAIL = environment.DEFAULT_FROM_EMAIL
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def mailers(backend=None):
    """MAILERS (Django 6.1) from EMAIL_BACKEND/EMAIL_HOST/EMAIL_PORT/... in the environment."""
    backend = environment.EMAIL_BACKEND or backend or SMTP_BACKEND
    options = {}
    if backend == SMTP_BACKEND:
        options = {
            "host": environment.EMAIL_HOST,
            "port": environment.EMAIL_PORT,
            "username": environment.EMAIL_HOST_USER or None,
            "password": environment.EMAIL_HOST_PASSWORD or None,
            "use_tls": environment.EMAIL_USE_TLS,
            "timeout": 30,
        }
    return {"default": {"BACKEND": backend, "OPTIONS": options}}


MAILERS = mailers()
SITE_URL = environment.SITE_URL

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Cache -----------------------------------------------------------------------------
if environment.REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": environment.REDIS_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Security --------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "security.csrf_failure.csrf_failure"  # a site page, not Django's 403
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # one line per background task is noise; failures still show
        "django.tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},
    },
}

# Django has no LANG_INFO for Gujarati or Somali: without it `get_language_info` fails and
# the language cannot be named. Babel's locale data fills every entry.
supported.register_lang_info()

# --- subscriptions ---
SUBSCRIPTIONS_CONFIRM_MAX_AGE = 60 * 60 * 24 * 7  # confirmation links and unconfirmed sign-ups
SUBSCRIPTIONS_BATCH_SIZE = 500  # subscribers per batch: one query, one SMTP connection
SUBSCRIPTIONS_CLAIM_TIMEOUT = 15 * 60  # seconds before a dead worker's claimed batch is resent
# (requests, seconds) allowed on subscribe and "send me my link", per IP and per address.
SUBSCRIPTIONS_RATE_LIMIT_PER_IP = (20, 60 * 60)
SUBSCRIPTIONS_RATE_LIMIT_PER_ADDRESS = (3, 60 * 60)

# --- editorial ---
# Reviewers are told in the admin (dashboard, page status) and, when email is configured, by
# email: on submission to a task's group, and to the author on approval or rejection.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True  # an edit during review restarts it
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
# The final approval publishes, so reviewers need no "publish" permission (editorial/publishing.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.publishing.publish_reviewed"
# The demo editors' password (one per editorial group); printed by load_demo when unset.
EDITORIAL_DEMO_PASSWORD = environment.text("DEMO_EDITOR_PASSWORD")

# --- imports ---
IMPORTS_FETCH_TIMEOUT = 20  # seconds, for the whole download of a URL source
IMPORTS_MAX_BYTES = 10 * 1024 * 1024  # a larger source (file or URL) is refused

# --- accessibility statement ---
# Where readers report an accessibility problem or ask for another format (docs/deployment.md).
ACCESSIBILITY_CONTACT_EMAIL = environment.text(
    "ACCESSIBILITY_CONTACT_EMAIL", "accessibility@fraudalert.example"
)

# --- alerts (content) ---
FORMAT_MODULE_PATH = ["languages.formats"]  # British English dates: "14 March 2026"

# --- flags ---
# (requests, seconds) per client IP, counted in the cache under a daily-salted hash of the IP.
FLAGS_RATE_LIMIT = (30, 60 * 60)
FLAGS_NEW_SCAM_RATE_LIMIT = (5, 60 * 60)
FLAGS_RETENTION_MONTHS = 24  # `manage.py purge_old_flags` deletes flags and reports older

# --- pagecache ---
# Whole-response cache for anonymous readers (docs/caching.md). PAGE_CACHE=off disables it.
PAGE_CACHE_ENABLED = environment.PAGE_CACHE
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_TTL = 10 * 60  # seconds; shorter when an alert expires sooner
PAGE_CACHE_GENERATION_POLL = 1  # seconds between database checks when the cache is per-process
PAGE_CACHE_SKIP_SECTIONS = ["subscribe", "flags", "search"]  # /<lang>/<section>/ never cached
PAGE_CACHE_BYPASS_COOKIES = ["fraudalert_flagged"]  # per-reader cookies: no cache at all

# --- deployment ---
# On PostgreSQL, Wagtail's search index uses SearchVectorField/GinIndex: Django 6.1's checks
# (run by migrate, db_worker, ...) refuse to start unless django.contrib.postgres is installed.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")

# --- security ---
# Headers (security/middleware.py), admin lockout (django-axes), optional two-step
# verification for editors (django-otp TOTP), upload limits. See docs/security.md.
SECURITY_PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope",
        "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get",
        "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
    )
}
# Wagtail's admin relies on inline scripts and styles and frames its own live preview; the
# public site never gets this policy (SecurityHeadersMiddleware sets it on /<ADMIN_PATH>/ only).
SECURITY_ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "frame-src": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no editor's email hash sent to a third party
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin's CSP allows no call to releases.wagtail.org
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out username+IP before checking
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours: a lockout lasts 30 minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/locked_out.html"
AXES_VERBOSE = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True  # editors' sessions end with the browser, or after 8 h
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
