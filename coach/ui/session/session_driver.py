"""The Qt side of a session: owns the timers and drives the domain Player.

One precise single-shot timer is always set to the player's next due time
(a segment end or a spoken cue). A second timer paces the animation by how
fast the picture changes (a frame for each degree the ring's arc moves, each
step of the figure; at most 25 a second), restarts with each segment, and runs
only while a countdown runs and the window is visible. Paused, idle or finished: no timer runs at all. Remaining time is
always read from the player's deadlines, never counted from ticks.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from coach.domain.player import DEFAULT_SPEECH_GRACE_SECONDS, Player, PlayerState
from coach.domain.timeline import Timeline
from coach.qt.timer import Timer

FRAME_INTERVAL_MS = 40  # the fastest: 25 frames a second, as smooth as the eye needs from the floor
SLOWEST_FRAME_MS = 250
# A frame for each degree the ring's arc moves. The ring is a share of the window, so a degree is the
# same distance on the screen whatever its pixel count: 3 px at the tip at 1280x720, 4.5 px at 1920x1080,
# about 0.6 px of what the eye resolves from 3 m either way (the far view: a 1280-wide window at 20 %, a
# 1920-wide one at 14 %). Pacing by pixels instead gave a large window half as many frames again for no
# visible difference, and each frame is painting and flushing on the GUI thread (BENCHMARKS.md §21).
DEGREES_PER_FRAME = 1.0


def speed_clock(speed: float) -> Callable[[], float]:
    """A monotonic clock that runs ``speed`` times faster than real time (for demos and tests)."""
    return lambda: time.monotonic() * speed


class SessionDriver(QObject):
    """Drives a Player from the Qt event loop and re-emits its events as signals.

    Attributes:
        player: the domain player (commands may be sent to it through the driver).
        speed: how much faster than real time the clock runs.

    Signals:
        segment_started(Segment): a segment became current.
        cue_due(Segment, Cue): words due part-way through a segment.
        state_changed(str): the PlayerState value ("running", "paused", ...).
        finished(bool): the session ended; True if it ran to the end.
        frame(): time to repaint the countdown.
    """

    segment_started = Signal(object)
    cue_due = Signal(object, object)
    state_changed = Signal(str)
    finished = Signal(bool)
    frame = Signal()

    def __init__(self, timeline: Timeline, *, clock: Callable[[], float] | None = None, speed: float = 1.0,
                 wait_for_speech: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self._clock = clock or speed_clock(speed)
        self._visible = True
        self.player = Player(timeline, self._clock, wait_for_speech=wait_for_speech,
                             speech_grace_seconds=DEFAULT_SPEECH_GRACE_SECONDS * speed)
        self.deadline_timer = Timer("session-deadline", self, single_shot=True, precise=True)
        self.deadline_timer.timeout.connect(self.on_deadline)
        self.frame_timer = Timer("ring-animation", self)
        self.frame_timer.setInterval(FRAME_INTERVAL_MS)
        self.frame_timer.timeout.connect(self.frame)

        self.player.segment_started.connect(self._align_frames)
        self.player.segment_started.connect(self.segment_started.emit)
        self.player.cue.connect(self.cue_due.emit)
        self.player.state_changed.connect(self._on_state)
        self.player.finished.connect(self.finished.emit)

    # ----- commands (each reschedules the timers)

    def start(self, index: int = 0) -> None:
        self.player.play(index)
        self._reschedule()

    def toggle_pause(self) -> None:
        self.player.toggle_pause()
        self._reschedule()

    def pause(self) -> None:
        self.player.pause()
        self._reschedule()

    def resume(self) -> None:
        self.player.resume()
        self._reschedule()

    def next(self) -> None:
        self.player.next()
        self._reschedule()

    def back(self) -> None:
        self.player.back()
        self._reschedule()

    def next_exercise(self) -> None:
        self.player.next_exercise()
        self._reschedule()

    def stop(self) -> None:
        self.player.stop()
        self._reschedule()

    def speech_finished(self, index: int) -> None:
        """The voice finished segment ``index``'s words."""
        self.player.speech_finished(index)
        self._reschedule()

    def set_wait_for_speech(self, wait: bool) -> None:
        self.player.set_wait_for_speech(wait)
        self._reschedule()

    def set_frame_spacing(self, arc_seconds: float, steps_per_second: float = 0.0) -> None:
        """Pace the animation by how fast the picture changes: a frame every DEGREES_PER_FRAME of the ring's arc.

        ``arc_seconds``: real seconds a full ring takes to empty (0: the ring does not move). A ring
        emptying over a 60 s rest needs 6 frames a second, not 25; each frame saved is CPU and battery
        saved for the whole session. ``steps_per_second``: something that changes in steps (the moving
        figure) needs a frame for each step too.
        """
        needs = [1000 * arc_seconds * DEGREES_PER_FRAME / 360] if arc_seconds > 0 else []
        if steps_per_second > 0:
            needs.append(1000 / steps_per_second)
        interval = round(min(SLOWEST_FRAME_MS, max(FRAME_INTERVAL_MS, min(needs, default=SLOWEST_FRAME_MS))))
        if interval != self.frame_timer.interval():
            self.frame_timer.setInterval(interval)

    def set_visible(self, visible: bool) -> None:
        """The window was shown, hidden or minimised: animate only while someone can see it."""
        self._visible = visible
        self._reschedule()

    # ----- what the screen shows

    @property
    def state(self) -> PlayerState:
        return self.player.state

    # ----- timers

    def on_deadline(self) -> None:
        """The deadline timer fired (tests call this after moving a fake clock)."""
        self.player.poll()
        self._reschedule()

    def _align_frames(self, _segment: object = None) -> None:
        """Start the frames' beat again with the segment: a moving figure's steps fall due at whole intervals
        from its start, so each frame lands just after a step is due and none shows one step twice."""
        if self.frame_timer.isActive():
            self.frame_timer.start()

    def _on_state(self, state: PlayerState) -> None:
        self.state_changed.emit(state.value)

    def _reschedule(self) -> None:
        wakeup = self.player.next_wakeup()
        if wakeup is None:
            self.deadline_timer.stop()
        else:
            # Round up: waking a millisecond early would only mean polling twice.
            delay_ms = math.ceil(max(0.0, wakeup - self._clock()) / self.speed * 1000)
            self.deadline_timer.start_in(delay_ms)
        animate = self._visible and self.player.state is PlayerState.RUNNING
        if animate and not self.frame_timer.isActive():
            self.frame_timer.start()
        elif not animate and self.frame_timer.isActive():
            self.frame_timer.stop()
