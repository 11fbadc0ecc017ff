"""What counts as text in a translated field: a plain or rich text that is not blank, or a
StreamField with at least one block. An empty field falls back to English."""


def has_text(value):
    if value is None:
        return False
    raw = getattr(value, "raw_data", None)
    if raw is not None:
        return len(raw) > 0
    return bool(str(value).strip())
