"""The engine wrapper against a scripted pyttsx3: an empty WAV now and then is synthesised again."""

from __future__ import annotations

import sys
import types
import wave
from pathlib import Path

import pytest

from coach.speech.engine import SYNTH_ATTEMPTS, Engine, SpeechEngineError


class ScriptedPyttsx3:
    """Stands in for pyttsx3's engine: each save_to_file writes the next WAV of the script.

    Attributes:
        frames: for each call in turn, how many audio frames the file gets (0: a bare header).
        calls: how many files it was asked for.
    """

    def __init__(self, frames: list[int]) -> None:
        self.frames = frames
        self.calls = 0
        self._pending: str | None = None
        self._finished = None

    def connect(self, topic, callback) -> None:
        assert topic == "finished-utterance"
        self._finished = callback

    def setProperty(self, name, value) -> None:  # noqa: N802 (pyttsx3's name)
        pass

    def save_to_file(self, text: str, filename: str) -> None:
        self._pending = filename

    def runAndWait(self) -> None:  # noqa: N802 (pyttsx3's name)
        frames = self.frames[min(self.calls, len(self.frames) - 1)]
        self.calls += 1
        with wave.open(self._pending, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(22050)
            out.writeframes(b"\x10\x00" * frames)
        self._finished("utterance", True)


@pytest.fixture
def scripted(monkeypatch):
    def install(frames: list[int]) -> tuple[Engine, ScriptedPyttsx3]:
        fake = ScriptedPyttsx3(frames)
        monkeypatch.setitem(sys.modules, "pyttsx3", types.SimpleNamespace(init=lambda: fake))
        return Engine("file"), fake

    return install


def test_an_empty_file_is_synthesised_again_and_the_good_one_kept(scripted, tmp_path: Path):
    engine, fake = scripted([0, 22050])
    target = tmp_path / "phrase.wav"
    engine.synthesize("Lift your hips.", target)
    assert fake.calls == 2
    with wave.open(str(target)) as result:
        assert result.getnframes() == 22050
    assert sorted(p.name for p in tmp_path.iterdir()) == ["phrase.wav"], "no temporary file left"


def test_an_engine_that_only_ever_writes_empty_files_fails_after_a_few_tries(scripted, tmp_path: Path):
    engine, fake = scripted([0])
    with pytest.raises(SpeechEngineError, match="empty audio file"):
        engine.synthesize("Hold.", tmp_path / "phrase.wav")
    assert fake.calls == SYNTH_ATTEMPTS
    assert list(tmp_path.iterdir()) == [], "nothing written, not even a temporary file"


def test_a_good_file_is_written_once(scripted, tmp_path: Path):
    engine, fake = scripted([11025])
    engine.synthesize("Rest.", tmp_path / "phrase.wav")
    assert fake.calls == 1
