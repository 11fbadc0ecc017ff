"""Remove obvious card numbers and phone numbers from a reader's description before it is
stored. The markers are fixed English text: they are data for the unit, not interface text.

- A card number: 13 to 19 digits, optionally grouped by single spaces or dashes
  ("4111 1111 1111 1111", "4111-1111-1111-1111"), not starting with 0 (no card does). No
  Luhn check: any such run of digits is more likely a card or account number than anything a
  reader needs to tell us.
- A phone number: international ("+44 7700 900123", "+1 (555) 010-9999", "0044 20 7946
  0958", 7 to 15 digits after the + or 00) or UK national (0 then 9 or 10 more digits, in any
  grouping: "07700 900123", "020 7946 0958", "(01632) 960 001").
"""

import re

CARD_MARKER = "[card number removed]"
PHONE_MARKER = "[phone number removed]"

_SEP = r"[ \-]?"
CARD = re.compile(rf"(?<![\d+])[1-9](?:{_SEP}\d){{12,18}}(?!\d)")
_PHONE_SEP = r"[ \-.()]*"
INTERNATIONAL_PHONE = re.compile(
    rf"(?:\+|(?<!\d)00){_PHONE_SEP}[1-9](?:{_PHONE_SEP}\d){{6,14}}(?!\d)"
)
UK_PHONE = re.compile(rf"(?<![\d+])\(?0(?:{_PHONE_SEP}\d){{9,10}}(?!\d)")


def scrub(text):
    """`text` with card numbers, then phone numbers, replaced by markers."""
    text = CARD.sub(CARD_MARKER, text)
    text = INTERNATIONAL_PHONE.sub(PHONE_MARKER, text)
    return UK_PHONE.sub(PHONE_MARKER, text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain_text(text):
    """Line endings normalised, control characters dropped, surrounding space trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()
