"""The utterance detector on synthetic signals: steady noise is the floor, what rises over it is speech."""

from __future__ import annotations

import math
import random
from array import array

from coach.listening import utterances
from coach.listening.utterances import FRAME_BYTES, HANGOVER_SECONDS, SAMPLE_RATE, UtteranceDetector, level_db


def noise(seconds: float, rms: float, seed: int = 1) -> array:
    generator = random.Random(seed)
    return array("h", (max(-32768, min(32767, int(generator.gauss(0, rms * 32768))))
                       for _ in range(int(seconds * SAMPLE_RATE))))


def tone(seconds: float, peak: float, hz: float = 300.0) -> array:
    return array("h", (int(peak * 32767 * math.sin(2 * math.pi * hz * n / SAMPLE_RATE))
                       for n in range(int(seconds * SAMPLE_RATE))))


def mixed(bed: array, burst: array, at: float) -> array:
    out = array("h", bed)
    first = int(at * SAMPLE_RATE)
    for index, sample in enumerate(burst):
        out[first + index] = max(-32768, min(32767, out[first + index] + sample))
    return out


def spans(samples: array, heard: bool = True, detector: UtteranceDetector | None = None) -> list[tuple[float, float]]:
    """(speech_start, speech_end) of every utterance the detector closes, fed frame by frame."""
    detector = detector or UtteranceDetector()
    data, found = samples.tobytes(), []
    for offset in range(0, len(data) - FRAME_BYTES + 1, FRAME_BYTES):
        was_open = detector.in_speech
        detector.process(data[offset:offset + FRAME_BYTES], heard)
        if was_open and not detector.in_speech:
            found.append((detector.speech_start, detector.speech_end))
    return found


def test_level_of_a_full_scale_tone_and_of_silence():
    assert abs(level_db(tone(0.01, 1.0, 1000).tobytes()) - (-3.0)) < 0.5
    assert level_db(bytes(FRAME_BYTES)) == -100.0


def test_steady_noise_alone_is_never_speech():
    # About -30 dBFS: a fan close to the microphone; pocketsphinx's endpointer held this open for ever.
    assert spans(noise(8.0, 0.03)) == []


def test_a_burst_over_steady_noise_is_one_utterance_that_closes_after_the_hangover():
    signal = mixed(noise(6.0, 0.03), tone(0.5, 0.3), at=4.0)  # ~17 dB over the noise
    detector = UtteranceDetector()
    found = spans(signal, detector=detector)
    assert len(found) == 1
    start, end = found[0]
    assert abs(start - 4.0) < 0.05 and abs(end - 4.5) < 0.05
    assert -33 < detector.floor_db < -29  # the noise's own level, not the burst's


def test_a_burst_barely_over_the_noise_is_not_speech():
    # 3 dB over the noise: under the margin, so a louder moment of the fan never opens an utterance.
    assert spans(mixed(noise(6.0, 0.03), tone(0.5, 0.03 * math.sqrt(2) * 1.0), at=4.0)) == []


def test_a_noise_that_starts_becomes_the_floor_within_the_floor_window():
    signal = array("h", bytes(2 * SAMPLE_RATE * 2)) + noise(8.0, 0.03)  # 2 s of silence, then a fan
    found = spans(signal)
    assert len(found) == 1  # its onset looks like speech once ...
    start, end = found[0]
    assert abs(start - 2.0) < 0.05
    assert end - start <= utterances.FLOOR_SECONDS + 0.2  # ... until it is the floor; then never again


def test_a_click_shorter_than_the_onset_is_not_speech():
    assert spans(mixed(noise(4.0, 0.003), tone(0.01, 0.5), at=3.0)) == []


def test_quiet_sounds_in_a_silent_room_are_not_speech():
    # Digital silence then a -60 dBFS hum: far under QUIETEST_SPEECH_DB, though far over the floor.
    signal = array("h", bytes(SAMPLE_RATE * 2 * 2)) + tone(1.0, 0.001)
    assert spans(signal) == []


def test_audio_the_app_sounded_over_is_never_speech_and_leaves_the_floor_alone():
    detector = UtteranceDetector()
    assert spans(noise(3.0, 0.03), detector=detector) == []
    floor = detector.floor_db
    # The app speaks for 3 s (the recogniser is told, heard=False): loud, but never an utterance ...
    assert spans(tone(3.0, 0.5), heard=False, detector=detector) == []
    assert detector.floor_db == floor
    # ... and the fan after it is still the floor, so a word right after the cue is heard at once.
    after = mixed(noise(1.5, 0.03, seed=2), tone(0.4, 0.3), at=0.5)
    assert len(spans(after, detector=detector)) == 1


def test_the_utterance_closes_hangover_seconds_after_the_speech():
    signal = array("h", bytes(SAMPLE_RATE * 2)) + tone(0.4, 0.3) + array("h", bytes(SAMPLE_RATE * 2))
    detector = UtteranceDetector()
    data = signal.tobytes()
    closed_at = None
    for index, offset in enumerate(range(0, len(data), FRAME_BYTES)):
        was_open = detector.in_speech
        detector.process(data[offset:offset + FRAME_BYTES])
        if was_open and not detector.in_speech:
            closed_at = (index + 1) * FRAME_BYTES / (2 * SAMPLE_RATE)
            break
    assert closed_at is not None
    assert abs(closed_at - (1.4 + HANGOVER_SECONDS)) < 0.03
