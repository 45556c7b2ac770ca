"""The countdown ring: what it shows, and that its cheap partial repaints leave no trace."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coach.ui.widgets.ring import CountdownRing
from coach.ui.widgets.theme import DARK


@pytest.fixture
def ring(qtbot):
    widget = CountdownRing()
    widget.set_theme(DARK)
    widget.resize(400, 400)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def on_screen(widget):
    """What the window system holds for the widget: the result of every repaint so far."""
    QApplication.processEvents()
    return widget.screen().grabWindow(widget.winId()).toImage()


def test_shows_whole_seconds_rounded_up(ring):
    ring.set_countdown(2.01, 0.5)
    assert ring.shown_text() == "3"
    ring.set_countdown(0.0, 0.0)
    assert ring.shown_text() == "0"
    ring.set_centre("✓")
    assert ring.shown_text() == "✓"
    ring.set_centre("7", "/15")
    assert ring.shown_text() == "7/15", "a rep of a set replaces the seconds"
    ring.set_countdown(5.0, 0.5)
    assert ring.shown_text() == "7/15"
    ring.set_centre()
    assert ring.shown_text() == "5"


def test_many_small_repaints_look_exactly_like_one_full_paint(ring):
    ring.set_centre("7", "/15")
    ring.set_countdown(60.0, 1.0)
    on_screen(ring)
    for step in range(1, 400):  # the tip goes most of the way round in small steps
        left = 60.0 - step * 0.1
        ring.set_countdown(left, left / 60.0)
        if step % 7 == 0:
            QApplication.processEvents()
    stepped = on_screen(ring)
    fresh = ring.grab().toImage().convertToFormat(stepped.format())
    assert stepped.size() == fresh.size()
    # Qt draws an arc as Bezier pieces that depend on its span, so anti-aliased edge pixels
    # may differ by a few levels; a stale piece of arc would differ by ~200 (accent vs background).
    worst = max(max(abs(a - b) for a, b in zip(stepped.pixelColor(x, y).getRgb()[:3],
                                                fresh.pixelColor(x, y).getRgb()[:3], strict=True))
                for x in range(stepped.width()) for y in range(stepped.height()))
    assert worst <= 48


def test_a_tiny_move_does_not_repaint_at_all(ring, qtbot):
    ring.set_countdown(60.0, 0.5)
    on_screen(ring)
    painted = []
    original = ring.paintEvent
    ring.paintEvent = lambda event: (painted.append(event.rect()), original(event))
    ring.set_countdown(59.999, 0.49999)  # the tip moves a fraction of a pixel
    QApplication.processEvents()
    assert painted == []
    ring.set_countdown(59.5, 0.49)  # a few pixels (same number shown): only a small square around the tip
    QApplication.processEvents()
    assert len(painted) == 1 and painted[0].width() < 80 and painted[0].height() < 80
