"""The session player: walks a Timeline against an injected monotonic clock.

The player owns no timer. Whoever drives it (the Qt adapter, a test, the CLI)
asks ``next_wakeup()`` for the clock time at which something is due, waits
until then by any means, and calls ``poll()``. That single call is the seam a
test steps through with a fake clock.

Timing is by deadlines, never counted ticks: each segment starts at the
planned end of the one before, not at the moment poll() happened to run, so a
late wake-up never shifts the rest of the session. Paused time moves every
deadline on by exactly the time spent paused.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from coach.domain.events import Event
from coach.domain.timeline import Cue, Segment, Timeline

Clock = Callable[[], float]

# Back within this many seconds of a step's start goes to the previous step;
# later, it restarts the current one (as a music player's "previous" does).
BACK_GRACE_SECONDS = 2.0
# How long a speech-gated segment waits past its planned end for the voice (real time; the
# Qt driver scales it by the session's speed). One value for the app and the tests.
DEFAULT_SPEECH_GRACE_SECONDS = 10.0


class PlayerState(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Player:
    """Plays a timeline: commands in, events out.

    Attributes:
        timeline: what is played.
        state: idle, running, paused or finished.
        index: the current segment's index (0 before play).
        completed: once finished, True if the last segment ran to its end.
        paused_seconds: total time spent paused.

    Events:
        segment_started(segment): a segment became current (also on next/back).
        cue(segment, cue): words due part-way through a segment.
        state_changed(state): the state changed.
        finished(completed): the session ended; completed is False after stop().
    """

    def __init__(self, timeline: Timeline, clock: Clock, *, wait_for_speech: bool = False,
                 speech_grace_seconds: float = DEFAULT_SPEECH_GRACE_SECONDS) -> None:
        if not timeline.segments:
            raise ValueError("cannot play an empty timeline")
        self.timeline = timeline
        self._clock = clock
        self._wait_for_speech = wait_for_speech
        self._speech_grace = speech_grace_seconds
        self.state = PlayerState.IDLE
        self.index = 0
        self.completed = False
        self.paused_seconds = 0.0
        self._started_at = 0.0       # clock time the current segment began (moved on by pauses)
        self._step_started_at = 0.0  # clock time the current step began (moved on by pauses)
        self._paused_at = 0.0
        self._played_at: float | None = None  # clock time play() began
        self._finished_at = 0.0
        self._next_cue = 0           # index into the current segment's cues
        self._speech_pending = False
        self._speech_done_at: float | None = None

        self.segment_started: Event[[Segment]] = Event()
        self.cue: Event[[Segment, Cue]] = Event()
        self.state_changed: Event[[PlayerState]] = Event()
        self.finished: Event[[bool]] = Event()

    # ----- what is going on

    @property
    def segment(self) -> Segment:
        return self.timeline.segments[self.index]

    @property
    def deadline(self) -> float:
        """Clock time at which the current segment's planned seconds run out."""
        return self._started_at + self.segment.seconds

    def _now(self) -> float:
        """The clock, frozen at the moment of pausing while paused."""
        return self._paused_at if self.state is PlayerState.PAUSED else self._clock()

    def segment_elapsed(self) -> float:
        return max(0.0, min(self._now() - self._started_at, self.segment.seconds))

    def segment_remaining(self) -> float:
        """Seconds left of the current segment's planned length (0 when waiting for speech)."""
        if self.state in (PlayerState.IDLE, PlayerState.FINISHED):
            return self.segment.seconds if self.state is PlayerState.IDLE else 0.0
        return max(0.0, self.deadline - self._now())

    def segment_progress(self) -> float:
        """0.0 at the start of the current segment, 1.0 at its planned end."""
        seconds = self.segment.seconds
        return 1.0 if seconds <= 0 else 1.0 - self.segment_remaining() / seconds

    def session_remaining(self) -> float:
        """Planned seconds left in the whole session."""
        if self.state is PlayerState.FINISHED:
            return 0.0
        later = self.timeline.total_seconds - self.segment.end
        return later + self.segment_remaining()

    def active_seconds(self) -> float:
        """Time spent in the session since play(), pauses left out (frozen once finished)."""
        if self._played_at is None:
            return 0.0
        end = self._finished_at if self.state is PlayerState.FINISHED else self._now()
        return max(0.0, end - self._played_at - self.paused_seconds)

    def next_wakeup(self) -> float | None:
        """Clock time of the next due event, or None when nothing is due (idle, paused, finished)."""
        if self.state is not PlayerState.RUNNING:
            return None
        times = [self._segment_end_time()]
        cues = self.segment.cues
        if self._next_cue < len(cues):
            times.append(self._started_at + cues[self._next_cue].at)
        return min(times)

    # ----- commands

    def play(self, index: int = 0) -> None:
        """Start from the beginning (or a given segment). Does nothing unless idle."""
        if self.state is not PlayerState.IDLE:
            return
        self._set_state(PlayerState.RUNNING)
        now = self._clock()
        self._played_at = now
        self._enter(index, now, new_step=True)
        self.poll()

    def pause(self) -> None:
        if self.state is not PlayerState.RUNNING:
            return
        self._paused_at = self._clock()
        self._set_state(PlayerState.PAUSED)

    def resume(self) -> None:
        if self.state is not PlayerState.PAUSED:
            return
        now = self._clock()
        paused_for = now - self._paused_at
        self.paused_seconds += paused_for
        self._started_at += paused_for
        self._step_started_at += paused_for
        if self._speech_done_at is not None:
            self._speech_done_at += paused_for
        self._set_state(PlayerState.RUNNING)
        self.poll()

    def toggle_pause(self) -> None:
        if self.state is PlayerState.RUNNING:
            self.pause()
        elif self.state is PlayerState.PAUSED:
            self.resume()

    def next(self) -> None:
        """Skip to the start of the next step (finish after the last)."""
        if not self._navigable():
            return
        following = self.segment.step + 1
        if following > self.timeline.segments[-1].step:
            self._finish(completed=True)
            return
        self._jump(self.timeline.step_start(following))

    def back(self) -> None:
        """Restart the current step, or go to the previous one if it has only just begun."""
        if not self._navigable():
            return
        step = self.segment.step
        if self._now() - self._step_started_at < BACK_GRACE_SECONDS and step > 0:
            step -= 1
        self._jump(self.timeline.step_start(step))

    def jump_to_exercise(self, exercise_id: str) -> None:
        """Go to an exercise's announcement. KeyError if the timeline has no such exercise."""
        target = self.timeline.exercise_start(exercise_id)
        if self._navigable():
            self._jump(target)

    def next_exercise(self) -> None:
        """Skip the rest of this exercise (to the next one, or to the end of the routine)."""
        if not self._navigable():
            return
        current = self.segment.exercise
        for segment in self.timeline.segments[self.index + 1:]:
            if segment.exercise != current:
                self._jump(segment.index)
                return
        self._finish(completed=True)

    def stop(self) -> None:
        """End the session now, as not completed."""
        if self.state in (PlayerState.RUNNING, PlayerState.PAUSED):
            self._finish(completed=False)

    def set_wait_for_speech(self, wait: bool) -> None:
        """Start or stop waiting for the voice (muted, or the voice failed mid-session).

        Turning it off releases a segment that is waiting now.
        """
        self._wait_for_speech = wait
        if not wait and self._speech_pending:
            self._speech_pending = False
            self.poll()

    def speech_finished(self, index: int) -> None:
        """The voice finished saying segment ``index``'s words (stale reports are ignored)."""
        if index != self.index or not self._speech_pending:
            return
        self._speech_pending = False
        self._speech_done_at = self._now()
        self.poll()

    def poll(self) -> None:
        """Fire every cue and segment change that is due by now, in order."""
        while self.state is PlayerState.RUNNING:
            now = self._clock()
            cues = self.segment.cues
            end = self._segment_end_time()
            if self._next_cue < len(cues) and self._started_at + cues[self._next_cue].at <= min(now, end):
                cue = cues[self._next_cue]
                self._next_cue += 1
                self.cue.emit(self.segment, cue)
                continue
            if end > now:
                return
            if self.index + 1 >= len(self.timeline.segments):
                self._finish(completed=True)
                return
            # Chain from when the segment really ended, not from now: lateness never accumulates.
            self._enter(self.index + 1, end, new_step=self.timeline.segments[self.index + 1].step != self.segment.step)

    # ----- internals

    def _segment_end_time(self) -> float:
        deadline = self.deadline
        if not self._speech_pending:
            return max(deadline, self._speech_done_at) if self._speech_done_at is not None else deadline
        return deadline + self._speech_grace

    def _navigable(self) -> bool:
        return self.state in (PlayerState.RUNNING, PlayerState.PAUSED)

    def _jump(self, index: int) -> None:
        self._enter(index, self._now(), new_step=True)
        self.poll()

    def _enter(self, index: int, at: float, *, new_step: bool) -> None:
        self.index = index
        self._started_at = at
        if new_step:
            self._step_started_at = at
        self._next_cue = 0
        gated = self._wait_for_speech and self.segment.speech_gated
        self._speech_pending = gated
        self._speech_done_at = None
        self.segment_started.emit(self.segment)

    def _finish(self, *, completed: bool) -> None:
        self.completed = completed
        self._finished_at = self._now()
        self._set_state(PlayerState.FINISHED)
        self.finished.emit(completed)

    def _set_state(self, state: PlayerState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)
