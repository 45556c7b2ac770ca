"""Connects a running session to the voice: words, cues and chimes, in step with the timers.

Each segment's words are said as it starts; a spoken segment ends only when
they have been said (the player waits, with a grace limit). Pausing, skipping,
going back and stopping silence the voice at once. Chimes mark the start and
end of real holds (5 s or more, not the short squeeze inside a rep) and the
end of each exercise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coach.domain.compiler import LONG_HOLD_SECONDS
from coach.domain.player import PlayerState
from coach.domain.timeline import Cue, Segment, SegmentKind, Timeline
from coach.ui.session.session_driver import SessionDriver

if TYPE_CHECKING:
    from coach.speech.voice import Voice


def _is_long_hold(segment: Segment) -> bool:
    return segment.kind is SegmentKind.HOLD and segment.seconds >= LONG_HOLD_SECONDS


def phrases_of(timeline: Timeline) -> list[str]:
    """Everything a session may say: what to prepare ahead of time."""
    words = {segment.say for segment in timeline.segments}
    words.update(cue.say for segment in timeline.segments for cue in segment.cues if cue.say)
    return sorted(words)


class SessionVoice(QObject):
    """Speaks for one session.

    Attributes:
        driver: the session.
        speech: the voice.
    """

    def __init__(self, driver: SessionDriver, speech: Voice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.driver = driver
        self.speech = speech
        self._gated = driver.speed <= 1.0  # a sped-up demo never waits for real-time speech
        self._previous: Segment | None = None
        driver.segment_started.connect(self._on_segment)
        driver.cue_due.connect(self._on_cue)
        driver.state_changed.connect(self._on_state)
        speech.finished.connect(self._on_spoken)
        speech.note_changed.connect(self._on_note)

    def detach(self) -> None:
        self.speech.stop()
        for signal, slot in ((self.driver.segment_started, self._on_segment), (self.driver.cue_due, self._on_cue),
                             (self.driver.state_changed, self._on_state), (self.speech.finished, self._on_spoken),
                             (self.speech.note_changed, self._on_note)):
            signal.disconnect(slot)

    def refresh_waiting(self) -> None:
        """Wait for the voice only while it can be heard (call after mute or a voice failure)."""
        self.driver.set_wait_for_speech(self._gated and self.speech.can_speak)

    def _on_segment(self, segment: Segment) -> None:
        previous, self._previous = self._previous, segment
        if previous is not None and previous.index + 1 == segment.index:
            if _is_long_hold(previous):
                self.speech.chime("hold_end")
            if previous.exercise is not None and previous.exercise != segment.exercise:
                self.speech.chime("exercise_done")
        if _is_long_hold(segment):
            self.speech.chime("hold_start")
        self.speech.speak(segment.say, token=segment.index)

    def _on_cue(self, segment: Segment, cue: Cue) -> None:
        if cue.sound:
            self.speech.chime(cue.sound)
        if cue.say:
            self.speech.speak(cue.say, token=None)  # a cue is never waited for

    def _on_state(self, state: str) -> None:
        if PlayerState(state) in (PlayerState.PAUSED, PlayerState.FINISHED):
            self.speech.stop()
            # The words were cut: a spoken segment must not wait for them any more.
            self.driver.speech_finished(self.driver.player.index)

    def _on_spoken(self, token: object) -> None:
        if isinstance(token, int):
            self.driver.speech_finished(token)

    def _on_note(self, note: str) -> None:
        self.refresh_waiting()
