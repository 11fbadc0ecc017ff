"""Public flagging ("I've seen this scam"), under the /<lang>/ prefix: /<lang>/flags/..."""

from django.urls import path

from . import views

app_name = "flags"

urlpatterns = [
    path("", views.flag, name="flag"),
    path("thank-you/", views.thanks, name="thanks"),
    path("new-scam/", views.new_scam, name="new_scam"),
]
