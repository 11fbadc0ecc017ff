"""Per-language feed URLs (under the /<lang>/ prefix): /<lang>/feeds/..., /<lang>/embed/..."""

urlpatterns = []
