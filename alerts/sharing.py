"""Plain text to forward an alert by message or email, in the reader's language."""

from urllib.parse import quote

from django.utils.translation import gettext as _


def headline(page):
    """The title, marked as expired once the alert has expired, so a forwarded copy does
    not pass for a current warning."""
    if page.is_expired:
        return _("Expired alert: %(title)s") % {"title": page.title}
    return page.title


def share_text(page, request):
    """Title, reference code, summary and link: what a reader pastes into a message."""
    url = request.build_absolute_uri(page.get_url(request=request))
    lines = [
        headline(page),
        _("Reference: %(code)s") % {"code": page.reference_code},
        "",
        page.summary,
        "",
        _("Read the full alert: %(url)s") % {"url": url},
        _("Check the reference on the Fraud Alert website before you act on a forwarded "
          "warning."),
    ]
    return "\n".join(lines)


def mailto_link(page, text):
    subject = _("Fraud alert %(code)s: %(title)s") % {
        "code": page.reference_code, "title": headline(page),
    }
    return f"mailto:?subject={quote(subject)}&body={quote(text)}"


def share_context(page, request):
    """Nothing for a withdrawn alert: it is not to be passed on as a warning."""
    if page.status == page.Status.WITHDRAWN:
        return {}
    text = share_text(page, request)
    return {"share_text": text, "share_mailto": mailto_link(page, text)}
