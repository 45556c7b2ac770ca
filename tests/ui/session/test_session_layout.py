"""Nothing jumps: the ring and the figure keep one place and size for a whole session."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coach.domain.routine import Level

from ..conftest import make_coach


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1024, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_ring_and_figure_never_move_over_a_whole_session_running_or_paused(qtbot, catalogue, size):
    coach = make_coach(qtbot, catalogue, size=size)
    screen = coach.window.session
    coach.controller.runner.start("lower-back", Level.STANDARD)
    QApplication.sendPostedEvents()
    places = {"ring": screen.ring.geometry(), "figure": screen.figure.geometry(),
              "caption": screen.caption_label.geometry()}
    assert places["ring"].width() == places["ring"].height() >= 0.3 * min(size[1], size[0] * 0.75)
    assert not places["ring"].intersects(places["figure"])
    sizes_of_caption = set()
    timeline = coach.driver.player.timeline
    for index in range(1, len(timeline)):
        coach.advance_to_segment(index)
        for paused in (False, True):
            if paused:
                coach.controller.runner.pause()
            QApplication.sendPostedEvents()
            now = {"ring": screen.ring.geometry(), "figure": screen.figure.geometry(),
                   "caption": screen.caption_label.geometry()}
            assert now == places, f"segment {index} ({timeline.segments[index].kind.value}), paused={paused}"
            sizes_of_caption.add(screen.caption_label.pixel_size())
        coach.controller.runner.resume()
        if index == 60:  # the stop question is drawn over the screen, not in its layout
            coach.controller.runner.ask_to_stop()
            QApplication.sendPostedEvents()
            assert (screen.ring.geometry(), screen.figure.geometry()) == (places["ring"], places["figure"])
            coach.controller.runner.answer_stop_question(False)
    assert len(sizes_of_caption) <= 2, f"the caption used {sorted(sizes_of_caption)} px"
    coach.controller.go_home()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1024, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_paused_the_steps_words_are_shown_whole_and_nothing_covers_them(qtbot, catalogue, size):
    """Paused, the pinned controls covered a two-line caption's second line."""
    coach = make_coach(qtbot, catalogue, size=size)
    screen = coach.window.session
    coach.controller.runner.start("lower-back", Level.STANDARD)
    timeline = coach.driver.player.timeline
    # The longest caption of the session, which takes two lines.
    index = max(range(len(timeline)), key=lambda i: len(timeline.segments[i].caption))
    coach.advance_to_segment(index)
    caption = timeline.segments[index].caption
    coach.controller.runner.pause()
    QApplication.sendPostedEvents()
    controls = screen.controls.geometry()
    assert screen.controls.isVisible()
    showing = [label for label in (screen.caption_label, screen.paused_veil.detail) if label.isVisible()]
    assert showing, "the step is shown while paused"
    for label in showing:
        place = label.geometry().translated(label.parentWidget().mapTo(screen, label.parentWidget().rect().topLeft()))
        assert not place.intersects(controls), f"{label.text()!r} lies under the controls"
        assert label.text() == caption, "whole, not shortened"
    coach.controller.runner.resume()
    QApplication.sendPostedEvents()
    assert screen.caption_label.isVisible() and screen.caption_label.full_text == caption
    coach.controller.go_home()
