"""Language-neutral CAP 1.2 URLs: /feeds/cap/..."""

urlpatterns = []
