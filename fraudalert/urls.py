"""URLs. Public pages live under a language prefix (/en/, /cy/, /ar/, ...); machine-facing
URLs (health, sitemap, CAP feeds, the partner API) do not.

`/` has no view of its own: LocaleMiddleware redirects it to the reader's language
(language cookie, set by the switcher's /language/<code>/ links, then Accept-Language, then
English).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from alerts import sitemap as alert_sitemap
from alerts import views as alert_views
from api import views as api_views
from fraudalert import accessibility_statement, media_files, operational_views
from languages import choice as language_choice

admin_path = settings.ADMIN_PATH

handler400 = "fraudalert.operational_views.bad_request"
handler500 = "fraudalert.operational_views.server_error"

urlpatterns = [
    path("healthz", operational_views.healthz, name="healthz"),
    path("language/<str:code>/", language_choice.choose_language, name="choose_language"),
    path("robots.txt", operational_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", alert_sitemap.sitemap_index, name="sitemap"),
    path("sitemap-<str:language_code>.xml", alert_sitemap.sitemap_xml, name="sitemap_language"),
    path(f"{admin_path}/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("media/<path:path>", media_files.media, name="media"),
    path("feeds/cap/", include("feeds.cap_urls")),
    path("api/v1/", include("api.urls")),
    re_path(r"^api/", api_views.unknown_path, name="api_unknown"),  # JSON 404, not /en/...
]

urlpatterns += i18n_patterns(
    path("search/", alert_views.search, name="search"),
    path(
        "accessibility/",
        accessibility_statement.accessibility_statement,
        name="accessibility_statement",
    ),
    path("feeds/", include("feeds.urls")),
    path("embed/", include("feeds.embed_urls")),
    path("subscribe/", include("subscriptions.urls")),
    path("flags/", include("flags.urls")),
    path("partners/", include("imports.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
