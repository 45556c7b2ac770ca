"""The session's frame clock: a frame for each degree the ring's arc moves, or each step of a moving figure."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest

from coach.domain.timeline import SegmentKind
from coach.ui.session import session_driver

from ..conftest import Coach, opened_coach


@pytest.fixture(params=[(1280, 720), (1920, 1080)], ids=lambda size: f"{size[0]}x{size[1]}")
def sized_coach(request, qtbot, catalogue) -> Iterator[Coach]:
    """The window at each size the session bench measures, on its home screen."""
    yield from opened_coach(qtbot, catalogue, size=request.param)


def first(coach: Coach, exercise: str, kind: SegmentKind) -> int:
    return next(s.index for s in coach.driver.player.timeline.segments if s.exercise == exercise and s.kind is kind)


def arc_degrees(coach: Coach) -> float:
    return coach.window.session.ring.fraction_left * 360


def test_the_frames_are_paced_by_degrees_of_arc_whatever_the_window_size(sized_coach):
    """A degree of the ring is the same share of the window at any pixel count: a larger window gets no more frames."""
    coach = sized_coach
    coach.controller.runner.start("lower-back")
    rest = first(coach, "bridge", SegmentKind.REST)
    coach.advance_to_segment(rest)
    assert coach.driver.player.segment.seconds == 60
    assert coach.driver.frame_timer.interval() == round(60_000 / 360 * session_driver.DEGREES_PER_FRAME)
    # Knee-to-chest's set of reps: its arc moves a degree every ~92 ms, its figure steps more often than that,
    # and the figure's steps pace the frames (the same steps at any size: the figure scales with the window).
    coach.advance_to_segment(first(coach, "knee-to-chest", SegmentKind.MOVE))
    steps_per_second = coach.controller.runner._presenter._steps_per_second
    assert coach.driver.frame_timer.interval() == round(1000 / steps_per_second) < 92


def test_each_frame_of_a_rest_moves_the_arc_about_a_degree_and_the_last_empties_it(sized_coach):
    coach = sized_coach
    coach.controller.runner.start("lower-back")
    coach.advance_to_segment(first(coach, "bridge", SegmentKind.REST))
    driver, ring = coach.driver, coach.window.session.ring
    repaints = []
    ring.update = lambda *area: repaints.append(area)  # type: ignore[method-assign]
    interval = driver.frame_timer.interval() / 1000
    end = coach.clock.now + driver.player.segment_remaining()
    arcs = [arc_degrees(coach)]
    frames = 0
    while coach.clock.now < end:
        coach.clock.set(min(end, coach.clock.now + interval))  # as the frame timer would fire
        driver.frame.emit()
        frames += 1
        arcs.append(arc_degrees(coach))
    jumps = [before - after for before, after in pairwise(arcs)]
    assert max(jumps) <= 1.01 * session_driver.DEGREES_PER_FRAME, "smooth: no frame moves the arc further"
    assert min(jumps) >= 0.0, "the arc only empties"
    assert len(repaints) <= frames <= 360 / session_driver.DEGREES_PER_FRAME + 1, "a repaint at most per frame"
    assert len(repaints) >= frames - 1, "every degree shows"
    assert ring.fraction_left == 0.0 and ring.shown_text() == "0", "the last frame empties the ring exactly"
