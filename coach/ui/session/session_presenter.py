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
from coach.ui.widgets.figure_view import FigureView

# How often a moving figure changes a second: a step for each FIGURE_CM_PER_STEP its furthest-moving
# joint travels (1.3 cm of the figure is 5 px in a 1280x720 window: a pixel of the 20 % floor view; the
# figure and the view both scale with the window), between these bounds. Each step costs about 1 ms of
# antialiased painting whatever the size of what changed (Qt rasterises a whole path even where it is clipped),
# so fewer steps is what saves CPU; under 8 a second (a step held over 125 ms) the movement looks jerky.
FIGURE_CM_PER_STEP = 1.3
FIGURE_STEPS_PER_SECOND = 12.0
FIGURE_STEPS_PER_SECOND_AT_LEAST = 8.0
_TRAVEL_SAMPLES = 8  # the furthest joint's path is measured over this many straight pieces of the phase


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
        self._steps_per_second = FIGURE_STEPS_PER_SECOND
        self._travel: dict[tuple[object, ...], float] = {}  # cm the figure's furthest joint moves, by phase
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
        else:
            self._steps_per_second = self._figure_pace(segment)
        span = self._spans.get(segment.index)
        arc_seconds = span.seconds if span is not None else segment.seconds
        self.driver.set_frame_spacing(arc_seconds / self._speed, self._steps_per_second if self._figure_moves else 0.0)
        self.refresh()

    def _figure_pace(self, segment: Segment) -> float:
        """Steps a second for this moving segment: by how far its furthest joint travels a second."""
        seconds = segment.seconds / self._speed
        if seconds <= 0:
            return FIGURE_STEPS_PER_SECOND
        # The phase's first and last steps are kept by the track for the session: they name the phase.
        ends = (self.track.stepped_frame(segment, 0.0, 1), self.track.stepped_frame(segment, 1.0, 1))
        key = (id(ends[0]), id(ends[1]), segment.seconds)
        travel = self._travel.get(key)
        if travel is None:
            frames = [self.track.frame(segment, i / _TRAVEL_SAMPLES) for i in range(_TRAVEL_SAMPLES + 1)]
            travel = self._travel[key] = FigureView.travel([frame for frame in frames if frame is not None])
        wanted = travel / seconds / FIGURE_CM_PER_STEP
        return min(FIGURE_STEPS_PER_SECOND, max(FIGURE_STEPS_PER_SECOND_AT_LEAST, wanted))

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
            steps = max(1, round(seconds / self._speed * self._steps_per_second))
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
