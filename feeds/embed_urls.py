"""The embeddable widget and its instructions, under the /<lang>/ prefix: /<lang>/embed/..."""

from django.urls import path

from . import views

app_name = "embed"

urlpatterns = [
    path("", views.embed_help, name="help"),
    path("alerts/", views.embed_widget, name="alerts"),
]
