"""Language-neutral CAP 1.2 URLs: /feeds/cap/alerts.atom and /feeds/cap/<reference-code>.xml."""

from django.urls import path

from . import cap_views

app_name = "cap"

urlpatterns = [
    path("alerts.atom", cap_views.cap_index, name="index"),
    path("<str:reference_code>.xml", cap_views.cap_message, name="message"),
]
