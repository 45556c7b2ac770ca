"""pyttsx3 behind a small, blocking wrapper, for the synthesis worker process and the CLI.

Never used from the GUI thread: the app talks to it through a worker process
(coach.speech.synth_worker), where a crash or hang cannot take the window down.

pyttsx3 2.99 traps this design avoids (measured):
- runAndWait() can return before synthesis ends: wait for finished-utterance;
- several say() before one runAndWait() speak only the last: one at a time;
- after save_to_file, later say() calls also write to that file: an Engine
  either synthesises to files or speaks, never both (see ``Engine.mode``);
- ~15k characters crash espeak: texts are capped;
- now and then (once in a CI run, not reproduced in 60 tries here) a file comes
  back as a bare WAV header, most likely because espeak's end of one utterance
  reached pyttsx3 while the next had just begun: an empty file is synthesised again.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from pathlib import Path

from coach.domain.languages import ENGLISH
from coach.speech.engine_types import VoiceInfo
from coach.speech.voice import DEFAULT_RATE
from coach.speech.voice_choice import NoVoiceForLanguage, choose_voice

MAX_TEXT_CHARS = 1000
# An empty file is retried this often in all; a real fault (no voice data at all) still fails fast.
SYNTH_ATTEMPTS = 3
WAV_HEADER_BYTES = 44


class SpeechEngineError(Exception):
    """The speech engine is missing, failed, or did not finish in time."""


__all__ = ["Engine", "SpeechEngineError", "VoiceInfo"]


def _language(code: object) -> str:
    if isinstance(code, bytes):
        # Some drivers give b"\x05en-gb": a length byte, then the code.
        return code.decode("utf-8", "replace").lstrip("\x00\x01\x02\x03\x04\x05\x06\x07\x08")
    return str(code)


class Engine:
    """One pyttsx3 engine, used for files ("file" mode) or for speaking ("speak" mode).

    Voice, rate and volume are set once, at creation: measured here, after a
    hundred or so utterances espeak stops honouring a changed rate (and a stray
    finished-utterance event appears). A process wanting other settings starts
    a fresh worker.

    Attributes:
        mode: "file" or "speak", fixed at creation (see the module docstring).
    """

    def __init__(self, mode: str = "file", *, voice: str | None = None, rate: int | None = None,
                 volume: float | None = None, language: str | None = None) -> None:
        """``language``: speak it with its voice (coach.speech.voice_choice) unless ``voice`` is given."""
        if mode not in ("file", "speak"):
            raise ValueError(mode)
        self.mode = mode
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except Exception as error:  # any driver failure means: no voice
            raise SpeechEngineError(f"the speech engine could not start: {error}") from error
        self._finished = threading.Event()
        self._engine.connect("finished-utterance", lambda name, completed: self._finished.set())
        if not voice and language and language != ENGLISH:  # listing voices costs espeak ~50 ms: only when needed
            try:
                voice = choose_voice(self.voices(), voice, language)
            except NoVoiceForLanguage as error:
                raise SpeechEngineError(str(error)) from None
        try:
            if voice:
                self._engine.setProperty("voice", voice)
            self._engine.setProperty("rate", int(rate or DEFAULT_RATE))
            if volume is not None:
                self._engine.setProperty("volume", max(0.0, min(1.0, volume)))
        except Exception as error:  # an unknown voice id, a driver that refuses
            raise SpeechEngineError(f"the speech engine refused its settings: {error}") from error

    def voices(self) -> list[VoiceInfo]:
        voices = self._engine.getProperty("voices") or []
        return [VoiceInfo(str(v.id), str(v.name or v.id), tuple(_language(c) for c in (v.languages or [])))
                for v in voices]

    def synthesize(self, text: str, path: Path, timeout: float = 10.0) -> None:
        """Write the spoken text to a WAV file, atomically (a temporary name, then rename)."""
        if self.mode != "file":
            raise SpeechEngineError("this engine speaks; it cannot also write files")
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.stem}.{os.getpid()}.tmp.wav")
        for _attempt in range(SYNTH_ATTEMPTS):
            self._run(lambda: self._engine.save_to_file(_capped(text), str(temporary)), timeout)
            try:
                size = temporary.stat().st_size
            except OSError:
                raise SpeechEngineError("the engine wrote no audio") from None
            if size > WAV_HEADER_BYTES:
                os.replace(temporary, path)
                return
            temporary.unlink(missing_ok=True)  # a header and nothing else: see the module docstring
        raise SpeechEngineError("the engine wrote an empty audio file")

    def say(self, text: str, timeout: float = 60.0) -> None:
        """Speak through the engine's own audio output; returns when it has finished."""
        if self.mode != "speak":
            raise SpeechEngineError("this engine writes files; it cannot also speak")
        self._run(lambda: self._engine.say(_capped(text)), timeout)

    def _run(self, queue_utterance, timeout: float) -> None:
        self._finished.clear()
        queue_utterance()
        with contextlib.redirect_stdout(io.StringIO()):  # the espeak driver prints "Audio saved to ..."
            self._engine.runAndWait()
        if not self._finished.wait(timeout):
            raise SpeechEngineError(f"the engine did not finish within {timeout:g} s")


def _capped(text: str) -> str:
    return text[:MAX_TEXT_CHARS]
