"""The calendar of session days: twelve weeks, a cell a day, darker the more sessions were finished."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coach.domain.progress import DayCell
from coach.ui.progress.chart_paint import blend, chart_font
from coach.ui.widgets.theme import LIGHT, Theme

# Space for the row labels (left) and month labels (top), in cell steps.
LABEL_COLUMNS, LABEL_ROWS = 2.0, 1.1
CELL_SHARE = 0.84  # of a step; the rest is the gap between cells
# How much accent shows in a cell: only stopped-early sessions, then 1, 2, 3+ completed.
PARTIAL_ALPHA, COMPLETED_ALPHAS = 0.22, (0.45, 0.7, 1.0)
LABELLED_ROWS = (0, 2, 4)  # Mon, Wed, Fri


class _Grid(NamedTuple):
    """Where the calendar's cells go: the first column's x, Monday's y, the step to the next cell."""

    left: float
    top: float
    step: float

    @property
    def cell(self) -> float:
        return self.step * CELL_SHARE


class CalendarHeatmap(QWidget):
    """Days as squares: a column per week (oldest left), a row per weekday (Monday on top).

    The more sessions completed on a day, the stronger the accent; a day with
    only stopped-early sessions is faint; days to come are outlined; today has
    a ring in the text colour. Hovering a day tells its counts.

    Attributes:
        cells: the days shown, oldest first (index i is ``cells[i]``).
        today: the day ringed; the last day not in the future unless set_days was told.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: list[DayCell] = []
        self.today: date | None = None
        self._theme = LIGHT
        self._first_monday = date.min
        self._columns = 0
        self._index_at: dict[tuple[int, int], int] = {}  # (column, row) -> index into cells
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Days with a session"))
        self._describe()

    def set_days(self, cells: Sequence[DayCell], today: date | None = None) -> None:
        self.cells = sorted(cells, key=lambda cell: cell.day)
        past = [cell.day for cell in self.cells if not cell.future]
        self.today = today if today is not None else (past[-1] if past else None)
        if self.cells:
            first = self.cells[0].day
            self._first_monday = first - timedelta(days=first.weekday())
        self._index_at = {self._column_row(cell.day): index for index, cell in enumerate(self.cells)}
        self._columns = max((column for column, _row in self._index_at), default=-1) + 1
        self._describe()
        self.updateGeometry()
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    # ----- geometry (paintEvent, hit tests and tests all use these)

    def _column_row(self, day: date) -> tuple[int, int]:
        return (day - self._first_monday).days // 7, day.weekday()

    def _grid(self) -> _Grid:
        columns = max(1, self._columns)
        step = max(0.0, min(self.width() / (columns + LABEL_COLUMNS), self.height() / (7 + LABEL_ROWS)))
        block_width, block_height = step * (columns + LABEL_COLUMNS), step * (7 + LABEL_ROWS)
        left = (self.width() - block_width) / 2 + step * LABEL_COLUMNS
        top = (self.height() - block_height) / 2 + step * LABEL_ROWS
        return _Grid(left, top, step)

    def cell_rect(self, index: int) -> QRectF:
        """The square of ``cells[index]`` at the widget's current size."""
        grid = self._grid()
        column, row = self._column_row(self.cells[index].day)
        return QRectF(grid.left + column * grid.step, grid.top + row * grid.step, grid.cell, grid.cell)

    def index_at(self, point: QPointF) -> int | None:
        """The day under a point (gaps between cells count as the cell to their left/top)."""
        grid = self._grid()
        if grid.step <= 0 or point.x() < grid.left or point.y() < grid.top:
            return None
        return self._index_at.get((int((point.x() - grid.left) // grid.step),
                                   int((point.y() - grid.top) // grid.step)))

    def today_index(self) -> int | None:
        return next((i for i, cell in enumerate(self.cells) if cell.day == self.today), None)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        columns = max(1, self._columns or 12)
        return round(width / (columns + LABEL_COLUMNS) * (7 + LABEL_ROWS))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(600, self.heightForWidth(600))

    # ----- words

    def colour_for(self, cell: DayCell) -> QColor | None:
        """The fill of a day's square; None for days to come (outline only)."""
        theme = self._theme
        if cell.future:
            return None
        if cell.completed > 0:
            alpha = COMPLETED_ALPHAS[min(cell.completed, len(COMPLETED_ALPHAS)) - 1]
            return blend(theme.accent, theme.background, alpha)
        if cell.partial > 0:
            return blend(theme.accent, theme.background, PARTIAL_ALPHA)
        return QColor(theme.surface)

    def tooltip_text(self, index: int) -> str:
        """E.g. "Tue 3 Nov: 2 sessions done, 1 stopped early"."""
        cell = self.cells[index]
        locale = self.locale()
        name = self.tr("{weekday} {day} {month}").format(
            weekday=locale.dayName(cell.day.isoweekday(), locale.FormatType.ShortFormat),
            day=cell.day.day, month=locale.standaloneMonthName(cell.day.month, locale.FormatType.ShortFormat))
        if cell.future:
            return self.tr("{name}: still to come").format(name=name)
        parts = []
        if cell.completed:
            parts.append(self.tr("%n session(s) done", "", cell.completed))
        if cell.partial:
            parts.append(self.tr("%n stopped early", "", cell.partial))
        return f"{name}: {', '.join(parts) if parts else self.tr('no session')}"

    def _describe(self) -> None:
        weeks = self._columns
        done = sum(1 for cell in self.cells if cell.completed > 0)
        partial_only = sum(1 for cell in self.cells if cell.completed == 0 and cell.partial > 0)
        text = self.tr("%n week(s)", "", weeks) + ": " + self.tr("%n day(s) with a session", "", done)
        if partial_only:
            text += self.tr(", %n more with a session stopped early", "", partial_only)
        self.setAccessibleDescription(text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)

    # ----- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._theme.background))
        grid = self._grid()
        if self.cells and grid.step >= 3:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_cells(painter, grid)
            if grid.step >= 12:  # below that the labels would be unreadable smudges
                self._paint_labels(painter, grid)
        painter.end()

    def _paint_cells(self, painter: QPainter, grid: _Grid) -> None:
        theme, radius = self._theme, grid.cell * 0.2
        outline = max(1.0, grid.cell * 0.07)
        for index, cell in enumerate(self.cells):
            fill, half = self.colour_for(cell), outline / 2
            # Days to come: an outline only, inside the square so neighbours keep their gap.
            rect = self.cell_rect(index)
            if fill is None:
                painter.setPen(QPen(blend(theme.secondary_text, theme.background, 0.35), outline))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                rect.adjust(half, half, -half, -half)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
            painter.drawRoundedRect(rect, radius, radius)
        today = self.today_index()
        if today is not None:
            # Drawn in the gap around the cell, so the day's own colour stays whole.
            ring = max(2.0, grid.step * (1 - CELL_SHARE) * 0.6)
            painter.setPen(QPen(QColor(theme.text), ring))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = ring / 2
            painter.drawRoundedRect(self.cell_rect(today).adjusted(-half, -half, half, half),
                                    radius + half, radius + half)

    def _paint_labels(self, painter: QPainter, grid: _Grid) -> None:
        painter.setFont(chart_font(self, grid.step * 0.5))
        painter.setPen(QColor(self._theme.secondary_text))
        locale = self.locale()
        label_width = grid.step * LABEL_COLUMNS - grid.step * 0.3
        for row in LABELLED_ROWS:
            box = QRectF(grid.left - grid.step * LABEL_COLUMNS, grid.top + row * grid.step, label_width, grid.cell)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             locale.dayName(row + 1, locale.FormatType.ShortFormat))
        months: dict[int, int] = {}  # column -> month that starts in it
        for cell in self.cells:
            if cell.day.day == 1:
                months[self._column_row(cell.day)[0]] = cell.day.month
        if not any(column <= 2 for column in months):  # the first column says which month it is
            months[0] = self.cells[0].day.month
        for column, month in months.items():
            box = QRectF(grid.left + column * grid.step, grid.top - grid.step * LABEL_ROWS,
                         grid.step * 3, grid.step * LABEL_ROWS - grid.step * 0.1)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             locale.standaloneMonthName(month, locale.FormatType.ShortFormat))
