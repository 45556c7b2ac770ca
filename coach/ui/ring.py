"""The countdown ring: seconds left in the middle, an arc for the segment's progress."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.ui.theme import LIGHT, Theme


class CountdownRing(QWidget):
    """A custom-painted ring that empties clockwise from 12 o'clock as a segment runs.

    The owner sets the numbers; the ring only paints them. It stays square and
    as large as its space allows.

    Attributes:
        remaining: seconds left, shown rounded up ("3" until the last third is over).
        fraction_left: 1.0 for a full ring, 0.0 for an empty one.
        label: a word under the number, e.g. "hold" or "rest"; may be empty.
        centre_text: replaces the number when set (e.g. a tick when done).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remaining = 0.0
        self.fraction_left = 1.0
        self.label = ""
        self.centre_text = ""
        self._theme = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(self.tr("Countdown"))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_countdown(self, remaining: float, fraction_left: float) -> None:
        remaining = max(0.0, remaining)
        fraction_left = min(1.0, max(0.0, fraction_left))
        if (remaining, fraction_left) != (self.remaining, self.fraction_left):
            self.remaining = remaining
            self.fraction_left = fraction_left
            self.setAccessibleDescription(self.shown_text())
            self.update()

    def set_label(self, label: str, centre_text: str = "") -> None:
        if (label, centre_text) != (self.label, self.centre_text):
            self.label = label
            self.centre_text = centre_text
            self.update()

    def shown_text(self) -> str:
        """What the middle of the ring says: whole seconds left, rounded up."""
        if self.centre_text:
            return self.centre_text
        return str(math.ceil(self.remaining - 1e-9)) if self.remaining > 0 else "0"

    def diameter(self) -> float:
        return float(min(self.width(), self.height()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, 360)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event
        diameter = self.diameter()
        thickness = max(6.0, diameter * 0.075)
        square = QRectF((self.width() - diameter) / 2, (self.height() - diameter) / 2, diameter, diameter)
        ring = square.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPen(QColor(self._theme.surface), thickness)
        painter.setPen(track)
        painter.drawEllipse(ring)
        if self.fraction_left > 0:
            arc = QPen(QColor(self._theme.accent), thickness)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc)
            # Qt angles are 1/16 degree, counter-clockwise from 3 o'clock; negative spans go clockwise.
            painter.drawArc(ring, 90 * 16, -round(self.fraction_left * 360 * 16))

        painter.setPen(QColor(self._theme.text))
        number_font = QFont(self.font())
        number_font.setBold(True)
        text = self.shown_text()
        number_font.setPixelSize(max(10, round(diameter * (0.38 if len(text) <= 2 else 0.26))))
        painter.setFont(number_font)
        label_height = diameter * 0.12 if self.label else 0.0
        number_box = QRectF(square.left(), square.top(), diameter, diameter - label_height)
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, text)
        if self.label:
            label_font = QFont(self.font())
            label_font.setPixelSize(max(8, round(diameter * 0.085)))
            painter.setFont(label_font)
            painter.setPen(QColor(self._theme.secondary_text))
            label_box = QRectF(square.left(), square.center().y() + diameter * 0.17, diameter, label_height * 1.4)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.label)
        painter.end()
