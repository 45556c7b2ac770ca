"""Taking a room's steady noise out of an utterance (coach.listening.denoise) on synthetic signals."""

from __future__ import annotations

import math

import numpy as np
import pytest

from coach.listening import denoise
from coach.listening.denoise import MIN_NOISE_SECONDS, NOISE_SECONDS, SAMPLE_RATE, NoiseSample, subtract

FRAME_BYTES = 320  # the recogniser's 10 ms frames


def pcm(samples: np.ndarray) -> bytes:
    return np.clip(np.rint(samples), -32768, 32767).astype("<i2").tobytes()


def samples_of(audio: bytes) -> np.ndarray:
    return np.frombuffer(audio, dtype="<i2").astype(np.float64)


def hiss(seconds: float, rms: float, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(0.0, rms, int(seconds * SAMPLE_RATE))


def tone(seconds: float, amplitude: float, hz: float = 440.0) -> np.ndarray:
    return amplitude * np.sin(2 * math.pi * hz * np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE)


def sample_of(audio: bytes) -> NoiseSample:
    sample = NoiseSample(FRAME_BYTES)
    for offset in range(0, len(audio) - FRAME_BYTES + 1, FRAME_BYTES):
        sample.offer(audio[offset:offset + FRAME_BYTES], -50.0, -50.0)
    return sample


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples ** 2)))


def test_without_a_noise_spectrum_the_audio_is_untouched():
    audio = pcm(tone(0.5, 8000))
    assert subtract(audio, None) is audio
    assert subtract(b"", np.zeros(257)) == b""


@pytest.mark.parametrize("seconds", [0.01, 0.3, 1.234])
def test_with_nothing_to_subtract_the_audio_comes_back_as_it_was(seconds):
    """Square-root Hann windows, half overlapping, add back to the signal: nothing is lost at either edge."""
    audio = pcm(hiss(seconds, 3000, seed=1) + tone(seconds, 5000))
    out = subtract(audio, np.zeros(denoise.WINDOW // 2 + 1))
    assert len(out) == len(audio)
    assert np.max(np.abs(samples_of(out) - samples_of(audio))) <= 1


def test_the_room_s_hiss_is_taken_out_and_the_voice_kept():
    room = hiss(1.0, 2000, seed=2)
    utterance = hiss(1.0, 2000, seed=3)  # the same hiss, another stretch of it
    voice = np.zeros(len(utterance))
    voice[4000:12000] = tone(0.5, 8000)
    out = samples_of(subtract(pcm(utterance + voice), sample_of(pcm(room)).power()))
    # Where there is only hiss, its power falls to about 45 % (-3.5 dB): a bin where the hiss is as strong as its mean
    # or weaker keeps the floor's quarter, a stronger one what it has over the mean.
    assert rms(out[:3500]) < rms(utterance[:3500]) * 0.75
    # The tone, 20 dB over the hiss, keeps its level within half a decibel.
    assert abs(20 * math.log10(rms(out[5000:11000]) / rms(voice[5000:11000]))) < 0.5


def test_a_quiet_room_changes_the_voice_by_at_most_a_sample():
    room = hiss(1.0, 1.0, seed=4)  # the hiss of a good microphone in a quiet room
    voice = pcm(tone(0.6, 8000))
    out = subtract(voice, sample_of(pcm(room)).power())
    assert np.max(np.abs(samples_of(out) - samples_of(voice))) <= 1


def test_the_noise_sample_is_the_last_second_and_none_while_too_short():
    sample = NoiseSample(FRAME_BYTES)
    quiet, loud = pcm(hiss(2.0, 10, seed=5)), pcm(hiss(NOISE_SECONDS, 5000, seed=6))
    for offset in range(0, int(MIN_NOISE_SECONDS * SAMPLE_RATE * 2) - FRAME_BYTES, FRAME_BYTES):
        sample.offer(quiet[offset:offset + FRAME_BYTES], -50.0, -50.0)
    assert sample.power() is None
    for audio in (quiet, loud):
        for offset in range(0, len(audio) - FRAME_BYTES + 1, FRAME_BYTES):
            sample.offer(audio[offset:offset + FRAME_BYTES], -50.0, -50.0)
    assert sample.seconds == pytest.approx(NOISE_SECONDS)
    # Only the loud second is left: its power, not a mix with the quiet one.
    assert sample.power() == pytest.approx(sample_of(loud).power())


def test_only_frames_near_the_room_s_floor_are_its_noise():
    sample = NoiseSample(FRAME_BYTES)
    frame = pcm(hiss(0.01, 100, seed=7))
    for _ in range(100):
        sample.offer(frame, -60.0 + denoise.STEADY_DB + 0.5, -60.0)  # an echo's tail, a cough: over the floor
    assert sample.seconds == 0
    for _ in range(100):
        sample.offer(frame, -60.0 + denoise.STEADY_DB, -60.0)
    assert sample.seconds == pytest.approx(NOISE_SECONDS)
