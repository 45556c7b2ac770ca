"""Every shipped language is complete, and the app loads the one chosen.

The .ts files in resources/translations/ are checked against what pyside6-lupdate
extracts from the code now: a string added to the code and not to the files, one
left unfinished, or one the code no longer has, fails here with its text.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTextBoundaryFinder
from PySide6.QtGui import QFontDatabase

from coach.domain.languages import ENGLISH, LANGUAGES
from coach.ui import i18n, qm_build
from coach.ui.i18n import install_chosen_language, install_translators, shown_language, translations_source_dir

# As the app has it: the UI tests' conftest points it at .qm files built once for the whole run.
real_compiled_translations_dir = i18n.compiled_translations_dir
ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in LANGUAGES if code != ENGLISH]
# How many plural forms each language has (Qt's rules: German and Spanish 2, Thai none).
PLURAL_FORMS = {"en": 2, "de": 2, "es": 2, "th": 1}
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    plural: bool
    finished: bool
    texts: tuple[str, ...]


def messages(ts_file: Path) -> dict[tuple[str, str], Message]:
    root = ET.parse(ts_file).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            texts = tuple(form.text or "" for form in translation.iter("numerusform")) if plural else \
                (translation.text or "",)
            found[(name, source)] = Message(name, source, plural, translation.get("type") is None, texts)
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], Message]:
    """What pyside6-lupdate finds in the code now."""
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials: run the tests with `uv run pytest`"
    ts = tmp_path_factory.mktemp("lupdate") / "backcoach_de.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coach").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-locations", "none", "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    return messages(ts)


def test_every_language_but_english_has_a_translation_file():
    shipped = {path.stem.removeprefix("backcoach_") for path in translations_source_dir().glob("backcoach_*.ts")}
    assert shipped == set(LANGUAGES)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_code_is_translated_and_none_is_left_over(extracted, language):
    shipped = messages(translations_source_dir() / f"backcoach_{language}.ts")
    assert sorted(set(extracted) - set(shipped)) == [], "run packaging/update_translations.py, then translate"
    assert sorted(set(shipped) - set(extracted)) == [], "strings the code no longer has (vanished)"
    unfinished = [m.source for m in shipped.values() if not m.finished or not all(t.strip() for t in m.texts)]
    assert unfinished == []
    assert [m.source for m in shipped.values() if m.plural != extracted[(m.context, m.source)].plural] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_and_the_plural_count(language):
    shipped = messages(translations_source_dir() / f"backcoach_{language}.ts")
    if language == ENGLISH:  # only the plural forms: the rest is the source itself
        assert shipped and all(m.plural for m in shipped.values())
    wrong = []
    for message in shipped.values():
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for text in message.texts:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((message.source, text))
        if message.plural:
            if len(message.texts) != PLURAL_FORMS[language]:
                wrong.append((message.source, f"{len(message.texts)} plural forms"))
            # The count shows in the plural form at least ("Last session" / "Last 3 sessions").
            if "%n" not in message.texts[-1]:
                wrong.append((message.source, message.texts[-1]))
        if message.source.count("&") != sum(text.count("&") for text in message.texts[:1]):
            wrong.append((message.source, "keyboard mnemonic (&)"))
    assert wrong == []


def test_every_translation_file_compiles(tmp_path):
    command = qm_build.lrelease_command()
    assert command is not None, "lrelease comes with PySide6-Essentials"
    for ts in sorted(translations_source_dir().glob("*.ts")):
        result = subprocess.run([*command, str(ts), "-qm", str(tmp_path / f"{ts.stem}.qm")],
                                capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stderr
        assert "untranslated" not in result.stdout or " 0 untranslated" in result.stdout, result.stdout


def test_a_checkout_builds_the_qm_files_once_and_again_when_a_ts_changes(tmp_path):
    sources, built = tmp_path / "ts", tmp_path / "qm"
    sources.mkdir()
    shutil.copy(translations_source_dir() / "backcoach_de.ts", sources)
    (qm,) = qm_build.compile_all(sources, built)
    first = qm.stat().st_mtime_ns
    assert qm_build.compile_all(sources, built) == [qm] and qm.stat().st_mtime_ns == first  # fresh: not rebuilt
    os.utime(sources / "backcoach_de.ts", ns=(first + 10**9, first + 10**9))
    qm_build.compile_all(sources, built)
    assert qm.stat().st_mtime_ns != first


def test_without_lrelease_nothing_is_built_and_nothing_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(qm_build, "lrelease_command", lambda: None)
    built = tmp_path / "qm"
    assert qm_build.compile_all(translations_source_dir(), built) == []
    assert qm_build.compile_all(translations_source_dir(), built, ["/nonexistent/lrelease"]) == []
    assert not built.exists() or list(built.iterdir()) == []


@pytest.mark.parametrize(("setting", "environment", "level", "cancel"), [
    ("de", {"LANG": "en_GB.UTF-8"}, "Stufe:", "Abbrechen"),
    ("", {"LANG": "es_ES.UTF-8"}, "Nivel:", "Cancelar"),
    ("", {"LANGUAGE": "th:en", "LANG": "th_TH.UTF-8"}, "ระดับ:", "ยกเลิก"),
    ("", {"LANG": "fr_FR.UTF-8"}, "Level:", "Cancel"),
])
def test_the_chosen_language_is_loaded_with_qts_own(qapp, setting, environment, level, cancel):
    language = install_chosen_language(qapp, setting, environment)
    assert shown_language() == language
    assert QCoreApplication.translate("HomeScreen", "Level:") == level
    assert QCoreApplication.translate("HomeScreen", "%n exercise(s)", "", 2) in ("2 exercises", "2 Übungen",
                                                                                "2 ejercicios", "2 ท่า")
    assert QLocale().name().split("_")[0] == language  # numbers and day names follow
    # Qt's own buttons: from qtbase_*.qm, or for Thai (Qt ships no qtbase_th.qm) from Back Coach's catalogue.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    install_translators(qapp, ENGLISH)
    assert QCoreApplication.translate("HomeScreen", "Level:") == "Level:"


def test_thai_has_a_font_and_breaks_lines_between_words(qapp):
    """Thai writes no spaces between words: without libthai Qt finds nowhere to wrap a sentence."""
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Thai), "a Thai font (packaging/debian-packages.txt)"
    words = ["หลัง", "ฝึก", "ครั้ง", "นี้", "คุณ", "ปวด", "เพิ่ม", "ขึ้น"]
    text = "".join(words)
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    breaks = []
    while (position := finder.toNextBoundary()) not in (-1, len(text)):
        breaks.append(position)
    between_words = [len("".join(words[:i])) for i in range(1, len(words))]
    assert breaks and set(breaks) <= set(between_words), breaks


def test_a_checkout_loads_from_the_cache_and_an_install_from_beside_the_ts_files(tmp_path, monkeypatch):
    from coach.storage.paths import user_cache_dir

    folder = real_compiled_translations_dir()  # a checkout: only .ts files in resources/translations
    assert folder == user_cache_dir() / "translations"
    assert {qm.name for qm in folder.glob("*.qm")} == {f"backcoach_{code}.qm" for code in LANGUAGES}
    installed = tmp_path / "installed"  # as the wheel has them: each .qm beside its .ts
    qm_build.compile_all(translations_source_dir(), installed)
    for ts in translations_source_dir().glob("*.ts"):
        shutil.copy(ts, installed)
    monkeypatch.setattr(i18n, "translations_source_dir", lambda: installed)
    assert real_compiled_translations_dir() == installed
