"""Public flagging ("I've seen this scam"), under the /<lang>/ prefix."""

urlpatterns = []
