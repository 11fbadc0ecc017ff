"""Demo alerts_content (not written yet)."""


def load(*args):
    return []
