"""A routine as a printable sheet (PDF, A4), drawn with Qt's own PDF writer.

People learn the exercises from paper too, or keep a page on the floor beside them: so each
page stands on its own (title, level, time, safety line), and each exercise shows its figure at
the telling moment, its set-up steps and its dose at the chosen level in plain words. Text is
drawn as real text, so the PDF can be searched, read aloud and checked by the tests.

Needs a running QGuiApplication (fonts): the caller makes one, e.g. with
``coach.qt.gui_application.ensure_gui_application()``, after setting QT_QPA_PLATFORM=offscreen if there is no display.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QObject, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize, QPainter,
                           QPaintDevice, QPdfWriter, QPen, QTextLayout, QTextOption)

from coach.domain.compiler import compile_timeline
from coach.domain.languages import ENGLISH
from coach.domain.phrasebook import phrasebook
from coach.domain.figure_exercise import ExerciseFigure
from coach.domain.figure_track import FigureFrame
from coach.domain.routine import Exercise, Level, Routine
from coach.domain.sheet_words import about_minutes, dose_words, filled, telling_frame, tempo_words
from coach.storage.atomic import write_atomically
from coach.ui.widgets.figure_view import paint_figure
from coach.ui.widgets.theme import LIGHT

EXERCISES_PER_PAGE = 5   # the built-in five-exercise routine fits on one page
PAGE_MARGIN_MM = 15.0
FIGURE_WIDTH_MM = 44.0
FIGURE_HEIGHT_MM = 30.0
FOOTER_BOTTOM_MM = 8.0    # the footer ends this far above the page's edge, inside the bottom margin
_GUTTER_MM = 5.0          # between a figure and its text
_GAP_MM = (3.0, 8.0)      # between exercise blocks: at least, at most (spare room is shared out)
_RESOLUTION = 600         # dpi of the PDF's coordinates (text and figures are vectors anyway)
_BODY_POINTS = (10.5, 10.0, 9.5, 9.0)  # tried largest first until every page fits
_INK, _SOFT_INK, _RULE = QColor("#000000"), QColor("#333333"), QColor("#b0b0b0")
# Figures on paper: white ground, the body mid grey, the working part black, a pale grey floor.
PRINT_THEME = replace(LIGHT, background="#ffffff", surface="#e4e4e4", text="#6e6e6e",
                      secondary_text="#555555", accent="#111111")


class _SheetWords(QObject):
    """The sheet's own words with a count. A QObject for tr(): pyside6-lupdate sees a plural (%n) in
    tr("...", "", n) with n a variable, but not in QCoreApplication.translate()."""

    def more_steps(self, more: int, *, after_some: bool) -> str:
        if after_some:
            return self.tr("… and %n more step(s) in the app", "", more)
        return self.tr("%n set-up step(s) in the app", "", more)


# ----- typesetting

@dataclass
class _Paragraph:
    """Text wrapped to lines, with an optional label (a step's number) hanging in its indent."""

    lines: list[str]
    font: QFont
    colour: QColor
    indent: float = 0.0
    label: str = ""
    space_before: float = 0.0


@dataclass
class _Block:
    """One exercise as laid out: its figure (or None) and its text column."""

    frame: FigureFrame | None
    paragraphs: list[_Paragraph] = field(default_factory=list)
    height: float = 0.0


class _Typesetter:
    """Fonts, wrapping and measuring on the PDF's own coordinates (so what is measured is what prints)."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.base_font = QGuiApplication.font()

    def mm(self, millimetres: float) -> float:
        return millimetres * _RESOLUTION / 25.4

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.base_font)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def paragraph(self, text: str, font: QFont, width: float, colour: QColor = _INK, *, max_lines: int = 0,
                  label: str = "", indent: float = 0.0, space_mm: float = 0.0) -> _Paragraph:
        """Wrap ``text`` into ``width`` (after the indent); with max_lines, the last line kept ends in "…"."""
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long web address wraps too
        layout.setTextOption(option)
        layout.beginLayout()
        starts = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width - indent)
            starts.append(line.textStart())
        layout.endLayout()
        lines = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)], strict=True)]
        if max_lines and len(lines) > max_lines:
            rest = text[starts[max_lines - 1]:].strip()
            metrics = QFontMetricsF(font, self.device)
            lines = lines[:max_lines - 1] + [metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width - indent)]
        return _Paragraph(lines, font, colour, indent, label, self.mm(space_mm))

    def height(self, paragraphs: list[_Paragraph]) -> float:
        return sum(p.space_before + len(p.lines) * QFontMetricsF(p.font, self.device).lineSpacing()
                   for p in paragraphs)

    def draw(self, painter: QPainter, paragraphs: list[_Paragraph], x: float, y: float) -> float:
        """Draw paragraphs from the top-left (x, y); returns the y below the last line."""
        for paragraph in paragraphs:
            metrics = QFontMetricsF(paragraph.font, self.device)
            painter.setFont(paragraph.font)
            painter.setPen(paragraph.colour)
            y += paragraph.space_before
            if paragraph.label:
                painter.drawText(QPointF(x, y + metrics.ascent()), paragraph.label)
            for line in paragraph.lines:
                painter.drawText(QPointF(x + paragraph.indent, y + metrics.ascent()), line)
                y += metrics.lineSpacing()
        return y


# ----- pages

class _Sheet:
    """Lays the routine out on pages (choosing one body size that fits them all) and paints them."""

    def __init__(self, routine: Routine, level: Level, figures: Mapping[str, ExerciseFigure],
                 writer: QPdfWriter, language: str = ENGLISH) -> None:
        self.routine, self.level, self.figures, self.writer = routine, level, figures, writer
        self.language = language  # of the generated words; the routine comes translated already
        self.type = _Typesetter(writer)
        self.margin = self.type.mm(PAGE_MARGIN_MM)
        self.width = writer.width() - 2 * self.margin
        self.header = self._header()
        self.room = writer.height() - 2 * self.margin - self.type.height(self.header) - self.type.mm(4)
        exercises = list(enumerate(routine.exercises, start=1))
        self.pages = [exercises[i:i + EXERCISES_PER_PAGE]
                      for i in range(0, len(exercises), EXERCISES_PER_PAGE)] or [[]]

    def _header(self) -> list[_Paragraph]:
        t, width, routine = self.type, self.width, self.routine
        language = self.language
        minutes = about_minutes(compile_timeline(routine, self.level, language=language).total_seconds, language)
        return [t.paragraph(routine.title, t.font(20, bold=True), width, max_lines=2),
                t.paragraph(routine.description, t.font(10.5), width, _SOFT_INK, space_mm=1, max_lines=4),
                t.paragraph(f"{self.level.value.capitalize()} level · {minutes}", t.font(11, bold=True),
                            width, space_mm=1.5),
                t.paragraph(phrasebook(language).safety, t.font(10.5, italic=True), width, space_mm=0.5)]

    def _block(self, number: int, exercise: Exercise, points: float, max_steps: int | None = None,
               max_lines: int = 0) -> _Block:
        t, side = self.type, (exercise.dose.sides[0] if exercise.dose.sides else None)
        block = _Block(telling_frame(exercise, self.figures))
        has_figure = block.frame is not None
        width = self.width - (t.mm(FIGURE_WIDTH_MM + _GUTTER_MM) if has_figure else 0)
        body, steps = t.font(points), [filled(step, side, language=self.language) for step in exercise.setup]
        shown = steps if max_steps is None else steps[:max_steps]
        indent = QFontMetricsF(body, t.device).horizontalAdvance(f"{len(steps)}.") + t.mm(1.5)
        block.paragraphs = [
            t.paragraph(f"{number}. {filled(exercise.name, side, language=self.language)}",
                        t.font(points + 3, bold=True), width, max_lines=2),
            t.paragraph(filled(exercise.purpose, side, language=self.language), t.font(points, italic=True), width,
                        _SOFT_INK, max_lines=max_lines, space_mm=0.5),
            *[t.paragraph(step, body, width, label=f"{i}.", indent=indent, max_lines=max_lines,
                          space_mm=1.0 if i == 1 else 0.3) for i, step in enumerate(shown, start=1)]]
        if len(shown) < len(steps):
            more = len(steps) - len(shown)
            note = _SheetWords().more_steps(more, after_some=bool(shown))
            block.paragraphs.append(t.paragraph(note, t.font(points, italic=True), width, _SOFT_INK,
                                                indent=indent if shown else 0.0, space_mm=0.0 if shown else 1.0))
        # The dose is never cut short; a long tempo may be.
        for text, font, cap in ((dose_words(exercise, self.level, self.language), t.font(points, bold=True), 0),
                                (tempo_words(exercise, self.level, self.language), body, max_lines)):
            if text:
                block.paragraphs.append(t.paragraph(text, font, width, max_lines=cap, space_mm=1.0))
        block.height = max(t.height(block.paragraphs), t.mm(FIGURE_HEIGHT_MM) if has_figure else 0.0)
        return block

    def _fits(self, blocks: list[_Block]) -> bool:
        return sum(b.height for b in blocks) + self.type.mm(_GAP_MM[0]) * (len(blocks) - 1) <= self.room

    def _capped(self, page: list[tuple[int, Exercise]], points: float) -> list[_Block]:
        """At the smallest size, cut the longest blocks (fewer steps, then fewer lines per paragraph) to fit.

        Short blocks keep their height; the long ones share what is left equally.
        """
        blocks = [self._block(n, e, points) for n, e in page]
        left = self.room - self.type.mm(_GAP_MM[0]) * (len(blocks) - 1)
        order = sorted(range(len(blocks)), key=lambda i: blocks[i].height)
        for count, index in enumerate(order):
            share = left / (len(order) - count)
            number, exercise = page[index]
            tries = [(steps, 0) for steps in range(len(exercise.setup) - 1, -1, -1)] + [(0, 3), (0, 2), (0, 1)]
            for max_steps, max_lines in tries:
                if blocks[index].height <= share:
                    break
                blocks[index] = self._block(number, exercise, points, max_steps, max_lines)
            left -= blocks[index].height
        return blocks

    def layout(self) -> list[list[_Block]]:
        for points in _BODY_POINTS:
            pages = [[self._block(n, e, points) for n, e in page] for page in self.pages]
            if all(self._fits(blocks) for blocks in pages):
                return pages
        return [self._capped(page, _BODY_POINTS[-1]) for page in self.pages]

    def paint(self, painter: QPainter) -> int:
        """Paint every page; returns how many there are."""
        pages = self.layout()
        for number, blocks in enumerate(pages, start=1):
            if number > 1:
                self.writer.newPage()
            footer = QCoreApplication.translate("RoutineSheet", "Back Coach · page {number} of {count}")
            self._paint_page(painter, blocks, footer.format(number=number, count=len(pages)))
        return len(pages)

    def _paint_page(self, painter: QPainter, blocks: list[_Block], footer: str) -> None:
        """The header, a rule, the blocks (spread out a little when there is room) and the footer."""
        t, margin = self.type, self.margin
        y = t.draw(painter, self.header, margin, margin) + t.mm(2)
        painter.setPen(QPen(_INK, t.mm(0.4)))
        painter.drawLine(QPointF(margin, y), QPointF(margin + self.width, y))
        y += t.mm(2)
        spare = self.room - sum(b.height for b in blocks)
        gap = min(t.mm(_GAP_MM[1]), max(t.mm(_GAP_MM[0]), spare / max(1, len(blocks) - 1)))
        for index, block in enumerate(blocks):
            if index:
                painter.setPen(QPen(_RULE, t.mm(0.2)))
                painter.drawLine(QPointF(margin, y + gap / 2), QPointF(margin + self.width, y + gap / 2))
                y += gap
            self._paint_block(painter, block, y)
            y += block.height
        painter.setFont(t.font(9))
        painter.setPen(_SOFT_INK)
        bottom = self.writer.height() - t.mm(FOOTER_BOTTOM_MM)
        painter.drawText(QRectF(margin, bottom - t.mm(5), self.width, t.mm(5)),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, footer)

    def _paint_block(self, painter: QPainter, block: _Block, top: float) -> None:
        t, x = self.type, self.margin
        if block.frame is not None:
            box = QRectF(x, top + (block.height - t.mm(FIGURE_HEIGHT_MM)) / 2, t.mm(FIGURE_WIDTH_MM),
                         t.mm(FIGURE_HEIGHT_MM))
            painter.fillRect(box, QColor(PRINT_THEME.background))
            paint_figure(painter, box, block.frame, PRINT_THEME)
            x += t.mm(FIGURE_WIDTH_MM + _GUTTER_MM)
        t.draw(painter, block.paragraphs, x, top)


def write_sheet(routine: Routine, level: Level, path: Path, figures: Mapping[str, ExerciseFigure],
                language: str = ENGLISH) -> int:
    """Write the routine's printable sheet to ``path`` (PDF); returns the number of pages.

    The PDF is made in memory and then written atomically, so a failure leaves the old file (or
    none), never half a PDF. OSError if it cannot be written (the folder missing or read-only);
    RuntimeError if no QGuiApplication is running (see ensure_gui_application).
    """
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise RuntimeError("write_sheet needs a QGuiApplication: call ensure_gui_application() first")
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(_RESOLUTION)
    writer.setTitle(routine.title)
    writer.setCreator("Back Coach")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(errno.EIO, "Qt could not start a PDF", str(path))
    try:
        pages = _Sheet(routine, level, figures, writer, language).paint(painter)
    finally:
        painter.end()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):  # QPdfWriter reports no errors of its own
        raise OSError(errno.EIO, "Qt's PDF writer produced no PDF", str(path))
    write_atomically(path, data)
    return pages

