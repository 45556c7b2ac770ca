"""Talks to the recogniser's worker process: sends audio, reads commands, restarts it if it stalls.

The watchdog and restarts are coach/qt/watched_worker.py's, shared with the speech worker: a worker
that does not say "ready" in time, or falls more than MAX_LAG_SECONDS of audio behind what it was
sent, is killed and restarted; after MAX_RESTARTS the client gives up and says why.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from coach.listening.recogniser import SAMPLE_RATE
from coach.listening.worker import FROZEN_WORKER_FLAG, answers_packet, packet, wake_packet
from coach.qt.watched_worker import WatchedWorker

_log = logging.getLogger(__name__)

START_TIMEOUT_MS = 8000  # Python and the model load in about a second; a busy machine is slower
MAX_LAG_SECONDS = 3.0  # decoding runs at a fraction of real time: this far behind, it is stuck
CHECK_MS = 1000
MAX_RESTARTS = 2


def default_worker_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_FLAG]
    return [sys.executable, "-m", "coach.listening.worker"]


class RecogniserClient(WatchedWorker):
    """One worker process for one stream of audio.

    Attributes:
        available: False once the client has given up.
        sent_seconds: audio sent to the current worker.
        done_seconds: audio the current worker has decoded.
        wake_word: commands need the wake phrase first (sent to every worker when it is ready).
        answers_wanted: "yes" and "no" count (a question is open; sent to every worker when it is ready).

    Signals:
        ready(): the recogniser loaded.
        heard(str, str): a command (coach.listening.commands.Command value) and the words heard.
        armed(float): the wake phrase was said alone: a bare command counts for these seconds.
        unavailable(str): voice control cannot work; why.
    """

    ready = Signal()
    heard = Signal(str, str)
    armed = Signal(float)

    STOPPED = "the recogniser stopped"
    NOT_STARTED = "the recogniser could not be started"

    def __init__(self, command: Sequence[str] | None = None, parent: QObject | None = None, *,
                 start_timeout_ms: int = START_TIMEOUT_MS, max_lag_seconds: float = MAX_LAG_SECONDS,
                 max_restarts: int = MAX_RESTARTS) -> None:
        super().__init__("listening", command or default_worker_command(), parent,
                         start_timeout_ms=start_timeout_ms, max_restarts=max_restarts, single_shot_watchdog=False)
        self.sent_seconds = 0.0
        self.done_seconds = 0.0
        self._max_lag = max_lag_seconds
        self.wake_word = False
        self.answers_wanted = True

    def start(self) -> None:
        if self._process is None and self.available:
            self._closing = False
            self._spawn()

    def set_wake_word(self, on: bool) -> None:
        self.wake_word = on
        if self._process is not None and self._ready:
            self._process.write(wake_packet(on))

    def set_answers_wanted(self, on: bool) -> None:
        self.answers_wanted = on
        if self._process is not None and self._ready:
            self._process.write(answers_packet(on))

    def feed(self, pcm: bytes, muted: bool) -> None:
        """Audio for the recogniser; dropped while the worker is starting (nobody needs old commands)."""
        if self._process is None or not self._ready:
            return
        self._process.write(packet(pcm, muted))
        self.sent_seconds += len(pcm) / (2 * SAMPLE_RATE)

    def _spawn(self) -> None:
        self.sent_seconds = self.done_seconds = 0.0
        super()._spawn()

    def _handle(self, message: dict[str, Any]) -> None:
        op = message.get("op")
        if op == "ready":
            self._ready = True
            self._watchdog.start_in(CHECK_MS)
            if self._process is not None:
                self._process.write(wake_packet(self.wake_word) + answers_packet(self.answers_wanted))
            self.ready.emit()
        elif op == "fatal":
            self._give_up(str(message.get("error", "the recogniser could not start")))
        elif op == "at":
            self.done_seconds = float(message.get("seconds", 0.0))
            if self.done_seconds > 30:
                self._restarts = 0  # it works: forgive earlier trouble
        elif op == "heard":
            self.heard.emit(str(message.get("command", "")), str(message.get("words", "")))
        elif op == "armed":
            self.armed.emit(float(message.get("seconds", 0.0)))

    def _on_watchdog(self) -> None:
        if not self._ready:
            self._restart("the recogniser did not start in time")
        elif self.sent_seconds - self.done_seconds > self._max_lag:
            self._restart("the recogniser stopped keeping up")

    def _resume(self, why: str) -> None:
        _log.warning("%s; restarting it", why)
        self._spawn()
