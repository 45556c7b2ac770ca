"""The printable sheet read back by a PDF reader that is not Qt's (pypdf): pages and words, on every PySide6.

tests/ui/editor/test_routine_sheet.py checks positions and pixels with QtPdf where it exists.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from coach.domain.compiler import SAFETY_LINE
from coach.domain.figure_loader import load_figures
from coach.domain.routine import Level, Routine
from coach.resources import figures_dir
from coach.ui.editor.routine_sheet import EXERCISES_PER_PAGE, write_sheet


@pytest.fixture(scope="module")
def lower_back(catalogue) -> Routine:
    routine = catalogue.get("lower-back")
    assert routine is not None
    return routine


def page_words(path: Path) -> list[str]:
    """Each page's text with line breaks and no-break spaces made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_the_built_in_routine_is_one_page_with_every_exercise(qapp, tmp_path, lower_back):
    path = tmp_path / "sheet.pdf"
    assert write_sheet(lower_back, Level.GENTLE, path, load_figures(figures_dir())) == 1
    [text] = page_words(path)
    for expected in (lower_back.title, SAFETY_LINE, "Gentle level", "Back Coach · page 1 of 1",
                     *(exercise.name for exercise in lower_back.exercises)):
        assert expected in text, expected
    assert "2 reps (range 2–3) each side" in text  # knee to chest at the gentle end


@pytest.mark.parametrize("count", [1, 5, 6, 12, 40])
def test_one_page_per_five_exercises_each_with_its_own_names(qapp, tmp_path, lower_back, count):
    exercises = tuple(replace(lower_back.exercises[i % 5], id=f"exercise-{i + 1}", name=f"Move no. {i + 1:02d}")
                      for i in range(count))
    routine = replace(lower_back, exercises=exercises)
    path = tmp_path / "sheet.pdf"
    pages = write_sheet(routine, Level.STANDARD, path, {})
    texts = page_words(path)
    assert pages == len(texts) == -(-count // EXERCISES_PER_PAGE)
    for number, text in enumerate(texts):
        shown = {e.name for e in exercises if e.name in text}
        assert shown == {e.name for e in exercises[number * EXERCISES_PER_PAGE:(number + 1) * EXERCISES_PER_PAGE]}
        assert f"page {number + 1} of {pages}" in text
