"""Django's own form messages and month names, listed so makemessages copies them into locales/.

Django ships no catalog for Somali (so) or Gujarati (gu), so on /so/ and /gu/ its validation
errors ("This field is required.") and the month names of the date filter ("October") would
stay English. The project's catalogs (LOCALE_PATHS) take precedence over Django's, so listing
the msgids here puts them into every locales/<ll>/LC_MESSAGES/django.po: so and gu carry our
own translations (months from CLDR), the other languages carry Django's own translation of
the same msgid, so nothing changes for them.

Nothing imports this module; it exists only to be read by makemessages. The msgids must stay
exactly as Django writes them (django/forms/fields.py, django/forms/models.py,
django/forms/forms.py, django/core/validators.py, django/utils/dates.py).
"""

from django.utils.translation import gettext_noop, ngettext_lazy, pgettext_lazy

# Messages the public forms can show (subscriptions, flags, security forms): required fields,
# EmailField, ChoiceField / ModelChoiceField / ModelMultipleChoiceField, CharField lengths.
FORM_MESSAGES = (
    # The characters after which a label gets no ":" (django/forms/boundfield.py): our
    # translations add the language's own question mark and full stop (؟ ？ ।), so "ما نوع
    # هذا الاحتيال؟" is not followed by a colon.
    gettext_noop(":?.!"),
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    gettext_noop("Enter a list of values."),
    gettext_noop("“%(pk)s” is not a valid value."),
    gettext_noop("Null characters are not allowed."),
    gettext_noop("(Hidden field %(name)s) %(error)s"),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
)

# django.utils.dates: MONTHS ("F"), MONTHS_3 ("M", "b"), MONTHS_AP ("N"), MONTHS_ALT ("E").
MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)
MONTHS_3 = (
    gettext_noop("jan"),
    gettext_noop("feb"),
    gettext_noop("mar"),
    gettext_noop("apr"),
    gettext_noop("may"),
    gettext_noop("jun"),
    gettext_noop("jul"),
    gettext_noop("aug"),
    gettext_noop("sep"),
    gettext_noop("oct"),
    gettext_noop("nov"),
    gettext_noop("dec"),
)
MONTHS_AP = (
    pgettext_lazy("abbrev. month", "Jan."),
    pgettext_lazy("abbrev. month", "Feb."),
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "May"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Aug."),
    pgettext_lazy("abbrev. month", "Sept."),
    pgettext_lazy("abbrev. month", "Oct."),
    pgettext_lazy("abbrev. month", "Nov."),
    pgettext_lazy("abbrev. month", "Dec."),
)
MONTHS_ALT = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
