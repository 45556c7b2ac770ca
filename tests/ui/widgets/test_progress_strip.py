"""The session's progress strip: it fills by the fraction done, and repaints only when a pixel changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor

from coach.ui.widgets.progress_strip import ProgressStrip
from coach.ui.widgets.theme import DARK, LIGHT


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def strip(qtbot):
    widget = ProgressStrip()
    widget.set_theme(DARK)
    widget.resize(400, 8)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def filled_columns(strip) -> int:
    """How many columns along the strip's middle row are in the accent colour."""
    image = strip.grab().toImage()
    accent = QColor(DARK.accent)
    middle = image.height() // 2
    return sum(image.pixelColor(x, middle) == accent for x in range(image.width()))


def test_fills_by_the_fraction_done_in_the_themes_colours(strip):
    assert filled_columns(strip) == 0
    strip.set_fraction(0.25)
    assert 95 <= filled_columns(strip) <= 100, "a quarter of 400 px, less the rounded end's blend"
    strip.set_fraction(1.0)
    assert filled_columns(strip) >= 396
    strip.set_theme(LIGHT)
    image = strip.grab().toImage()
    assert image.pixelColor(200, 4) == QColor(LIGHT.accent)


def test_out_of_range_fractions_are_clamped_and_told_to_screen_readers(strip):
    strip.set_fraction(1.7)
    assert strip.fraction == 1.0
    assert strip.accessibleDescription() == "100 %"
    strip.set_fraction(-0.2)
    assert strip.fraction == 0.0 and filled_columns(strip) == 0
    assert strip.accessibleName() == "Session progress"


def test_repaints_only_when_the_fill_moves_a_whole_pixel(strip, qtbot):
    counter = PaintCounter()
    strip.installEventFilter(counter)
    strip.set_fraction(0.5)
    qtbot.waitUntil(lambda: counter.paints == 1)
    for tiny_step in range(1, 5):  # 0.1 px each: nothing visible changes
        strip.set_fraction(0.5 + tiny_step * 0.00025)
        assert counter.paints == 1, "no paint happens inside set_fraction (a QProgressBar paints at once)"
    qtbot.wait(50)
    assert counter.paints == 1, "less than a pixel of change asks for no repaint"
    strip.set_fraction(0.6)
    assert counter.paints == 1, "the repaint waits for the event loop"
    qtbot.waitUntil(lambda: counter.paints == 2)
    strip.removeEventFilter(counter)
