"""Urdu date formats, day first as in CLDR ("d MMMM، y"): "27 اکتوبر، 2026".

Django ships no Urdu format module, so its month-first default ("N j, Y") applied.
"""

DATE_FORMAT = "j F، Y"
DATETIME_FORMAT = "j F، Y، H:i"
SHORT_DATE_FORMAT = "j/n/Y"
SHORT_DATETIME_FORMAT = "j/n/Y H:i"
