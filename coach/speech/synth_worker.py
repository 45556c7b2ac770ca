"""The speech worker process: owns a pyttsx3 engine, answers JSON lines.

Run as ``python -m coach.speech.synth_worker [--voice V] [--rate R] [--volume X] [--language L] file|speak``
(in a PyInstaller build: ``backcoach --speech-worker [...] file|speak``, see FROZEN_WORKER_FLAG).
Voice, rate and volume are fixed for the worker's life (see coach.speech.engine); without
--voice, --language picks that language's voice (coach/speech/voice_choice.py), and a
language with no voice is a "fatal" reply saying so.
The app starts it
with QProcess (coach.speech.synth_client) so that an engine that crashes or
hangs can be killed and restarted without touching the window.

Protocol, one JSON object per line. Requests on stdin:
    {"op": "voices"}
    {"op": "synth", "id": 7, "text": "...", "path": "/.../x.wav"}
    {"op": "say", "id": 8, "text": "..."}
Replies on the original stdout (libraries' own prints go to stderr):
    {"op": "ready"} or {"op": "fatal", "error": "..."} once at start,
    {"op": "voices", "voices": [...]}, {"op": "done", "id": 7} or {"op": "failed", "id": 7, "error": "..."}.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from coach.speech.engine import Engine, SpeechEngineError

# A frozen build's executable is the app, not Python: this first argument makes it run main() below
# instead (packaging/pyinstaller/entry.py), and synth_client starts it so.
FROZEN_WORKER_FLAG = "--speech-worker"


def default_worker_command() -> list[str]:
    """How to start this worker (the app's QProcess, the command line's one-shot runs)."""
    # A PyInstaller build has no Python to run `-m` with: sys.executable is the app itself.
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_FLAG]
    return [sys.executable, "-m", "coach.speech.synth_worker"]


def _protocol_channel() -> TextIO:
    """Keep stdout for replies only: espeak and pyttsx3 print to it ("Audio saved to ...")."""
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1, encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return replies


def serve(mode: str, requests: TextIO, replies: TextIO, *, voice: str | None = None, rate: int | None = None,
          volume: float | None = None, language: str | None = None) -> int:
    def reply(message: dict[str, object]) -> None:
        replies.write(json.dumps(message) + "\n")
        replies.flush()

    try:
        engine = Engine(mode, voice=voice, rate=rate, volume=volume, language=language)
    except SpeechEngineError as error:
        reply({"op": "fatal", "error": str(error)})
        return 1
    reply({"op": "ready", "mode": mode})
    for line in requests:
        try:
            request = json.loads(line)
        except ValueError:
            continue
        op, request_id = request.get("op"), request.get("id")
        try:
            if op == "voices":
                reply({"op": "voices", "voices": [v.to_json() for v in engine.voices()]})
                continue
            if op == "synth":
                engine.synthesize(str(request["text"]), Path(request["path"]))
            elif op == "say":
                engine.say(str(request["text"]))
            else:
                raise SpeechEngineError(f"unknown request {op!r}")
            reply({"op": "done", "id": request_id})
        except (SpeechEngineError, OSError, KeyError, RuntimeError) as error:
            reply({"op": "failed", "id": request_id, "error": str(error)})
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``argv`` without the program name (sys.argv[1:] when None); a frozen build passes what follows its flag."""
    parser = argparse.ArgumentParser(prog="synth_worker")
    parser.add_argument("--voice")
    parser.add_argument("--rate", type=int)
    parser.add_argument("--volume", type=float)
    parser.add_argument("--language")
    parser.add_argument("mode", choices=("file", "speak"))
    args = parser.parse_args(argv)
    replies = _protocol_channel()
    return serve(args.mode, sys.stdin, replies, voice=args.voice, rate=args.rate, volume=args.volume,
                 language=args.language)


if __name__ == "__main__":
    sys.exit(main())
