"""The partner API: /api/v1/... (see docs/partners.md and /api/v1/openapi.json)."""

from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("", views.index, name="index"),
    path("openapi.json", views.openapi_document, name="openapi"),
    path("alerts/", views.alerts, name="alerts"),
    path("alerts/<str:reference_code>/", views.alert, name="alert"),
    path("fraud-types/", views.taxonomy, {"kind": "fraud-types"}, name="fraud_types"),
    path("audiences/", views.taxonomy, {"kind": "audiences"}, name="audiences"),
    path("regions/", views.taxonomy, {"kind": "regions"}, name="regions"),
]
