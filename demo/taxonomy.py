"""Demo taxonomy (not written yet)."""


def load(*args):
    return []
