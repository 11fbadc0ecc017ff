"""Signed links: confirm a sign-up (expires after 7 days), manage and unsubscribe (no expiry).

Each token carries the subscriber id and their `key`; a link stops working when the
subscriber is deleted or their key changes. Salts keep one kind of link from being used as
another.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

CONFIRM_SALT = "subscriptions.confirm"
MANAGE_SALT = "subscriptions.manage"


class Expired(Exception):
    pass


class Invalid(Exception):
    pass


def make(subscriber, salt):
    return signing.dumps([subscriber.pk, subscriber.key], salt=salt, compress=True)


def read(token, salt, max_age=None):
    """(subscriber id, key); raises Expired or Invalid."""
    try:
        value = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise Expired from error
    except signing.BadSignature as error:
        raise Invalid from error
    if not (isinstance(value, list) and len(value) == 2):
        raise Invalid
    return value


def confirm_age():
    return settings.SUBSCRIPTIONS_CONFIRM_MAX_AGE


def absolute(path):
    return settings.SITE_URL.rstrip("/") + path


def link(name, subscriber, salt):
    with translation.override(subscriber.language):
        return absolute(reverse(name, args=[make(subscriber, salt)]))


def link_parts(name, language):
    """(before, after) the token in the absolute URL `name` has in `language`: reversing
    once per language and adding each subscriber's token is far cheaper than `link`."""
    marker = "token-goes-here"
    with translation.override(language):
        before, after = absolute(reverse(name, args=[marker])).split(marker)
    return before, after


def manage_token(subscriber):
    """The token in a subscriber's manage and unsubscribe links (the same for both)."""
    return make(subscriber, MANAGE_SALT)


def confirm_url(subscriber):
    return link("subscriptions:confirm", subscriber, CONFIRM_SALT)


def manage_url(subscriber):
    return link("subscriptions:manage", subscriber, MANAGE_SALT)


def unsubscribe_url(subscriber):
    return link("subscriptions:unsubscribe", subscriber, MANAGE_SALT)
