"""Per-language feed URLs, under the /<lang>/ prefix: /<lang>/feeds/alerts.rss, ..."""

from django.urls import path

from . import views

app_name = "feeds"

urlpatterns = [
    path("alerts.rss", views.rss, name="rss"),
    path("alerts.atom", views.atom, name="atom"),
    path("alerts.json", views.json_feed, name="json"),
    path("embed/", views.embed_widget, name="embed"),
]
