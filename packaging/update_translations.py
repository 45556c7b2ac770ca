"""Refresh the UI's translation sources (resources/translations/backcoach_*.ts) from the code.

Run after changing any tr() string:  uv run python packaging/update_translations.py

pyside6-lupdate (from the PySide6-Essentials wheel) reads every tr(), translate() and
QT_TRANSLATE_NOOP() in coach/ and merges them into one .ts file per language: new
strings come in unfinished, strings no longer in the code are dropped (-no-obsolete),
and no source locations are written (-locations none), so moving code never changes
these files. backcoach_en.ts holds only the English plural forms ("%n day(s)").
A string that moved to another class (its context) keeps its translation: before lupdate
drops the old entry, its finished translation is copied to the same text in its new context.
Translators then fill the .ts files (Qt Linguist, Weblate, or any editor);
tests/ui/test_translation_files.py says what is still missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coach.domain.languages import ENGLISH, LANGUAGES  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate")
    if found is None:
        sys.exit("update_translations: pyside6-lupdate not found; run this with `uv run` (PySide6-Essentials has it)")
    return found


def sources() -> list[str]:
    """Every Python file of the app, relative to the repository, in a stable order."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "coach").rglob("*.py"))


def update(language: str) -> None:
    ts = TRANSLATIONS / f"backcoach_{language}.ts"
    options = ["-pluralonly", "-source-language", "en"] if language == ENGLISH else ["-source-language", "en"]
    before = finished_translations(ts) if ts.exists() else {}
    command = [lupdate(), *sources(), "-locations", "none", "-no-obsolete", *options,
               "-target-language", language, "-ts", str(ts.relative_to(ROOT))]
    subprocess.run(command, cwd=ROOT, check=True)
    if before and carry_moved(ts, before):
        subprocess.run(command, cwd=ROOT, check=True)  # once more, so the file is in lupdate's own layout


Key = tuple[str, str]  # a message's source text and its disambiguating comment


def _key(message: ET.Element) -> Key:
    return message.findtext("source") or "", message.findtext("comment") or ""


def finished_translations(ts: Path) -> dict[Key, ET.Element]:
    """Every finished translation in ``ts``, by its text (whatever its context)."""
    found = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and (translation.text or len(translation)):
            found[_key(message)] = translation
    return found


def carry_moved(ts: Path, before: dict[Key, ET.Element]) -> int:
    """Fill each unfinished message with the translation its text had before (in its old context)."""
    tree = ET.parse(ts)
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        old = before.get(_key(message))
        if translation is None or translation.get("type") != "unfinished" or old is None:
            continue
        message.remove(translation)
        copy = ET.fromstring(ET.tostring(old))
        copy.tail = translation.tail
        message.append(copy)
        carried += 1
    if carried:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        print(f"{ts.name}: {carried} moved string(s) kept their translation")
    return carried


def main() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        update(language)


if __name__ == "__main__":
    main()
