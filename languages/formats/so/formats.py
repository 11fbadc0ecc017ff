"""Somali date formats, day first: "27 Oktoobar 2026".

Django ships no Somali format module, so its American default ("N j, Y") applied. CLDR's
Somali short pattern is day-first (dd/MM/yy); the long one is month-first, but day-first
is what Somali readers in Somalia and the UK are used to, and matches the other languages.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
