"""The command line in each language: --lang, or the locale; routine words and spoken phrases follow it."""

from __future__ import annotations

import json
import unicodedata

import pytest
from pypdf import PdfReader

from coach.cli import main
from coach.domain.languages import LANGUAGES

OTHERS = [code for code in LANGUAGES if code != "en"]
# The German, Spanish and Thai names of the first exercise, and a generated phrase in each.
BRIDGE = {"en": "Bridge", "de": "Brücke", "es": "Puente", "th": "ท่าสะพาน"}
ROUND_2 = {"en": "Round 2 of 3.", "de": "Runde 2 von 3.", "es": "Serie 2 de 3.", "th": "รอบที่ 2 จาก 3"}


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_plan_json_in_each_language_keeps_the_timings(capsys, code):
    status, out, err = run(capsys, "plan", "lower-back", "--json", "--lang", code)
    assert status == 0 and err == ""
    plan = json.loads(out)
    says = [segment["say"] for segment in plan["segments"]]
    assert any(BRIDGE[code] in say for say in says)
    assert any(say.startswith(ROUND_2[code]) for say in says)
    _, english, _ = run(capsys, "plan", "lower-back", "--json", "--lang", "en")
    timed = [(s["kind"], s["seconds"]) for s in json.loads(english)["segments"]
             if s["kind"] in ("move", "hold", "rest")]
    assert timed == [(s["kind"], s["seconds"]) for s in plan["segments"] if s["kind"] in ("move", "hold", "rest")]


@pytest.mark.parametrize(("code", "heading", "where"), [
    ("en", "Lower-back routine (standard): 394 segments", "side-leg-lift left round 2/3 rep 10/10"),
    ("de", "Übungen für den unteren Rücken (standard): 394 Abschnitte", "side-leg-lift links Runde 2/3 Wdh. 10/10"),
    ("es", "Rutina para la zona lumbar (standard): 394 segmentos",
     "side-leg-lift izquierda serie 2/3 repetición 10/10"),
    ("th", "ท่าบริหารหลังส่วนล่าง (standard): 394 ช่วง", "side-leg-lift ซ้าย รอบ 2/3 ครั้ง 10/10"),
])
def test_the_plan_lines_are_in_the_language(capsys, code, heading, where):
    status, out, _ = run(capsys, "plan", "lower-back", "--lang", code)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith(heading)
    assert any(where in line for line in lines)


def test_the_option_may_come_before_the_command(capsys):
    status, out, _ = run(capsys, "--lang", "de", "list")
    assert status == 0 and "Übungen für den unteren Rücken" in out


def test_the_locale_chooses_when_no_option_is_given(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    status, out, _ = run(capsys, "plan", "cat-stretch")
    assert status == 0 and "Estiramiento del gato" in out
    status, out, _ = run(capsys, "plan", "cat-stretch", "--lang", "th")  # the option wins
    assert "ท่าแมว" in out


def test_an_unknown_language_is_one_line_naming_the_supported_ones(capsys):
    status, out, err = run(capsys, "plan", "lower-back", "--lang", "fr")
    assert status == 2 and out == ""
    assert err == 'backcoach: unknown language "fr"; supported: de, en, es, th\n'


def _thai_letters(text: str) -> str:
    """Thai as a PDF reader gives it back, comparably: no spaces (it may split runs where the font changes),
    and no marks above or below a letter (a Thai font may draw those with private-use glyphs)."""
    return "".join(char for char in text if not (char.isspace() or "\uf700" <= char <= "\uf71f"
                                                 or unicodedata.category(char) == "Mn"))


def _has_thai_font() -> bool:
    from PySide6.QtGui import QFontDatabase

    from coach.qt.gui_application import ensure_gui_application

    ensure_gui_application()
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Thai))


@pytest.mark.parametrize("code", OTHERS)
def test_the_printable_sheet_is_in_the_language(qapp, capsys, tmp_path, code):
    if code == "th" and not _has_thai_font():
        pytest.skip("no Thai font is installed (Debian: fonts-thai-tlwg), so Thai prints as blanks")
    path = tmp_path / f"sheet-{code}.pdf"
    status, _, err = run(capsys, "sheet", "lower-back", "--pdf", str(path), "--lang", code)
    assert status == 0, err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    safety = {"de": "Bei stärkeren Schmerzen", "es": "Detén el ejercicio", "th": "หยุดทันที"}[code]
    squeeze = _thai_letters if code == "th" else (lambda words: words)
    assert squeeze(BRIDGE[code]) in squeeze(text)
    assert squeeze(safety) in squeeze(text)
    if code != "th":  # the sheet's own words (its footer) too, not only the routine's
        assert {"de": "Seite 1 von 1", "es": "página 1 de 1"}[code] in text


def test_say_speaks_in_the_languages_voice(capsys, tmp_path):
    """Without --voice, `say --lang th` is said by the Thai voice; the default (English) voice names each
    Thai letter instead, which takes many times as long (measured: 1.4 s against 11 s)."""
    from coach.speech.wav_cache import wav_seconds

    thai, default = tmp_path / "th.wav", tmp_path / "default.wav"
    assert run(capsys, "say", "สวัสดีครับ", "--lang", "th", "--wav", str(thai))[0] == 0
    assert run(capsys, "say", "สวัสดีครับ", "--lang", "en", "--wav", str(default))[0] == 0
    assert 0.5 < wav_seconds(thai) < wav_seconds(default) / 3


def test_a_snapshot_pictures_the_language_asked_for_not_the_desktops(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage

    from coach.domain.routine import Level
    from coach.ui.i18n import shown_language
    from coach.domain.routine_loader import load_catalogue
    from coach.resources import builtin_routines_dir
    from coach.ui.snapshot import render_snapshot
    from coach.ui.widgets.theme import ThemeName

    from .ui.session.far_view import read_region, squeezed

    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    catalogue = load_catalogue(builtin_routines_dir(), None, "de")
    before = shown_language()
    render_snapshot(catalogue, "lower-back", Level.STANDARD, 3, 0.0, (1024, 600), ThemeName.LIGHT,
                    tmp_path / "shot.png", language="de")
    assert catalogue.language == "de"
    assert catalogue.routines["lower-back"].exercises[0].name == "Brücke"
    shot = QImage(str(tmp_path / "shot.png"))
    header = read_region(shot, QRect(0, 0, shot.width(), shot.height() // 8), 1.0, language="de")
    assert squeezed("Übung 1 von 5") in squeezed(header), "the screen's own words are German too"
    assert shown_language() == before, "the language shown before comes back"
