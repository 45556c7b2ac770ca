"""The real engine (pyttsx3 + espeak-ng): every phrase of the routine becomes audible audio."""

from __future__ import annotations

import array
import math
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from coach.domain.compiler import CueOptions, compile_timeline
from coach.domain.routine import Level
from coach.speech.engine import Engine
from coach.ui.session.session_voice import phrases_of

from ..domain.routines import builtin

MIN_SECONDS = 0.3
RMS_FLOOR = 500  # of 32767: well above the hiss of silence, well below any spoken word


def duration_and_rms(path: Path) -> tuple[float, float]:
    with wave.open(str(path), "rb") as wav:
        samples = array.array("h", wav.readframes(wav.getnframes()))
        seconds = wav.getnframes() / wav.getframerate()
    return seconds, math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


@pytest.fixture(scope="module")
def engine():
    return Engine("file")


def every_phrase() -> list[str]:
    phrases = set()
    for level in Level:
        options = CueOptions(counts=True, countdown=True, rest_ticks=True)
        phrases.update(phrases_of(compile_timeline(builtin("lower-back"), level, options)))
    return sorted(phrases)


def test_every_phrase_of_lower_back_is_audible_speech(engine, tmp_path):
    phrases = every_phrase()
    assert len(phrases) > 60
    quiet = []
    for number, phrase in enumerate(phrases):
        path = tmp_path / f"{number}.wav"
        engine.synthesize(phrase, path)
        seconds, rms = duration_and_rms(path)
        if seconds <= MIN_SECONDS or rms <= RMS_FLOOR:
            quiet.append((phrase, round(seconds, 2), round(rms)))
    assert quiet == []


def test_a_faster_rate_gives_a_shorter_file(tmp_path):
    """Each rate in a fresh process, as the app does: an engine is configured once."""
    text = "Lie on your back. Bend your knees, feet flat on the floor, hip-width apart."
    lengths = {}
    for rate in (120, 240):
        path = tmp_path / f"{rate}.wav"
        subprocess.run([sys.executable, "-m", "coach", "say", text, "--rate", str(rate), "--wav", str(path)],
                       check=True, capture_output=True, timeout=60)
        lengths[rate] = duration_and_rms(path)[0]
    assert lengths[240] < lengths[120] * 0.7


def test_the_words_of_every_timed_segment_fit_its_phase_when_spoken(engine, tmp_path):
    """Checked with real audio at the default rate, not an estimate: the next phase would cut longer words."""
    timed = {(segment.say, segment.seconds)
             for routine_id in ("lower-back", "cat-stretch")
             for segment in compile_timeline(builtin(routine_id), Level.STRONG).segments
             if not segment.speech_gated}
    too_long = []
    for say, planned in sorted(timed):
        path = tmp_path / "timed.wav"
        engine.synthesize(say, path)
        seconds = duration_and_rms(path)[0]
        if seconds > planned:
            too_long.append((say, round(seconds, 2), planned))
    assert too_long == []


def test_the_cli_writes_a_wav_and_lists_voices(tmp_path):
    out = tmp_path / "say.wav"
    result = subprocess.run([sys.executable, "-m", "coach", "say", "Lift your hips", "--rate", "150",
                             "--wav", str(out)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    seconds, rms = duration_and_rms(out)
    assert seconds > MIN_SECONDS and rms > RMS_FLOOR
    voices = subprocess.run([sys.executable, "-m", "coach", "voices"], capture_output=True, text=True, timeout=60)
    assert voices.returncode == 0
    lines = voices.stdout.splitlines()
    assert len(lines) > 10 and any("English" in line for line in lines)
    assert "Audio saved" not in result.stdout
