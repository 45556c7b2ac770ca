"""Talks to the speech worker process: queues requests, watches for hangs and crashes.

The worker (coach.speech.synth_worker) runs pyttsx3 in its own process, so the
GUI thread never waits on the engine and a crash of the engine never takes the
app down. One request is in flight at a time, under a watchdog: a worker that
does not answer in time is killed and restarted; after too many failures the
client gives up and says the voice is unavailable (coach/qt/watched_worker.py, shared
with the recogniser's worker).
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from coach.speech.engine import VoiceInfo
from coach.speech.synth_worker import default_worker_command
from coach.qt.watched_worker import WatchedWorker

# A request or reply on the engine's JSON lines: JSON values, checked where they are read.
Message = dict[str, Any]

_log = logging.getLogger(__name__)

# A hung or dead engine must be noticed within 2 s of the phrase that needed it.
START_TIMEOUT_MS = 2000   # Python, pyttsx3 and espeak start in ~0.3 s here
REQUEST_TIMEOUT_MS = 1500  # espeak writes a sentence in ~10 ms
MAX_RESTARTS = 2


class SynthClient(WatchedWorker):
    """A worker process and its request queue.

    Attributes:
        mode: "file" (synthesise to WAV files) or "speak" (say aloud).
        available: False once the client has given up on the engine.

    Signals:
        ready(): the engine started.
        done(int): request id finished.
        failed(int, str, bool): request id failed, why, and whether the engine itself was at fault
            (it hung, crashed or is unavailable) rather than the request (e.g. a file it could not write).
        trouble(str): the engine hung or crashed and is being restarted.
        voices_listed(list): the engine's VoiceInfo list.
        unavailable(str): the engine cannot be used; why.
    """

    ready = Signal()
    done = Signal(int)
    failed = Signal(int, str, bool)
    trouble = Signal(str)
    voices_listed = Signal(list)

    STOPPED = "the speech engine stopped"
    NOT_STARTED = "the speech worker could not be started"

    def __init__(self, mode: str = "file", command: Sequence[str] | None = None, parent: QObject | None = None,
                 *, voice: str | None = None, rate: int | None = None, volume: float | None = None,
                 language: str | None = None, start_timeout_ms: int = START_TIMEOUT_MS,
                 request_timeout_ms: int = REQUEST_TIMEOUT_MS, max_restarts: int = MAX_RESTARTS) -> None:
        super().__init__(f"speech-{mode}", command or default_worker_command(), parent,
                         start_timeout_ms=start_timeout_ms, max_restarts=max_restarts, single_shot_watchdog=True)
        self.mode = mode
        self._engine_settings = (voice, rate, volume)
        self._language = language  # without a voice, the worker speaks this language's (or says it has none)
        self._request_timeout_ms = request_timeout_ms
        self._next_id = 1
        self._queue: deque[Message] = deque()
        self._in_flight: Message | None = None
        self._stale = False

    # ----- requests

    def configure(self, voice: str | None, rate: int | None, volume: float | None = None) -> None:
        """Use other engine settings from the next request on (a fresh worker; nothing in flight is lost)."""
        settings = (voice, rate, volume)
        if settings == self._engine_settings:
            return
        self._engine_settings = settings
        self._stale = self._process is not None  # restarted once nothing is in flight
        self._pump()

    def set_language(self, language: str | None) -> None:
        """Speak another language from the next request on; an engine that had no voice for the old one may."""
        if language == self._language:
            return
        self._language = language
        self._stale = self._process is not None
        if not self.available:  # the old language had no voice: try the new one afresh
            self.available, self._restarts = True, 0
        self._pump()

    def synthesize(self, text: str, path: str, *, urgent: bool = False) -> int:
        return self._submit({"op": "synth", "text": text, "path": path}, urgent)

    def say(self, text: str, timeout_ms: int) -> int:
        """Speak aloud; ``timeout_ms`` should allow for the whole phrase at the engine's rate."""
        return self._submit({"op": "say", "text": text}, True, timeout_ms)

    def list_voices(self) -> int:
        return self._submit({"op": "voices"}, True)

    def is_pending(self, request_id: int) -> bool:
        in_queue = any(r["id"] == request_id for r in self._queue)
        return in_queue or (self._in_flight is not None and self._in_flight["id"] == request_id)

    def cancel_queued(self) -> None:
        """Drop requests not yet sent (the one in flight finishes or times out)."""
        self._queue.clear()

    def interrupt(self) -> None:
        """Stop what the worker is doing now (kills it; the next request starts a new one)."""
        self._queue.clear()
        if self._process is not None and self._in_flight is not None:
            self._in_flight = None
            self._watchdog.stop()
            self._kill()

    def shutdown(self) -> None:
        self._queue.clear()
        super().shutdown()

    # ----- process

    def _submit(self, request: Message, urgent: bool, timeout_ms: int | None = None) -> int:
        request_id = self._next_id
        self._next_id += 1
        request["id"] = request_id
        request["timeout_ms"] = timeout_ms or self._request_timeout_ms
        if not self.available:
            self.failed.emit(request_id, "the speech engine is unavailable", True)
            return request_id
        if urgent:
            self._queue.appendleft(request)
        else:
            self._queue.append(request)
        self._pump()
        return request_id

    def _pump(self) -> None:
        if self._closing or not self.available:
            return
        if self._stale and self._in_flight is None:
            self._stale = False
            self._kill()
        if self._process is None:
            if self._queue:
                self._spawn()
            return
        if not self._ready or self._in_flight is not None or not self._queue:
            return
        request = self._queue.popleft()
        self._in_flight = request
        self._watchdog.start_in(int(request["timeout_ms"]))
        message = {k: v for k, v in request.items() if k != "timeout_ms"}
        self._process.write((json.dumps(message) + "\n").encode("utf-8"))

    def _arguments(self) -> list[str]:
        voice, rate, volume = self._engine_settings
        return [*(["--voice", voice] if voice else []), *(["--rate", str(rate)] if rate else []),
                *(["--volume", f"{volume:g}"] if volume is not None else []),
                *(["--language", self._language] if self._language else []), self.mode]

    def _handle(self, message: Message) -> None:
        op = message.get("op")
        if op == "ready":
            self._ready = True
            self._watchdog.stop()
            self.ready.emit()
        elif op == "fatal":
            self._give_up(str(message.get("error", "the speech engine could not start")))
            return
        elif op in ("done", "failed", "voices"):
            request = self._in_flight
            self._in_flight = None
            self._watchdog.stop()
            self._restarts = 0  # it works: forgive earlier trouble
            if op == "voices":
                voices = [VoiceInfo(str(v["id"]), str(v["name"]), tuple(v.get("languages", ())))
                          for v in message.get("voices", [])]
                self.voices_listed.emit(voices)
            if request is not None and op == "done":
                self.done.emit(int(request["id"]))
            elif request is not None:
                self.failed.emit(int(request["id"]), str(message.get("error", "failed")), False)
        self._pump()

    def _on_watchdog(self) -> None:
        what = "start" if not self._ready else "answer"
        _log.warning("the speech engine did not %s in time; restarting it", what)
        self._restart(f"the speech engine did not {what} in time")

    def _dropped(self, why: str) -> None:
        if self._in_flight is not None:
            request, self._in_flight = self._in_flight, None
            self.failed.emit(int(request["id"]), why, True)

    def _resume(self, why: str) -> None:
        self.trouble.emit(why)
        self._pump()

    def _abandon(self, why: str) -> None:
        dropped = ([self._in_flight] if self._in_flight else []) + list(self._queue)
        self._in_flight = None
        self._queue.clear()
        for request in dropped:
            self.failed.emit(int(request["id"]), why, True)
