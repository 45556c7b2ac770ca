"""The printable routine sheet, read back with Qt's own PDF reader: its pages, its words and its ink.

Text is checked with QPdfDocument.getAllText (so it must be real text), where things sit with
getSelectionAtIndex (PDF points), and the picture with QPdfDocument.render, composited on white.
"""

from __future__ import annotations

import math
import os
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from coach.domain.compiler import SAFETY_LINE, compile_timeline
from coach.domain.figure_exercise import ExerciseFigure
from coach.domain.figure_loader import load_figures
from coach.domain.routine import Amount, Dose, Exercise, Level, Phase, PhaseKind, Routine
from coach.resources import figures_dir
from coach.domain.sheet_words import dose_words, telling_frame, tempo_words
from coach.ui.editor.routine_sheet import EXERCISES_PER_PAGE, FIGURE_WIDTH_MM, PAGE_MARGIN_MM, write_sheet

# Positions and pixels need Qt's own PDF reader. PySide6 6.12 ships QtPdf only with WebEngine
# (which the app does not install), so on Python 3.12 these checks are skipped;
# tests/ui/editor/test_routine_sheet_text.py checks pages and words there with pypdf.
QPdfDocument = pytest.importorskip("PySide6.QtPdf", reason="QtPdf is not in this PySide6's Addons").QPdfDocument

A4_POINTS = (595.0, 842.0)
POINTS_PER_MM = 72 / 25.4
SMALL = QSize(600, 850)
INK = 200  # a grey level below this is ink (the figure's floor band and the faint pose are lighter)


@pytest.fixture(scope="module")
def figures() -> dict[str, ExerciseFigure]:
    return load_figures(figures_dir())


@pytest.fixture(scope="module")
def lower_back(catalogue) -> Routine:
    routine = catalogue.get("lower-back")
    assert routine is not None
    return routine


def many(routine: Routine, count: int) -> Routine:
    """The built-in exercises over and over, each with its own id and a name no other name contains."""
    exercises = tuple(replace(routine.exercises[i % len(routine.exercises)], id=f"exercise-{i + 1}",
                              name=f"{routine.exercises[i % len(routine.exercises)].name} no. {i + 1:02d}")
                      for i in range(count))
    return replace(routine, id="many", title="Many exercises", description="A long routine.", exercises=exercises)


def figures_for(routine: Routine, built_in: Routine, figures) -> dict[str, ExerciseFigure]:
    """Give the renamed copies the figures of the exercises they copy."""
    return {copy.id: figures[built_in.exercises[i % len(built_in.exercises)].id]
            for i, copy in enumerate(routine.exercises)}


def custom_exercise(**changes) -> Exercise:
    """An exercise of the person's own: no figure, placeholders in its captions, a range of holds."""
    dose = Dose(reps=Amount(4, 6), rounds=Amount.fixed(2), sides=("right", "left"),
                tempo=(Phase(PhaseKind.MOVE, Amount.fixed(3), "Lean {side}", "Lean to the {side}"),
                       Phase(PhaseKind.HOLD, None, "Hold", "Hold {seconds} seconds, {other_side} hand down")),
                hold=Amount(5, 10), rest_between_rounds=Amount.fixed(45), times_per_day=None)
    fields = dict(id="wall-lean", name="Wall lean", purpose="Loosens the side of the waist.",
                  setup=("Stand side-on to a wall, an arm's length away.", "Put your {side} hand on the wall."),
                  side_cue="Now your {side} side.", dose=dose)
    fields.update(changes)
    return Exercise(**fields)


def open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


def single_spaced(text: str) -> str:
    """Line breaks, runs of spaces and no-break spaces made single spaces: wrapping is not content."""
    return " ".join(text.split())


def words(document: QPdfDocument, page: int) -> str:
    return single_spaced(document.getAllText(page).text())


def where(document: QPdfDocument, page: int, text: str) -> QRectF:
    """Where a piece of text stands on the page, in PDF points from the top left."""
    everything = document.getAllText(page).text()
    index = everything.index(text)
    return document.getSelectionAtIndex(page, index, len(text)).boundingRectangle()


class Printout:
    """A page as printed: rendered (transparent where nothing is drawn) over white paper, in grey levels."""

    def __init__(self, document: QPdfDocument, page: int, size: QSize = SMALL) -> None:
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(page, size))
        painter.end()
        self.image = paper.convertToFormat(QImage.Format.Format_Grayscale8)
        self.data, self.stride = bytes(self.image.constBits()), self.image.bytesPerLine()
        self.per_point = (size.width() / A4_POINTS[0], size.height() / A4_POINTS[1])

    def ink_rows(self, points: QRectF, darker_than: int = INK) -> list[int]:
        """How many pixels are ink in each pixel row of a rectangle given in PDF points."""
        sx, sy = self.per_point
        left, right = max(0, int(points.left() * sx)), min(self.image.width(), math.ceil(points.right() * sx))
        top, bottom = max(0, int(points.top() * sy)), min(self.image.height(), math.ceil(points.bottom() * sy))
        return [sum(1 for value in self.data[y * self.stride + left:y * self.stride + right] if value < darker_than)
                for y in range(top, bottom)]

    def ink(self, points: QRectF) -> int:
        return sum(self.ink_rows(points))


def write(tmp_path: Path, routine: Routine, figures, level: Level = Level.STANDARD, name: str = "sheet.pdf"):
    path = tmp_path / name
    pages = write_sheet(routine, level, path, figures)
    document = open_pdf(path)
    assert document.pageCount() == pages
    return document


# ----- words

def test_doses_read_as_plain_words_at_the_level(lower_back):
    bridge, knee, rotation, _lift, _cat = lower_back.exercises
    plain = {exercise.id: single_spaced(dose_words(exercise, Level.STANDARD)) for exercise in lower_back.exercises}
    assert plain["bridge"] == "15 reps × 3 rounds, rest 60 s between rounds"
    assert plain["knee-to-chest"] == "3 reps (range 2–3) each side (left, then right), hold 5 s"
    assert plain["rotation"] == "Once each side (left, then right), hold 8 s (range 5–10 s)"
    assert plain["cat-stretch"] == "4 reps (range 3–5), twice a day"
    assert single_spaced(dose_words(knee, Level.GENTLE)).startswith("2 reps (range 2–3)")
    assert single_spaced(tempo_words(bridge, Level.STANDARD)) == (
        "Each rep: Lift your hips 2 s · Squeeze your buttocks 2 s · Lower to the floor 2 s")
    assert single_spaced(tempo_words(knee, Level.STRONG)) == (
        "Each rep, left side shown: Pull left knee to chest 3 s · Hold, belly tight 5 s · Release 3 s")
    assert "Hold, shoulders down 10 s ·" in single_spaced(tempo_words(rotation, Level.STRONG))


# ----- the built-in routine

@pytest.mark.parametrize("level", list(Level))
def test_the_built_in_routine_is_one_page_with_every_name_step_and_dose(qapp, tmp_path, lower_back, figures, level):
    assert len(lower_back.exercises) == EXERCISES_PER_PAGE
    document = write(tmp_path, lower_back, figures, level)
    assert document.pageCount() == 1
    text = words(document, 0)
    minutes = round(compile_timeline(lower_back, level).total_seconds / 60)
    for expected in (lower_back.title, SAFETY_LINE, f"{level.value.capitalize()} level · about {minutes} minutes",
                     "Back Coach · page 1 of 1"):
        assert expected in text
    for number, exercise in enumerate(lower_back.exercises, start=1):
        assert f"{number}. {exercise.name}" in text
        assert exercise.purpose in text
        for step in exercise.setup:
            assert " ".join(step.split()[:4]) in text
        assert single_spaced(dose_words(exercise, level)) in text
    knee = lower_back.exercise("knee-to-chest")
    reps = {Level.GENTLE: "2 reps (range 2–3)", Level.STANDARD: "3 reps (range 2–3)", Level.STRONG: "3 reps"}
    assert single_spaced(dose_words(knee, level)).startswith(reps[level])
    assert "{" not in text and "}" not in text


def test_levels_print_different_doses(qapp, tmp_path, lower_back, figures):
    gentle = words(write(tmp_path, lower_back, figures, Level.GENTLE, "gentle.pdf"), 0)
    strong = words(write(tmp_path, lower_back, figures, Level.STRONG, "strong.pdf"), 0)
    assert "2 reps (range 2–3) each side" in gentle and "3 reps (range 2–3) each side" in strong
    assert "hold 5 s (range 5–10 s)" in gentle and "hold 10 s (range 5–10 s)" in strong


def test_every_figure_is_drawn_and_nothing_strays_outside_the_margins(qapp, tmp_path, lower_back, figures):
    document = write(tmp_path, lower_back, figures)
    printout = Printout(document, 0)
    margin = PAGE_MARGIN_MM * POINTS_PER_MM
    names = [where(document, 0, f"{n}. {e.name}") for n, e in enumerate(lower_back.exercises, start=1)]
    footer = where(document, 0, "Back Coach · page 1 of 1")
    for exercise, name, below in zip(lower_back.exercises, names, names[1:] + [footer], strict=True):
        figure_column = QRectF(margin, name.top(), FIGURE_WIDTH_MM * POINTS_PER_MM, below.top() - name.top())
        assert name.left() > figure_column.right(), f"{exercise.name}: its text overlaps its figure"
        assert printout.ink(figure_column) > 150, f"{exercise.name}: no figure drawn"
    assert footer.top() > A4_POINTS[1] - margin, "the footer stands in the bottom margin"
    page = QRectF(0, 0, *A4_POINTS)
    content = page.adjusted(margin - 1, margin - 1, 1 - margin, 1 - margin)
    total = printout.ink(page)
    footer_ink = printout.ink(footer.adjusted(-2, -2, 2, 2))
    assert footer_ink > 0
    assert printout.ink(content) + footer_ink == total, "ink in the margins besides the footer"


def test_a_long_routine_takes_one_page_per_five_exercises(qapp, tmp_path, lower_back, figures):
    routine = many(lower_back, 12)
    document = write(tmp_path, routine, figures_for(routine, lower_back, figures))
    assert document.pageCount() == 3
    for page in range(3):
        text = words(document, page)
        on_page = {e.name for e in routine.exercises[page * EXERCISES_PER_PAGE:(page + 1) * EXERCISES_PER_PAGE]}
        assert {e.name for e in routine.exercises if e.name in text} == on_page
        assert f"Back Coach · page {page + 1} of 3" in text
        assert routine.title in text and SAFETY_LINE in text   # each page stands on its own
    last = Printout(document, 2)
    name = where(document, 2, "12. Knee to chest no. 12")
    assert last.ink(QRectF(PAGE_MARGIN_MM * POINTS_PER_MM, name.top(), FIGURE_WIDTH_MM * POINTS_PER_MM,
                               80)) > 150


# ----- exercises of one's own

def test_an_exercise_without_a_figure_prints_its_text_across_the_width(qapp, tmp_path, lower_back, figures):
    unsided = custom_exercise(id="stray", name="Stray braces", setup=("Mind the {side} and {unknown} words.",),
                              dose=replace(custom_exercise().dose, sides=()))
    routine = replace(lower_back, exercises=(lower_back.exercises[0], custom_exercise(), unsided))
    document = write(tmp_path, routine, figures)
    text = words(document, 0)
    assert "2. Wall lean" in text and "Loosens the side of the waist." in text
    assert "Put your right hand on the wall." in text
    assert "5 reps (range 4–6) each side (right, then left) × 2 rounds, hold 8 s (range 5–10 s), " \
           "rest 45 s between rounds" in text
    assert "Each rep, right side shown: Lean to the right 3 s · Hold 8 seconds, left hand down" in text
    assert "Mind the and words." in text
    assert "{" not in text and "}" not in text
    margin = PAGE_MARGIN_MM * POINTS_PER_MM
    assert where(document, 0, "2. Wall lean").left() < margin + 2, "no figure: the text starts at the margin"
    assert where(document, 0, "1. Bridge").left() > margin + FIGURE_WIDTH_MM * POINTS_PER_MM


def test_long_texts_are_cut_to_fit_the_page_not_spilled(qapp, tmp_path, lower_back, figures):
    sentence = "Move slowly and keep breathing out as you go, then pause and check how it feels. "
    address = "https://example.org/" + "x" * 160  # nowhere to break a line
    wordy = tuple(custom_exercise(id=f"wordy-{i}", name=f"Wordy {i}", purpose=sentence * 3 + address,
                                  setup=tuple(f"Step {n}: " + sentence * 3 for n in range(12)))
                  for i in range(EXERCISES_PER_PAGE))
    document = write(tmp_path, replace(lower_back, exercises=wordy), figures)
    assert document.pageCount() == 1
    printout = Printout(document, 0)
    margin = PAGE_MARGIN_MM * POINTS_PER_MM
    footer = where(document, 0, "Back Coach · page 1 of 1")
    content = QRectF(0, 0, *A4_POINTS).adjusted(margin - 1, margin - 1, 1 - margin, 1 - margin)
    assert printout.ink(content) + printout.ink(footer.adjusted(-2, -2, 2, 2)) == printout.ink(
        QRectF(0, 0, *A4_POINTS)), "text ran into the margins"
    names = [where(document, 0, f"{i + 1}. Wordy {i}") for i in range(EXERCISES_PER_PAGE)]
    assert all(upper.bottom() < lower.top() for upper, lower in pairwise(names))
    text = words(document, 0)
    assert "more steps in the app" in text or "12 set-up steps in the app" in text
    assert text.count("rest 45 s between rounds") == EXERCISES_PER_PAGE, "the dose is never cut"


# ----- writing the file

def test_a_missing_folder_is_an_os_error_and_leaves_nothing(qapp, tmp_path, lower_back, figures):
    path = tmp_path / "not-there" / "sheet.pdf"
    with pytest.raises(OSError) as raised:
        write_sheet(lower_back, Level.STANDARD, path, figures)
    assert raised.value.strerror
    assert not path.parent.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a folder this user cannot write")
def test_a_read_only_folder_is_an_os_error(qapp, tmp_path, lower_back, figures):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError) as raised:
            write_sheet(lower_back, Level.STANDARD, folder / "sheet.pdf", figures)
        assert raised.value.strerror
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failure_while_writing_keeps_the_old_file(qapp, tmp_path, lower_back, figures, monkeypatch):
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"an older sheet")

    def failing_replace(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_sheet(lower_back, Level.STANDARD, path, figures)
    monkeypatch.undo()
    assert path.read_bytes() == b"an older sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"], "no temporary file is left"


def test_an_existing_file_is_replaced_whole(qapp, tmp_path, lower_back, figures):
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"an older sheet")
    assert write_sheet(lower_back, Level.GENTLE, path, figures) == 1
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"], "no temporary file is left"
    assert "Gentle level" in words(open_pdf(path), 0)


def test_each_figure_shows_its_peak_over_its_start_and_the_side_done_first(lower_back, figures):
    for exercise in lower_back.exercises:
        figure, frame = figures[exercise.id], telling_frame(exercise, figures)
        assert frame is not None and frame.figure is figure
        assert frame.joints == figure.key_joints(figure.phases[0]), "the end of the first move"
        assert frame.target == figure.key_joints(figure.start), "the start pose, drawn faintly"
        first_side = exercise.dose.sides[0] if exercise.dose.sides else None
        assert frame.mirrored == (figure.side is not None and first_side not in (None, figure.side))
    # Its poses show the left knee, the side done first (the head on the left, as in every exercise).
    assert not telling_frame(lower_back.exercise("knee-to-chest"), figures).mirrored
    assert telling_frame(custom_exercise(), figures) is None


def test_figures_stand_on_their_floor_the_right_way_up(qapp, tmp_path, lower_back, figures):
    """In each side view the mat (pale grey) shows under the body (dark), as on screen."""
    document = write(tmp_path, lower_back, figures)
    printout = Printout(document, 0, QSize(1240, 1754))
    margin, width = PAGE_MARGIN_MM * POINTS_PER_MM, FIGURE_WIDTH_MM * POINTS_PER_MM
    names = [where(document, 0, f"{n}. {e.name}") for n, e in enumerate(lower_back.exercises, start=1)]
    for exercise, name, below in zip(lower_back.exercises, names, names[1:] + [QRectF(0, 800, 1, 1)], strict=True):
        if exercise.id == "rotation":
            continue  # seen from above: its mat runs under the whole body, not below it
        box = QRectF(margin, name.top(), width, below.top() - name.top())
        # The mat (#e4e4e4, its edge a little darker) and the body on it; the body alone (darker than the
        # rules between exercises, #b0b0b0).
        everything, body = printout.ink_rows(box, darker_than=235), printout.ink_rows(box, darker_than=165)
        mat = [all_ink - body_ink for all_ink, body_ink in zip(everything, body, strict=True)]
        assert sum(body) > 100 and sum(mat) > 100, exercise.name

        def middle(rows: list[int]) -> float:
            return sum(y * count for y, count in enumerate(rows)) / sum(rows)

        assert middle(body) < middle(mat), f"{exercise.name}: the body is not above its mat"
