"""The languages Back Coach speaks and shows, and which one a person gets.

One list, used by the screens (Qt's .qm files), the routines' content
translations, the spoken phrases and the voice. A language is chosen in
settings ("" follows the desktop), on the command line (``--lang``), or
from the locale variables the desktop sets (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG, as gettext reads them). Anything else falls back to English.
"""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH = "en"

# Code (ISO 639-1) -> the language's name in itself, as the Language setting lists it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "th": "ไทย",
}

_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_of(tag: str) -> str | None:
    """The supported language a locale tag names ("de_AT.UTF-8", "es-MX", "th"), or None."""
    code = tag.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def desktop_language(environment: Mapping[str, str]) -> str:
    """The language the desktop's locale variables ask for, as gettext reads them; English otherwise.

    LANGUAGE is a colon-separated list of preferences ("de:en"); the first
    supported one wins. "C" and "POSIX" mean English.
    """
    for variable in _LOCALE_VARIABLES:
        value = environment.get(variable, "")
        if not value:
            continue
        for tag in value.split(":") if variable == "LANGUAGE" else (value,):
            found = language_of(tag)
            if found:
                return found
        if variable != "LANGUAGE":
            return ENGLISH  # the first set LC_ALL / LC_MESSAGES / LANG decides, as in gettext
    return ENGLISH


def chosen_language(setting: str | None, environment: Mapping[str, str]) -> str:
    """The language to use: the person's choice when it is supported, else the desktop's."""
    if setting:
        found = language_of(setting)
        if found:
            return found
    return desktop_language(environment)
