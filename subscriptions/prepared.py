"""Fan-out emails rendered once per language, then made per subscriber by substitution.

Rendering two templates and letting Python's `email` package build and serialise a MIME
message costs several milliseconds per email (it parses and refolds every header). In one
mailing, all but the recipient, the Message-ID and the manage/unsubscribe links is the same
for every subscriber with the same language (and, for a digest, the same alerts). So a
`PreparedTemplate` renders the email once with stand-ins, lets Django and the `email` package
serialise it once, and each subscriber's email is those bytes with the stand-ins replaced:
headers substituted, the text and HTML bodies (which hold the links) base64-encoded afresh.

The result is an ordinary `EmailMultiAlternatives` (subject, body, HTML alternative and
headers set, so the locmem and console backends and tests see the real content) whose
`message()` hands mail backends the prepared bytes instead of rebuilding them.
"""

import base64
import email
import email.policy
import re
from functools import cached_property
from types import SimpleNamespace

from django.core.mail import EmailMultiAlternatives
from django.utils.html import escape

from . import tokens

ADDRESS_MARK = "fanout-recipient@stand-in.invalid"
MESSAGE_ID_MARK = "fanoutmarkmessageidx7q"
MANAGE_MARK = "https://stand-in.invalid/fanoutmarkmanagex7q"
UNSUBSCRIBE_MARK = "https://stand-in.invalid/fanoutmarkunsubscribex7q"
TEXT_MARK = "fanoutmarktextx7q"
HTML_MARK = "fanoutmarkhtmlx7q"
_WIRE_MARKS = re.compile(b"(" + b"|".join(re.escape(mark.encode()) for mark in (
    ADDRESS_MARK, MESSAGE_ID_MARK, UNSUBSCRIBE_MARK, TEXT_MARK, HTML_MARK)) + b")")
# Addresses put into the To header as they are; any other goes the general (slow) way.
PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9.-]{1,189}\Z")


def _base64_body(text):
    """As the `email` package encodes a text part: CRLF line ends, base64 lines of 76."""
    data = b"\r\n".join(text.encode().splitlines()) + b"\r\n"
    return base64.encodebytes(data).rstrip(b"\n").replace(b"\n", b"\r\n")


class WireMessage:
    """What mail backends use of `EmailMessage.message()`: its bytes (`as_bytes`). Anything
    else is answered by the message parsed from those bytes, parsed only when asked."""

    def __init__(self, wire, policy):
        self.policy = policy
        self.wire = wire if policy.linesep == "\r\n" else wire.replace(
            b"\r\n", policy.linesep.encode())

    def as_bytes(self, unixfrom=False, policy=None):
        return self.wire

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        return self.wire.decode("ascii")

    __bytes__ = as_bytes
    __str__ = as_string

    @cached_property
    def parsed(self):
        return email.message_from_bytes(self.wire, policy=self.policy)

    def __getitem__(self, name):
        return self.parsed[name]

    def __getattr__(self, name):
        return getattr(self.parsed, name)


class PreparedEmail(EmailMultiAlternatives):
    def __init__(self, *args, wire, **kwargs):
        super().__init__(*args, **kwargs)
        self.wire = wire

    def message(self, *, policy=email.policy.default):
        return WireMessage(self.wire, policy)


class PreparedTemplate:
    """One email of a mailing in one language. `build(subscriber, links, message_id)` makes
    the email the general way (subscriptions.emails); it is called once with stand-ins, and
    again only for an address that cannot be substituted as it is."""

    def __init__(self, language, build):
        self.build = build
        stand_in = SimpleNamespace(pk=None, email=ADDRESS_MARK, language=language)
        message = build(stand_in, (MANAGE_MARK, UNSUBSCRIBE_MARK), MESSAGE_ID_MARK)
        [html] = [alternative.content for alternative in message.alternatives]
        self.subject, self.from_email, self.headers = (
            message.subject, message.from_email, message.extra_headers)
        self.text, self.html = message.body, html
        self.manage_parts = tokens.link_parts("subscriptions:manage", language)
        self.unsubscribe_parts = tokens.link_parts("subscriptions:unsubscribe", language)
        self.pieces = self._wire_pieces(message)

    @staticmethod
    def _wire_pieces(message):
        """The serialised message split around the stand-ins, bodies replaced by marks."""
        mime = message.message(policy=email.policy.SMTP)
        parts = list(mime.iter_parts())
        if [part.get_content_type() for part in parts] != ["text/plain", "text/html"]:
            raise ValueError("expected a text and an HTML part")
        for part, mark in zip(parts, (TEXT_MARK, HTML_MARK), strict=True):
            del part["Content-Transfer-Encoding"]
            part["Content-Transfer-Encoding"] = "base64"
            part.set_payload(mark)
        pieces = _WIRE_MARKS.split(mime.as_bytes())
        marks = sorted(pieces[1::2])
        expected = sorted(mark.encode() for mark, wanted in (
            (ADDRESS_MARK, True), (TEXT_MARK, True), (HTML_MARK, True),
            (MESSAGE_ID_MARK, "Message-ID" in message.extra_headers),
            (UNSUBSCRIBE_MARK, "List-Unsubscribe" in message.extra_headers)) if wanted)
        if marks != expected:
            raise ValueError(f"stand-ins in the serialised email: {marks}")
        return pieces

    def email_for(self, subscriber, message_id):
        token = tokens.manage_token(subscriber)
        manage = token.join(self.manage_parts)
        unsubscribe = token.join(self.unsubscribe_parts)
        if not PLAIN_ADDRESS.match(subscriber.email):
            return self.build(subscriber, (manage, unsubscribe), message_id)
        text = self.text.replace(MANAGE_MARK, manage).replace(UNSUBSCRIBE_MARK, unsubscribe)
        html = self.html.replace(MANAGE_MARK, escape(manage)).replace(
            UNSUBSCRIBE_MARK, escape(unsubscribe))
        headers = {name: value.replace(UNSUBSCRIBE_MARK, unsubscribe).replace(
            MESSAGE_ID_MARK, message_id) for name, value in self.headers.items()}
        values = {
            ADDRESS_MARK.encode(): subscriber.email.encode(),
            MESSAGE_ID_MARK.encode(): message_id.encode(),
            UNSUBSCRIBE_MARK.encode(): unsubscribe.encode(),
            TEXT_MARK.encode(): _base64_body(text),
            HTML_MARK.encode(): _base64_body(html),
        }
        pieces = self.pieces
        wire = b"".join(values[piece] if n % 2 else piece for n, piece in enumerate(pieces))
        return PreparedEmail(self.subject, text, self.from_email, [subscriber.email],
                             headers=headers, alternatives=[(html, "text/html")], wire=wire)
