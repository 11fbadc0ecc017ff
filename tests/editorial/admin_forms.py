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
    for bound in form:
        if bound.field.show_hidden_initial:  # as the browser sends it: "initial-<name>"
            hidden = bound.field.hidden_widget().format_value(bound.initial)
            data[bound.html_initial_name] = "" if hidden is None else str(hidden)
    for prefix, formset in form.formsets.items():
        management = formset.management_form
        for name in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS"):
            data[f"{prefix}-{name}"] = str(management[name].value() or 0)
        for index, child in enumerate(formset.forms):
            for bound in child:
                value = bound.field.widget.format_value(bound.value())
                data[f"{prefix}-{index}-{bound.name}"] = "" if value is None else str(value)
                if bound.field.show_hidden_initial:
                    hidden = bound.field.hidden_widget().format_value(bound.initial)
                    data[f"initial-{prefix}-{index}-{bound.name}"] = (
                        "" if hidden is None else str(hidden))
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


def rendered_form_data(html, form_id="page-edit-form"):
    """What a browser would send back from the editor's form as rendered: every input,
    textarea and selected option inside the form, hidden ones included."""
    from html.parser import HTMLParser

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.inside, self.data, self.textarea, self.select = False, {}, None, None

        def add(self, name, value):
            self.data.setdefault(name, []).append(value)

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "form":
                self.inside = attrs.get("id") == form_id or self.inside
            if not self.inside or "name" not in attrs and tag != "option":
                return
            if tag == "input":
                kind = attrs.get("type", "text")
                if kind in ("checkbox", "radio") and "checked" not in attrs:
                    return
                if kind not in ("submit", "button", "file"):
                    self.add(attrs["name"], attrs.get("value", "on" if kind == "checkbox" else ""))
            elif tag == "textarea":
                self.textarea = attrs["name"]
                self.add(self.textarea, "")
            elif tag == "select":
                self.select = attrs["name"]
            elif tag == "option" and self.select and "selected" in attrs:
                self.add(self.select, attrs.get("value", ""))

        def handle_data(self, text):
            if self.textarea:
                self.data[self.textarea][-1] += text

        def handle_endtag(self, tag):
            if tag == "textarea":
                self.textarea = None
            elif tag == "select":
                self.select = None
            elif tag == "form" and self.inside:
                self.inside = False

    collect = Collect()
    collect.feed(html)
    return collect.data
