"""Email subscriptions, under the /<lang>/ prefix: /<lang>/subscribe/..."""

urlpatterns = []
