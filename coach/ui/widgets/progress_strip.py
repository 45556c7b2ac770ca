"""The thin strip under the session that fills as the whole session goes by.

A QProgressBar did this job, but its setValue() repaints the bar at once, bypassing
the event loop (so that progress shows even while a program is busy): under X that
is a paint and a flush of its own, waited for on the GUI thread, every second. In a
py-spy profile of a hold it was most of the presenter's time, as waiting rather than
CPU (the session's CPU did not change measurably without it: BENCHMARKS.md §17). This
strip asks for a repaint only when the filled width changes by a whole pixel, and
Qt paints it with whatever else the event loop paints next.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from coach.ui.widgets.theme import LIGHT, Theme


class ProgressStrip(QWidget):
    """A rounded track with a rounded fill in the accent colour.

    Attributes:
        fraction: how much of the session is done, 0.0 to 1.0.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self._theme = LIGHT
        self._filled_px = 0
        self.setAccessibleName(self.tr("Session progress"))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_fraction(self, fraction: float) -> None:
        self.fraction = min(1.0, max(0.0, fraction))
        self.setAccessibleDescription(f"{round(self.fraction * 100)} %")
        filled_px = round(self.fraction * self.width())
        if filled_px != self._filled_px:
            self._filled_px = filled_px
            self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._filled_px = round(self.fraction * self.width())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = min(4.0, self.height() / 2)
        track = QRectF(self.rect())
        painter.setBrush(QColor(self._theme.surface))
        painter.drawRoundedRect(track, radius, radius)
        if self._filled_px > 0:
            # At least a circle's width, so the first pixels do not draw a squashed sliver.
            width = max(float(self._filled_px), min(track.width(), 2 * radius))
            painter.setBrush(QColor(self._theme.accent))
            painter.drawRoundedRect(QRectF(0, 0, width, track.height()), radius, radius)
        painter.end()
