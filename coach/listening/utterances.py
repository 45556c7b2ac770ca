"""Where utterances begin and end, against whatever steady background the room has (pure Python, no Qt).

pocketsphinx's own endpointer (a WebRTC-style voice detector) took a steady background as speech
that never ends: pink noise 30 dB under the words, a fan, kept every utterance open past the
longest command, so in noise no command was ever heard (BENCHMARKS.md, "Voice commands"). This
detector calls speech only what rises clearly above the room's own level:

- the noise floor is the quietest 30 ms level of the last FLOOR_SECONDS (minimum statistics): a
  fan that starts is the floor within FLOOR_SECONDS, and a command (at most 1.6 s) never is;
- a frame is speech when its level is MARGIN_DB over that floor and over QUIETEST_SPEECH_DB;
- an utterance opens after ONSET_FRAMES speech frames in a row (a click is not speech), with
  PREROLL_SECONDS of the audio before it (soft onsets, and the decoder wants some silence);
- it closes after HANGOVER_SECONDS without speech (gaps inside "stop the session" are shorter).

Audio the app was sounding over (the mute gate) counts as non-speech and leaves the floor alone:
otherwise zeros would drag the floor down and the room's own fan would be "speech" after each cue.
"""

from __future__ import annotations

import math
import operator
from array import array
from collections import deque

SAMPLE_RATE = 16_000
FRAME_SECONDS = 0.01
FRAME_SAMPLES = int(SAMPLE_RATE * FRAME_SECONDS)
FRAME_BYTES = FRAME_SAMPLES * 2
FLOOR_SECONDS = 2.0
MARGIN_DB = 10.0
# A frame quieter than this is never speech, however quiet the room (digital silence, a muted input).
QUIETEST_SPEECH_DB = -55.0
ONSET_FRAMES = 5  # longer than the 30 ms smoothing, so one click (smeared over three frames) never opens one
PREROLL_SECONDS = 0.2
HANGOVER_SECONDS = 0.2
_SMOOTH_FRAMES = 3  # the level is the mean energy of the last 30 ms: one 10 ms frame flickers
_BLOCK_FRAMES = 10  # the floor keeps one minimum per 100 ms, not one per frame
_FULL_SCALE = 32768.0 ** 2


def level_db(frame: bytes) -> float:
    """Mean energy of 16-bit samples in dB relative to full scale (-100 for silence).

    Plain energy, no pre-emphasis: measured on the corpus (BENCHMARKS.md, "Voice commands"), weighting
    the highs heard a fan (brown noise) better but pink noise at 10 dB SNR far worse (33 % against 69 %)."""
    samples = array("h", frame)
    if not samples:
        return -100.0
    energy = sum(map(operator.mul, samples, samples)) / len(samples)
    return 10 * math.log10(energy / _FULL_SCALE + 1e-10)


class UtteranceDetector:
    """Fed 10 ms frames in order; hands back the audio of each utterance as it goes.

    Attributes:
        in_speech: an utterance is open.
        speech_start, speech_end: seconds into the stream of the open (or last) utterance's first
            and last speech frame.
        floor_db: the background level it measures speech against.
        level_db: the last frame's level (its 30 ms mean, as measured against the floor; -100 before any).
    """

    frame_bytes = FRAME_BYTES

    def __init__(self) -> None:
        self.in_speech = False
        self.speech_start = 0.0
        self.speech_end = 0.0
        self.floor_db = QUIETEST_SPEECH_DB - MARGIN_DB
        self.level_db = -100.0
        self._frames = 0
        self._energies: deque[float] = deque(maxlen=_SMOOTH_FRAMES)
        self._block_minimum = math.inf
        self._minima: deque[float] = deque(maxlen=int(FLOOR_SECONDS / (FRAME_SECONDS * _BLOCK_FRAMES)))
        self._recent: deque[bytes] = deque(maxlen=int(PREROLL_SECONDS / FRAME_SECONDS))
        self._run = 0  # speech frames in a row (before an onset) or quiet frames in a row (inside one)

    def process(self, frame: bytes, heard: bool = True) -> bytes | None:
        """One frame of FRAME_BYTES; heard=False: the app was sounding over it (never speech).

        Returns the audio to add to the open utterance (at its onset, the pre-roll too), or None
        outside an utterance. in_speech turns False on the frame that closes one.
        """
        at = self._frames * FRAME_SECONDS
        self._frames += 1
        speech = heard and self._measure(frame)
        if not self.in_speech:
            self._recent.append(frame)
            self._run = self._run + 1 if speech else 0
            if self._run < ONSET_FRAMES:
                return None
            self.in_speech = True
            self.speech_start = at - (ONSET_FRAMES - 1) * FRAME_SECONDS
            self.speech_end = at + FRAME_SECONDS
            self._run = 0
            audio = b"".join(self._recent)
            self._recent.clear()
            return audio
        if speech:
            self._run = 0
            self.speech_end = at + FRAME_SECONDS
        else:
            self._run += 1
            if self._run * FRAME_SECONDS >= HANGOVER_SECONDS - 1e-9:
                self.in_speech = False
                self._run = 0
        return frame

    def end_stream(self) -> None:
        """The stream ended: close any open utterance."""
        self.in_speech = False
        self._run = 0

    def _measure(self, frame: bytes) -> bool:
        """Whether this frame is speech; keeps the floor up to date."""
        self._energies.append(level_db(frame))
        level = 10 * math.log10(sum(10 ** (db / 10) for db in self._energies) / len(self._energies))
        self.level_db = level
        self._block_minimum = min(self._block_minimum, level)
        if self._frames % _BLOCK_FRAMES == 0:
            self._minima.append(self._block_minimum)
            self._block_minimum = math.inf
        self.floor_db = min(min(self._minima, default=level), self._block_minimum)
        return level > max(self.floor_db + MARGIN_DB, QUIETEST_SPEECH_DB)
