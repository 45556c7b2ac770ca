"""Taking a room's steady noise (a fan, a hiss) out of an utterance before it is decoded (numpy, no Qt).

pocketsphinx's own noise removal (on: the model's feat.params) learns the noise from the audio it is given, and
it is given each utterance alone, with 0.2 s before it. In pink noise 10 dB under the voice it heard about one
command in five. The recogniser keeps the last second of audio the utterance detector found no speech in and at the
room's floor (NoiseSample), and each utterance has that sound's mean power spectrum subtracted before any decode
(spectral subtraction): on the corpus of bench/listening_wake.py, "hey coach" and a command in one breath in pink
noise at 10 dB went from 22 to 44 % heard, at 20 dB from 87 to 91 %, with clean speech and talk unchanged
(BENCHMARKS.md §11, "taking the room's steady noise out"). Each bin keeps at least FLOOR of its own power:
subtracting down to nothing leaves the "musical" noise of isolated peaks, which the model hears as speech (floors
of 5 and 10 % did worse on the same clips).

A quiet room's spectrum is tiny, so clean speech is all but unchanged; nothing is subtracted until NoiseSample
holds MIN_NOISE_SECONDS.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from coach.listening.utterances import SAMPLE_RATE

# 32 ms windows, half overlapping, square-root Hann for both analysis and synthesis: overlap-add gives the
# audio back exactly where nothing is subtracted.
WINDOW = 512
HOP = WINDOW // 2
_WINDOW = np.sqrt(np.hanning(WINDOW + 1)[:WINDOW])
# The noise's power is subtracted once (twice, or half, did worse on the corpus), down to a quarter of each bin's own.
FLOOR = 0.25
NOISE_SECONDS = 1.0
MIN_NOISE_SECONDS = 0.3
# Only frames this close to the room's floor (coach.listening.utterances: its quietest level of the last 2 s) are
# the room's own sound. Louder frames between utterances are an echo's tail, a cough, a door: subtracting their
# spectrum from the next utterance took the echo out of "hey coach" alone in an echoing room and left it heard as
# "hey coach pause" (BENCHMARKS.md §11).
STEADY_DB = 6.0


class NoiseSample:
    """The last NOISE_SECONDS of the room's own steady sound, offered in frames (16-bit mono PCM at SAMPLE_RATE)."""

    def __init__(self, frame_bytes: int) -> None:
        self._frames: deque[bytes] = deque(maxlen=max(1, int(NOISE_SECONDS * SAMPLE_RATE * 2 / frame_bytes)))
        self._frame_bytes = frame_bytes

    def offer(self, frame: bytes, level_db: float, floor_db: float) -> None:
        """A frame without speech, its level and the room's floor (dB): kept if within STEADY_DB of the floor."""
        if level_db <= floor_db + STEADY_DB:
            self._frames.append(frame)

    @property
    def seconds(self) -> float:
        return len(self._frames) * self._frame_bytes / (2 * SAMPLE_RATE)

    def power(self) -> np.ndarray | None:
        """The mean power spectrum of the sample, or None while it is shorter than MIN_NOISE_SECONDS."""
        if self.seconds < MIN_NOISE_SECONDS:
            return None
        samples = np.frombuffer(b"".join(self._frames), dtype="<i2").astype(np.float64)
        return np.mean(np.abs(_spectra(samples)) ** 2, axis=0)


def _spectra(samples: np.ndarray) -> np.ndarray:
    """The windowed spectrum of each half-overlapping window (one row each)."""
    starts = range(0, len(samples) - WINDOW + 1, HOP)
    return np.fft.rfft(np.stack([samples[start:start + WINDOW] * _WINDOW for start in starts]), axis=1)


def subtract(audio: bytes, noise_power: np.ndarray | None) -> bytes:
    """The utterance (16-bit mono PCM) with the noise's power taken out of each window; as it is without a noise
    spectrum. The output is exactly as long as the input."""
    if noise_power is None or len(audio) < 2:
        return audio
    samples = np.frombuffer(audio[:len(audio) - len(audio) % 2], dtype="<i2").astype(np.float64)
    # A window of silence either side, so the first and last samples get the full overlap-add.
    padded = np.concatenate([np.zeros(WINDOW), samples, np.zeros(WINDOW)])
    spectra = _spectra(padded)
    power = np.abs(spectra) ** 2
    kept = np.maximum(power - noise_power, FLOOR * power)
    gains = np.sqrt(kept / np.maximum(power, 1e-12))
    frames = np.fft.irfft(spectra * gains, n=WINDOW, axis=1) * _WINDOW
    out = np.zeros(len(padded))
    for index, frame in enumerate(frames):
        out[index * HOP:index * HOP + WINDOW] += frame
    cleaned = np.clip(np.rint(out[WINDOW:WINDOW + len(samples)]), -32768, 32767).astype("<i2")
    return cleaned.tobytes()
