"""Compile and check the UI catalogs in locales/ with Babel (no GNU gettext needed)."""

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.utils.translation import to_locale

from . import supported


def locales_dir():
    return Path(settings.LOCALE_PATHS[0])


def po_path(language_code):
    return locales_dir() / to_locale(language_code) / "LC_MESSAGES" / "django.po"


@contextmanager
def catalogs_locked():
    """Serialise writers of the catalogs (makemessages and fill_translations). Run under
    `flock locales/.lock ...` (as `make messages` does), the lock is already ours: taking it
    again would wait for ever."""
    lock_file = locales_dir() / ".lock"
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    if _held_by_an_ancestor(lock_file):
        yield
        return
    with open(lock_file, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _held_by_an_ancestor(lock_file):
    """Whether a process above this one is `flock <lock_file> ...` (Linux /proc)."""
    target = Path(lock_file).resolve()
    pid = os.getppid()
    while pid > 1:
        try:
            words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return False
        if words and Path(words[0].decode(errors="replace")).name == "flock":
            cwd = Path(os.readlink(f"/proc/{pid}/cwd"))
            for word in words[1:]:
                text = word.decode(errors="replace")
                if text and not text.startswith("-") and (cwd / text).resolve() == target:
                    return True
        pid = parent
    return False


def read_catalog(language_code):
    path = po_path(language_code)
    with open(path, "rb") as handle:
        return read_po(handle, locale=supported.get(language_code).babel)


def compile_all():
    """Write django.mo beside every django.po; returns the paths written."""
    written = []
    for language in supported.LANGUAGES:
        path = po_path(language.code)
        if not path.exists():
            continue
        catalog = read_catalog(language.code)
        with open(path.with_suffix(".mo"), "wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(path.with_suffix(".mo"))
    return written


def gaps(language_code):
    """msgids that are untranslated or fuzzy in one catalog."""
    catalog = read_catalog(language_code)
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else [message.string]
        if message.fuzzy or not all(strings):
            missing.append(message.id)
    return missing


def fill(translations):
    """Apply {msgid: {language code: msgstr}} to the catalogs, under the catalog lock.

    For plural messages, the msgid key is the singular and the value a list of forms.
    Returns the number of entries changed.
    """
    changed = 0
    with catalogs_locked():
        for language in supported.LANGUAGES:
            if language.code == supported.DEFAULT:
                continue
            path = po_path(language.code)
            if not path.exists():
                continue
            catalog = read_catalog(language.code)
            for msgid, per_language in translations.items():
                text = per_language.get(language.code)
                if text is None:
                    continue
                for message in catalog:
                    key = message.id[0] if isinstance(message.id, tuple) else message.id
                    if key != msgid:
                        continue
                    message.string = tuple(text) if isinstance(message.id, tuple) else text
                    message.flags.discard("fuzzy")
                    changed += 1
            with open(path, "wb") as handle:
                write_po(handle, catalog, width=100, include_previous=False)
    return changed


def fill_english():
    """English is the source language: its msgstr is its msgid."""
    with catalogs_locked():
        path = po_path(supported.DEFAULT)
        if not path.exists():
            return
        catalog = read_catalog(supported.DEFAULT)
        for message in catalog:
            # Always the msgid: a fuzzy match makemessages guessed ("Related alerts" ->
            # "fraud alerts") must not survive once its fuzzy flag is dropped.
            if message.id:
                message.string = message.id
            message.flags.discard("fuzzy")
        with open(path, "wb") as handle:
            write_po(handle, catalog, width=100, include_previous=False)


def load_translation_file(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)
