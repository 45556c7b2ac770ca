"""Refresh the UI's translation sources (resources/translations/backcoach_*.ts) from the code.

Run after changing any tr() string:  uv run python packaging/update_translations.py

pyside6-lupdate (from the PySide6-Essentials wheel) reads every tr(), translate() and
QT_TRANSLATE_NOOP() in coach/ and merges them into one .ts file per language: new
strings come in unfinished, strings no longer in the code are dropped (-no-obsolete),
and no source locations are written (-locations none), so moving code never changes
these files. backcoach_en.ts holds only the English plural forms ("%n day(s)").
Translators then fill the .ts files (Qt Linguist, Weblate, or any editor);
tests/ui/test_translation_files.py says what is still missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
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
    subprocess.run([lupdate(), *sources(), "-locations", "none", "-no-obsolete", *options,
                    "-target-language", language, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def main() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        update(language)


if __name__ == "__main__":
    main()
