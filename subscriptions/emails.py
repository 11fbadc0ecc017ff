"""Every email subscriptions sends, rendered in the subscriber's language.

Plain text plus an HTML alternative; links are absolute (settings.SITE_URL) and go straight
to the page: no tracking redirects, no pixels. Alert and digest emails carry RFC 8058
one-click unsubscribe headers.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from languages import supported

from . import rich_text, tokens


def _domain():
    return settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(" >") or "localhost"


def build(subscriber, template, subject, context, *, list_headers=False, message_id=None,
          links=None):
    """An EmailMultiAlternatives from templates/email/<template>.txt and .html.
    `links`: (manage URL, unsubscribe URL) to use instead of the subscriber's own (the
    fan-out renders once per language with stand-ins: subscriptions/prepared.py)."""
    language = supported.get(subscriber.language)
    manage_url, unsubscribe_url = links or (tokens.manage_url(subscriber),
                                            tokens.unsubscribe_url(subscriber))
    with translation.override(language.code):
        context = {
            "language": language,
            "manage_url": manage_url,
            "unsubscribe_url": unsubscribe_url,
            "site_url": settings.SITE_URL.rstrip("/"),
            "subject": subject,
            **context,
        }
        text = render_to_string(f"email/{template}.txt", context)
        html = render_to_string(f"email/{template}.html", context)
    headers = {"Auto-Submitted": "auto-generated"}
    if list_headers:
        headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        headers["List-Id"] = f"Fraud Alert <alerts.{_domain()}>"
    if message_id:
        headers["Message-ID"] = f"<{message_id}@{_domain()}>"
    message = EmailMultiAlternatives(str(subject), text, settings.DEFAULT_FROM_EMAIL,
                                     [subscriber.email], headers=headers)
    message.attach_alternative(html, "text/html")
    return message


def confirmation(subscriber):
    with translation.override(subscriber.language):
        subject = _("Please confirm your Fraud Alert subscription")
        return build(subscriber, "confirm", subject,
                     {"confirm_url": tokens.confirm_url(subscriber)})


def manage_link(subscriber):
    """Sent when a subscribed address signs up again, or asks for its link."""
    with translation.override(subscriber.language):
        subject = _("Your Fraud Alert subscription link")
        return build(subscriber, "manage_link", subject, {})


def alert_content(alert, language_code):
    """What an email says about one alert, in a language, with English as the fallback."""
    language = supported.get(language_code)
    suffix = language.field_suffix
    translated = bool(getattr(alert, f"title_{suffix}", None)
                      and getattr(alert, f"summary_{suffix}", None))
    shown = language.code if translated else supported.DEFAULT
    with translation.override(shown):
        title = alert.title
        summary = alert.summary
    # Rich text may be untranslated where the title and summary are: it says which it is.
    what_to_do, what_to_do_language = text_in(alert, "what_to_do", supported.get(shown))
    # The reason belongs to the notice, which is in the reader's language.
    reason, reason_language = text_in(alert, "withdrawn_reason", language)
    with translation.override(language.code):  # links go to pages in the reader's language
        what_to_do_html = rich_text.email_html(what_to_do) if what_to_do else ""
        path = alert.get_url_parts()[2] if alert.get_url_parts() else ""
    return {
        "title": title, "summary": summary,
        "what_to_do": rich_text.plain_text(what_to_do_html),
        "what_to_do_html": what_to_do_html, "what_to_do_lang": what_to_do_language.code,
        "what_to_do_dir": what_to_do_language.direction,
        "withdrawn_reason": reason, "withdrawn_reason_lang": reason_language.code,
        "withdrawn_reason_dir": reason_language.direction,
        "reference_code": alert.reference_code,
        "severity": alert.get_severity_display, "url": tokens.absolute(path),
        "in_english": not translated and language.code != supported.DEFAULT,
        "text_lang": shown, "text_dir": supported.get(shown).direction,
    }


def update_content(update, language_code):
    """One AlertUpdate for a notice: its date, and its text in the reader's language or, if
    not translated, in English (with the language it is in, for lang and dir)."""
    text, language = text_in(update, "text", supported.get(language_code))
    return {"date": update.date, "text": text, "text_lang": language.code,
            "text_dir": language.direction}


def text_in(instance, field, language):
    """(text, Language it is in) of a translated field: the language's own text, else the
    English that modeltranslation falls back to."""
    own = getattr(instance, f"{field}_{language.field_suffix}", None)
    if own and str(own).strip():
        return own, language
    english = supported.get(supported.DEFAULT)
    return getattr(instance, f"{field}_{english.field_suffix}", None) or "", english


def alert_email(subscriber, alert, content, message_id=None, links=None):
    with translation.override(subscriber.language):
        subject = _("Fraud alert %(code)s: %(title)s") % {
            "code": alert.reference_code, "title": content["title"]}
        return build(subscriber, "alert", subject, {"alert": content},
                     list_headers=True, message_id=message_id, links=links)


def notice_email(subscriber, alert, content, kind, updates=(), message_id=None, links=None):
    """`updates`: for an "updated" notice, update_content() of each new update, newest
    first."""
    with translation.override(subscriber.language):
        if kind == "withdrawn":
            subject = _("Alert %(code)s has been withdrawn") % {"code": alert.reference_code}
        else:
            subject = _("Alert %(code)s has been updated") % {"code": alert.reference_code}
        return build(subscriber, "notice", subject,
                     {"alert": content, "kind": kind, "updates": list(updates)},
                     list_headers=True, message_id=message_id, links=links)


def digest_email(subscriber, contents, frequency, message_id=None, links=None):
    with translation.override(subscriber.language):
        if frequency == "weekly":
            subject = _("Your weekly Fraud Alert digest")
        else:
            subject = _("Your daily Fraud Alert digest")
        return build(subscriber, "digest", subject,
                     {"alerts": contents, "frequency": frequency},
                     list_headers=True, message_id=message_id, links=links)
