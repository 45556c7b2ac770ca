"""Shows a running session on its screen: each segment, every frame's countdown and figure, the summary.

The controller starts and stops sessions; this object only draws one. It listens to the
driver (segment started, frame, state) and tells the session screen what to show, so the
controller need not know how a ring is paced or how a moving figure is stepped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject

from coach.domain.figure_exercise import ExerciseFigure
from coach.domain.figure_track import FigureTrack
from coach.domain.floor_view import SessionTally, ring_spans
from coach.domain.player import PlayerState
from coach.domain.timeline import Segment, SegmentKind, Timeline
from coach.ui.session.session_driver import SessionDriver
from coach.ui.session.session_screen import SessionScreen

# How often a moving figure changes a second: a 2 s lift moves the hips ~80 px at 1280x720, 3 px a step.
FIGURE_STEPS_PER_SECOND = 12


class SessionPresenter(QObject):
    """Draws one session on the session screen, from the driver's signals.

    Attributes:
        driver: the session's SessionDriver.
        screen: the SessionScreen it draws on.
        tally: what the session did so far (for the summary card).
        track: the exercise figures' poses along the timeline.
    """

    def __init__(self, driver: SessionDriver, screen: SessionScreen, figures: Mapping[str, ExerciseFigure], *,
                 speed: float, streak: Callable[[bool], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        timeline: Timeline = driver.player.timeline
        self.driver = driver
        self.screen = screen
        self._speed = speed
        self._streak = streak
        self._figure_moves = False
        self._spans = ring_spans(timeline)  # sets of quick reps: one arc for the set (see ring_spans)
        screen.set_timeline(timeline)
        self.tally = SessionTally(timeline)
        self.track = FigureTrack(timeline, figures)
        screen.set_figure_shown(any(self.track.has_figure(exercise) for exercise in timeline.exercise_ids()))
        driver.segment_started.connect(self.tally.started)
        driver.segment_started.connect(self._on_segment)
        driver.state_changed.connect(lambda state: screen.set_state(PlayerState(state)))
        driver.frame.connect(self.refresh)

    def _on_segment(self, segment: Segment) -> None:
        self.screen.show_segment(segment)
        if segment.kind is SegmentKind.DONE:  # the closing words: the summary already, not a stale step
            self.show_summary(completed=True)
        # A still figure is drawn once per segment; a moving one again at every frame.
        self._figure_moves = self.track.moves(segment)
        if not self._figure_moves:
            self.screen.show_figure(self.track.frame(segment, 0.0))
        span = self._spans.get(segment.index)
        arc_seconds = span.seconds if span is not None else segment.seconds
        self.driver.set_frame_spacing(self.screen.ring.tip_speed(arc_seconds / self._speed),
                                      FIGURE_STEPS_PER_SECOND if self._figure_moves else 0.0)
        self.refresh()

    def refresh(self) -> None:
        """Every animation frame: the ring, and the session's progress when its second changes."""
        player = self.driver.player
        segment = player.segment
        remaining = player.segment_remaining()
        seconds = segment.seconds
        span = self._spans.get(segment.index)
        if span is not None:
            fraction_left = span.fraction_left(segment, remaining)
        else:
            fraction_left = remaining / seconds if seconds > 0 else 0.0
        session_left = player.session_remaining()
        total = player.timeline.total_seconds
        session_done = 1.0 - session_left / total if total > 0 else 1.0
        self.screen.set_countdown(remaining, fraction_left, session_done, session_left)
        if self._figure_moves:
            # The figure moves in even steps, FIGURE_STEPS_PER_SECOND of the phase's real time: smooth
            # from the floor, and every rep repeats the same frames, which the view then draws once.
            steps = max(1, round(seconds / self._speed * FIGURE_STEPS_PER_SECOND))
            phase_done = 1.0 - remaining / seconds if seconds > 0 else 1.0
            self.screen.show_figure(self.track.stepped_frame(segment, phase_done, steps))

    def finish(self, completed: bool) -> None:
        """The session ended: its last frame, the finished state, the summary card."""
        self.refresh()
        self.screen.set_state(PlayerState.FINISHED)
        self.show_summary(completed)

    def show_summary(self, completed: bool) -> None:
        player = self.driver.player
        summary = self.tally.summary(completed=completed, at=player.segment, seconds=player.active_seconds())
        self.screen.show_summary(summary, self._streak(completed))
