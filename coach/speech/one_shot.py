"""The speech engine for one command-line request: in a child process, under a deadline, without Qt.

``backcoach say`` and ``backcoach voices`` run the same worker as the app
(coach/speech/synth_worker.py), so an engine that hangs is killed when its time
is up and one that crashes (espeak can segfault) is a one-line message, not a
hang or a bare "Segmentation fault". What the engine and its audio player print
is kept from the terminal; a player that could not open the sound output
(pyttsx3's espeak driver plays through ``aplay`` and ignores its exit status)
is reported as such.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path
from typing import Any

from coach.speech.engine import SpeechEngineError, VoiceInfo
from coach.speech.synth_worker import default_worker_command

# Python, pyttsx3 and espeak start in about 0.3 s; a sentence is written in milliseconds and
# said in seconds. Generous, but finite.
START_SECONDS = 10.0
FILE_SECONDS = 20.0
SPEAK_SECONDS = 120.0


def voices() -> list[VoiceInfo]:
    """The engine's voices."""
    replies = _run("file", [{"op": "voices"}], timeout=START_SECONDS)
    listed = next((reply for reply in replies if reply.get("op") == "voices"), None)
    if listed is None:
        raise SpeechEngineError("the speech engine did not list its voices")
    return [VoiceInfo(str(v["id"]), str(v["name"]), tuple(v["languages"])) for v in listed["voices"]]


def synthesize(text: str, path: Path, *, voice: str | None, rate: int | None, language: str | None = None) -> None:
    """Write ``text`` spoken to the WAV file ``path`` (the worker writes it atomically).

    Without ``voice``, ``language``'s voice speaks (SpeechEngineError if it has none).
    """
    _answer(_run("file", [{"op": "synth", "id": 1, "text": text, "path": str(path)}], voice=voice, rate=rate,
                 language=language, timeout=START_SECONDS + FILE_SECONDS))


def say(text: str, *, voice: str | None, rate: int | None, language: str | None = None) -> None:
    """Say ``text`` through the sound output; SpeechEngineError if there is none."""
    errors: list[str] = []
    _answer(_run("speak", [{"op": "say", "id": 1, "text": text}], voice=voice, rate=rate, language=language,
                 timeout=START_SECONDS + SPEAK_SECONDS, errors=errors))
    player = [line for line in errors if line.startswith("aplay:")]
    if player:
        raise SpeechEngineError(f"no sound output could be opened ({player[0].strip()}); "
                                "write the speech to a file instead: --wav FILE")


def _answer(replies: list[dict[str, Any]]) -> None:
    for reply in replies:
        if reply.get("op") == "done":
            return
        if reply.get("op") == "failed":
            raise SpeechEngineError(f"the speech engine failed: {reply.get('error')}")
    raise SpeechEngineError("the speech engine ended without an answer")


def _run(mode: str, requests: list[dict[str, Any]], *, voice: str | None = None, rate: int | None = None,
         language: str | None = None, timeout: float, errors: list[str] | None = None) -> list[dict[str, Any]]:
    command = [*default_worker_command()]
    if voice:
        command += ["--voice", voice]
    if rate:
        command += ["--rate", str(rate)]
    if language:
        command += ["--language", language]
    command.append(mode)
    lines = "".join(json.dumps(request) + "\n" for request in requests)
    try:
        # A session of its own, so a timeout ends the engine's helpers (aplay) with it.
        worker = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  encoding="utf-8", errors="replace", start_new_session=True)
    except OSError as error:
        raise SpeechEngineError(f"the speech engine could not start: {error.strerror or error}") from None
    with worker:  # closes the pipes, whatever happens
        try:
            out, err = worker.communicate(lines, timeout=timeout)
        except subprocess.TimeoutExpired:
            _end(worker)
            worker.communicate()
            raise SpeechEngineError(f"the speech engine did not finish within {timeout:g} s; it was stopped") \
                from None
        except BaseException:
            _end(worker)
            raise
    if errors is not None:
        errors.extend(err.splitlines())
    replies = []
    for line in out.splitlines():
        try:
            reply = json.loads(line)
        except ValueError:
            continue
        if isinstance(reply, dict):
            replies.append(reply)
    fatal = next((reply for reply in replies if reply.get("op") == "fatal"), None)
    if fatal is not None:
        raise SpeechEngineError(str(fatal.get("error")))
    if worker.returncode < 0:
        name = signal.Signals(-worker.returncode).name if -worker.returncode in signal.valid_signals() else ""
        raise SpeechEngineError(f"the speech engine crashed ({name or f'signal {-worker.returncode}'})")
    return replies


def _end(worker: subprocess.Popen[str]) -> None:
    try:
        os.killpg(worker.pid, signal.SIGKILL)
    except (OSError, AttributeError):  # gone already, or no process groups (Windows)
        worker.kill()
