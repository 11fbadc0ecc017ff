"""A real SMTP server (aiosmtpd on 127.0.0.1, a free port) that subscriptions mail to."""

import email
import email.policy
import re
import socket
import threading

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """aiosmtpd handler that keeps every accepted message, parsed."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()
        self.before_accept = None  # callable(count) -> SMTP reply to refuse, or None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
        with self.lock:
            if self.before_accept:
                refusal = self.before_accept(len(self.messages))
                if refusal:
                    return refusal
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for rcpts, message in self.messages if address in rcpts]

    def clear(self):
        self.messages.clear()


@pytest.fixture
def smtp():
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    mailers = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                           "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 10}}}
    inbox.port = port
    with override_settings(MAILERS=mailers):
        yield inbox
    controller.stop()


def parts(message):
    """(plain text, html) of a message."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def link(message, kind):
    """The first absolute link to /<lang>/subscribe/<kind>/... in the plain text part."""
    text, _ = parts(message)
    match = re.search(r"https?://\S+?(/[a-z-]+/subscribe/" + kind + r"/[^/\s]+/)", text)
    assert match, f"no {kind} link in:\n{text}"
    return match.group(1)
