"""The desktop entry and the AppStream metainfo speak every language the app does."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coach.domain.languages import ENGLISH, LANGUAGES

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
APP_ID = "io.github.backcoach.BackCoach"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TRANSLATED = [code for code in LANGUAGES if code != ENGLISH]


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive: Name[de]
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_visible_key_of_the_desktop_entry_is_translated(language):
    entry = desktop_entry()
    for section in entry.sections():
        for key in ("Name", "GenericName", "Comment", "Keywords"):
            if key in entry[section]:
                assert entry[section].get(f"{key}[{language}]", "").strip(), f"[{section}] {key}[{language}]"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_metainfo_has_every_text_in_each_language(language):
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    for tag in ("name", "summary"):
        assert [e for e in root.findall(tag) if e.get(LANG) == language], f"<{tag} xml:lang={language}>"
    for path in ("description/p", "description/ul/li", "keywords/keyword", "screenshots/screenshot/caption"):
        english = [e for e in root.findall(path) if e.get(LANG) is None]
        translated = [e for e in root.findall(path) if e.get(LANG) == language and (e.text or "").strip()]
        assert len(translated) == len(english), f"{path}: {len(translated)} of {len(english)} in {language}"
