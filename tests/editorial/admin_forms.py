"""POST data for Wagtail's page editor, built from the real form the editor would see.

With sixteen languages an alert's form has ~150 fields; `page_form_data` starts from the
form's own initial values (formatted by each widget, as the browser would send them) and
lays the given values over them.
"""

from django import forms
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks.base import BlockWidget
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from alerts.models import AdvicePage, AlertPage


def _initial_data(form):
    data = {}
    for bound in form:
        widget = bound.field.widget
        value = bound.value()
        if isinstance(widget, forms.CheckboxInput):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(widget, forms.SelectMultiple):
            data[bound.html_name] = [str(getattr(v, "pk", v)) for v in value or ()]
        elif isinstance(widget, BlockWidget):
            if value and len(value):
                raise NotImplementedError("only empty StreamFields are sent as they are")
            data.update(nested_form_data({bound.html_name: streamfield([])}))
        elif isinstance(widget, DraftailRichTextArea):
            data[bound.html_name] = rich_text(value or "")
        else:
            formatted = widget.format_value(value)
            if isinstance(formatted, list):  # a Select formats its one value as a list
                formatted = formatted[0] if formatted else ""
            data[bound.html_name] = "" if formatted is None else str(formatted)
    for prefix, formset in form.formsets.items():
        management = formset.management_form
        for name in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS"):
            data[f"{prefix}-{name}"] = str(management[name].value() or 0)
        for index, child in enumerate(formset.forms):
            for bound in child:
                value = bound.field.widget.format_value(bound.value())
                data[f"{prefix}-{index}-{bound.name}"] = "" if value is None else str(value)
    return data


def page_form_data(page_class, user, parent, instance=None, **values):
    """The editor's form data for `page_class` (a new page under `parent`, or `instance`),
    with `values` (field name -> value; rich text given as HTML) laid over it."""
    form_class = page_class.get_edit_handler().get_form_class()
    instance = instance or page_class()
    form = form_class(instance=instance, parent_page=parent, for_user=user)
    data = _initial_data(form)
    for name, value in values.items():
        if name in form.fields and isinstance(form.fields[name].widget, DraftailRichTextArea):
            value = rich_text(value)
        data[name] = value
    return data


def alert_form_data(user, parent, instance=None, **values):
    return page_form_data(AlertPage, user, parent, instance, **values)


def advice_form_data(user, parent, instance=None, **values):
    return page_form_data(AdvicePage, user, parent, instance, **values)
