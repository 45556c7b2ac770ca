"""Pain before and after each session, 0-10: two lines, so a person sees whether exercising helps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.domain.progress import PainPoint, pain_trend
from coach.ui.progress.chart_paint import chart_font
from coach.ui.widgets.scaling import font_unit
from coach.ui.widgets.theme import LIGHT, Theme

PAIN_MAX, GRID_STEP = 10, 2


def _marker(painter: QPainter, centre: QPointF, radius: float, colour: str, ring: float | None,
            background: str) -> None:
    """A filled dot, or (``ring`` = its pen width) a hollow ring that hides the line behind it."""
    painter.setPen(Qt.PenStyle.NoPen if ring is None else QPen(QColor(colour), ring))
    painter.setBrush(QColor(colour if ring is None else background))
    painter.drawEllipse(centre, radius, radius)


class PainChart(QWidget):
    """Pain before and after each session, 0–10, sessions in order from left to right.

    "Before" is a grey line with hollow rings, "after" an accent line with
    filled dots; a session rated only once shows only that mark, and lines
    join only neighbouring sessions that both have the rating.

    Attributes:
        points: the sessions shown, oldest first (those with no rating at all are left out).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[PainPoint] = []
        self._theme = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Pain before and after sessions"))
        self._describe()

    def set_points(self, points: Sequence[PainPoint]) -> None:
        rated = [p for p in points if p.before is not None or p.after is not None]
        self.points = sorted(rated, key=lambda point: point.started)
        self._describe()
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(600, 300)

    def empty_text(self) -> str:
        return self.tr("Rate your pain before and after a session to see it here.")

    def _describe(self) -> None:
        count = len(self.points)
        if count == 0:
            self.setAccessibleDescription(self.empty_text())
            return
        head = self.tr("Last %n session(s)", "", count)
        change = pain_trend(self.points).mean_change
        if change is None:
            summary = self.tr("none rated both before and after")
        elif abs(change) < 0.05:
            summary = self.tr("pain after was on average the same as before")
        else:
            summary = (self.tr("pain after was on average {change} lower than before") if change < 0 else
                       self.tr("pain after was on average {change} higher than before")).format(
                change=self.locale().toString(abs(change), "f", 1))
        self.setAccessibleDescription(f"{head}: {summary}")

    # ----- geometry

    def line_width(self) -> float:
        """At least 3 px (a 720 px window), thicker as the chart grows."""
        return max(3.0, font_unit(self) * 0.012)

    def plot_rect(self) -> QRectF:
        """The area the 0–10 scale spans (labels and legend sit outside it)."""
        unit = font_unit(self)
        metrics = QFontMetricsF(chart_font(self, unit * 0.065))
        marker = self.line_width() * 3
        left = unit * 0.03 + metrics.horizontalAdvance("10") + metrics.height() * 0.4
        top = unit * 0.03 + metrics.height() * 1.3 + marker
        bottom = self.height() - unit * 0.03 - metrics.height() * 1.2
        return QRectF(left, top, max(0.0, self.width() - left - unit * 0.03 - marker), max(0.0, bottom - top))

    def point_x(self, index: int) -> float:
        plot, pad = self.plot_rect(), self.line_width() * 3
        if len(self.points) <= 1:
            return plot.center().x()
        return plot.left() + pad + index * (plot.width() - 2 * pad) / (len(self.points) - 1)

    def value_y(self, score: float) -> float:
        plot = self.plot_rect()
        return plot.bottom() - score / PAIN_MAX * plot.height()

    # ----- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._theme.background))
        if self.width() >= 60 and self.height() >= 40:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self.points:
                self._paint_grid(painter)
                self._paint_series(painter)
                self._paint_legend(painter)
            else:
                self._paint_empty(painter)
        painter.end()

    def _unitchart_font(self, share: float, *, bold: bool = False) -> QFont:
        return chart_font(self, font_unit(self) * share, bold=bold)

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setFont(self._unitchart_font(0.08))
        painter.setPen(QColor(self._theme.secondary_text))
        margin = min(self.width(), self.height()) * 0.06
        painter.drawText(QRectF(self.rect()).adjusted(margin, margin, -margin, -margin),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text())

    def _paint_grid(self, painter: QPainter) -> None:
        plot, theme = self.plot_rect(), self._theme
        font = self._unitchart_font(0.065)
        painter.setFont(font)
        height = QFontMetricsF(font).height()
        for score in range(0, PAIN_MAX + 1, GRID_STEP):
            y = self.value_y(score)
            painter.setPen(QPen(QColor(theme.surface), max(1.0, self.line_width() * 0.5)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(theme.secondary_text))
            painter.drawText(QRectF(0, y - height / 2, plot.left() - height * 0.3, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score))
        # The first and last session's dates, so "in order" has a span of time.
        # Times are stored in UTC; the person thinks in local days.
        locale, first, last = self.locale(), self.points[0].started.astimezone(), self.points[-1].started.astimezone()
        below = QRectF(plot.left(), plot.bottom() + height * 0.2, plot.width(), height)

        def day(moment: date) -> str:
            return f"{moment.day} {locale.standaloneMonthName(moment.month, locale.FormatType.ShortFormat)}"

        ends = [(Qt.AlignmentFlag.AlignHCenter, first)] if len(self.points) == 1 else \
            [(Qt.AlignmentFlag.AlignLeft, first), (Qt.AlignmentFlag.AlignRight, last)]
        for alignment, moment in ends:
            painter.drawText(below, alignment | Qt.AlignmentFlag.AlignTop, day(moment))

    def _series(self) -> list[tuple[str, str, str, float, float | None]]:
        """(attribute, legend label, colour, marker radius, ring pen or None for a filled dot).

        The after dot fits inside the before ring, so equal scores still show both.
        """
        width = self.line_width()
        return [("before", self.tr("Before"), self._theme.secondary_text, width * 3, width * 0.8),
                ("after", self.tr("After"), self._theme.accent, width * 2, None)]

    def _paint_series(self, painter: QPainter) -> None:
        pen = QPen(QColor(), self.line_width())
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for attribute, _label, colour, radius, ring in self._series():
            pen.setColor(QColor(colour))
            painter.setPen(pen)
            marks = [(self.point_x(i), getattr(p, attribute)) for i, p in enumerate(self.points)]
            for (x0, a), (x1, b) in pairwise(marks):
                if a is not None and b is not None:
                    painter.drawLine(QPointF(x0, self.value_y(a)), QPointF(x1, self.value_y(b)))
            for x, score in marks:
                if score is not None:
                    _marker(painter, QPointF(x, self.value_y(score)), radius, colour, ring, self._theme.background)

    def _paint_legend(self, painter: QPainter) -> None:
        font = self._unitchart_font(0.065, bold=True)
        metrics, unit = QFontMetricsF(font), font_unit(self)
        painter.setFont(font)
        y, x = unit * 0.03 + metrics.height() / 2, self.width() - unit * 0.03
        for _attribute, label, colour, radius, ring in reversed(self._series()):  # from the right edge
            x -= metrics.horizontalAdvance(label)
            painter.setPen(QColor(self._theme.text))
            painter.drawText(QPointF(x, y + (metrics.ascent() - metrics.descent()) / 2), label)
            x -= radius + metrics.height() * 0.3
            _marker(painter, QPointF(x, y), radius, colour, ring, self._theme.background)
            x -= radius + metrics.height()
