"""A side switch you can see from the floor: the figure turns over like a card, old side to new."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QVariantAnimation

from coach.ui.widgets.figure_view import FigureView

FLIP_MS = 900


class FigureFlip(QObject):
    """Turns a FigureView over at a switch of side, through its ``flip`` factor.

    The new side's picture, drawn mirrored (flip -1), is the old side's; the
    turn runs the factor from -1 through 0 (the figure edge on) to 1, so it
    starts on what was on screen and ends on the new side, with nothing drawn
    but the figure itself.

    Attributes:
        figure: the view being turned over.
        progress: 0.0 to 1.0 through the turn.
    """

    def __init__(self, figure: FigureView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.progress = 1.0
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(-1.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(FLIP_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._animation.valueChanged.connect(self._step)
        self._animation.finished.connect(self.finish)

    def flip(self) -> None:
        """Start the turn; call it before the new side's frame is shown."""
        self.figure.set_flip(-1.0)
        self.progress = 0.0
        self._animation.stop()
        self._animation.start()

    def running(self) -> bool:
        return self.progress < 1.0

    def finish(self) -> None:
        """Jump to the end (the turn is over, the session left the switch, or the screen is going away)."""
        self._animation.stop()
        self.progress = 1.0
        self.figure.set_flip(1.0)

    def _step(self, value: float) -> None:
        self.progress = (float(value) + 1.0) / 2.0
        self.figure.set_flip(float(value))
