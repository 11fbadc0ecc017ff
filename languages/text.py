"""What counts as text in a translated field: a plain or rich text that is not blank, or a
StreamField with at least one block. An empty field falls back to English."""


def has_text(value):
    if value is None:
        return False
    raw = getattr(value, "raw_data", None)
    if raw is not None:
        return len(raw) > 0
    return bool(str(value).strip())


def shown_language(obj, field_name, reader):
    """The Language a reader of `reader` (a Language) sees `obj.<field_name>` in: theirs
    where that translation has text, English where modeltranslation falls back to it. Reads
    only the `<field_name>_<reader suffix>` column."""
    from languages import supported

    if has_text(getattr(obj, f"{field_name}_{reader.field_suffix}", None)):
        return reader
    return supported.get(supported.DEFAULT)
