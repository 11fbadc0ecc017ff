"""Gujarati date formats, day first as in CLDR ("d MMMM, y"): "27 ઑક્ટોબર, 2026".

Django ships no Gujarati format module, so its American default ("N j, Y") applied.
"""

DATE_FORMAT = "j F, Y"
DATETIME_FORMAT = "j F, Y, H:i"
SHORT_DATE_FORMAT = "j/n/Y"
SHORT_DATETIME_FORMAT = "j/n/Y H:i"
