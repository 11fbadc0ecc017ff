"""The accessibility statement at /<lang>/accessibility/ (templates/accessibility_statement.html).

When the statement is reviewed or the checks it describes are run again, change its text and
these dates together. The contact address is the ACCESSIBILITY_CONTACT_EMAIL setting.
"""

import datetime

from django.conf import settings
from django.shortcuts import render

PREPARED = datetime.date(2026, 11, 28)
REVIEWED = datetime.date(2026, 11, 28)
TESTED = datetime.date(2026, 11, 28)  # the last run of the checks in tests/browser it reports


def accessibility_statement(request):
    return render(request, "accessibility_statement.html", {
        "prepared": PREPARED,
        "reviewed": REVIEWED,
        "tested": TESTED,
        "contact_email": settings.ACCESSIBILITY_CONTACT_EMAIL,
    })
