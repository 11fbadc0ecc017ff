"""Demo advice_content (not written yet)."""


def load(*args):
    return []
