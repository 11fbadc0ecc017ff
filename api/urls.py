"""The partner API: /api/v1/..."""

urlpatterns = []
