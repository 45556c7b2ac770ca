"""A side switch you can see from the floor: the figure turns over like a card, old side to new."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

FLIP_MS = 900


class FigureFlip(QWidget):
    """Lies over the figure for a moment and squeezes its old picture to a line, then opens the new one.

    The owner calls ``flip(old)`` with a grab of the figure before the switch;
    at the half-way point the figure (already showing the new side) is grabbed
    again, so the turn ends exactly on what is then left on screen.

    Attributes:
        figure: the widget being turned over.
        progress: 0.0 to 1.0 through the turn (the animation's value).
    """

    def __init__(self, figure: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.figure = figure
        self.progress = 1.0
        self._old: QPixmap | None = None
        self._new: QPixmap | None = None
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(FLIP_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._animation.valueChanged.connect(self._step)
        self._animation.finished.connect(self._end)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def flip(self, old: QPixmap) -> None:
        self._old, self._new = old, None
        self.setGeometry(self.figure.geometry())
        self.progress = 0.0
        self.show()
        self.raise_()
        self._animation.stop()
        self._animation.start()

    def running(self) -> bool:
        return self.isVisible()

    def finish(self) -> None:
        """Jump to the end (the session left the switch, or the screen is going away)."""
        self._animation.stop()
        self._end()

    def _step(self, value: float) -> None:
        self.progress = float(value)
        if self.progress >= 0.5 and self._new is None:
            self._new = self.figure.grab()
        self.update()

    def _end(self) -> None:
        self.progress = 1.0
        self._old = self._new = None
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        picture = self._old if self.progress < 0.5 else self._new
        if picture is None:
            return
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        squeeze = abs(1.0 - 2.0 * self.progress)  # 1 -> 0 -> 1: the card edge-on half-way
        width = self.width() * squeeze
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(QRectF((self.width() - width) / 2, 0, width, self.height()), picture,
                           QRectF(picture.rect()))
        painter.end()
