"""When the microphone is deaf: while the app's own voice or chimes play, plus a short tail.

The app knows when it sounds: its cues are prepared WAVs of known length, so each one is a
span of monotonic time. Audio recorded inside a span (or within MUTE_TAIL_SECONDS after it:
the sound server's output latency, the room's echo) is never decoded. Pure Python, no Qt.
"""

from __future__ import annotations

from collections import deque

# Measured through PulseAudio (BENCHMARKS.md, "Voice commands"): playback reaches the speaker
# a few tens of milliseconds after the app starts it; a room's echo dies within ~0.2 s.
MUTE_TAIL_SECONDS = 0.35
MUTE_LEAD_SECONDS = 0.05
_KEEP = 64  # spans remembered: far more than can overlap the audio still queued for the recogniser


class MuteGate:
    """Spans of time when the app was sounding, on one monotonic clock (seconds).

    Attributes:
        tail: seconds after a span's end that are still muted.
    """

    def __init__(self, tail: float = MUTE_TAIL_SECONDS, lead: float = MUTE_LEAD_SECONDS) -> None:
        self.tail = tail
        self.lead = lead
        self._spans: deque[tuple[float, float]] = deque(maxlen=_KEEP)

    def sounding(self, start: float, end: float) -> None:
        """The app sounds from start to end (an end in the future is fine: the WAV's length is known)."""
        self._spans.append((start - self.lead, end + self.tail))

    def cut(self, at: float) -> None:
        """Whatever was sounding stopped at ``at`` (pause, skip, stop): its span ends there, plus the tail."""
        self._spans = deque(((start, min(end, at + self.tail)) for start, end in self._spans if start <= at),
                            maxlen=_KEEP)

    def muted(self, start: float, end: float) -> bool:
        """Whether any of the audio recorded from start to end overlaps a muted span."""
        return any(span_start < end and start < span_end for span_start, span_end in self._spans)

    def forget_before(self, moment: float) -> None:
        while self._spans and self._spans[0][1] < moment:
            self._spans.popleft()
