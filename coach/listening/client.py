"""Talks to the recogniser's worker process: sends audio, reads commands, restarts it if it stalls.

The watchdog is the speech worker's (coach.speech.synth_client): a worker that does not say
"ready" in time, or falls more than MAX_LAG_SECONDS of audio behind what it was sent, is
killed and restarted; after MAX_RESTARTS the client gives up and says why.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject, QProcess, Signal

from coach.listening.recogniser import SAMPLE_RATE
from coach.listening.worker import FROZEN_WORKER_FLAG, packet
from coach.qt.timer import Timer

_log = logging.getLogger(__name__)

START_TIMEOUT_MS = 8000  # Python and the model load in about a second; a busy machine is slower
MAX_LAG_SECONDS = 3.0  # decoding runs at a fraction of real time: this far behind, it is stuck
CHECK_MS = 1000
MAX_RESTARTS = 2


def default_worker_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_FLAG]
    return [sys.executable, "-m", "coach.listening.worker"]


class RecogniserClient(QObject):
    """One worker process for one stream of audio.

    Attributes:
        available: False once the client has given up.
        sent_seconds: audio sent to the current worker.
        done_seconds: audio the current worker has decoded.

    Signals:
        ready(): the recogniser loaded.
        heard(str, str): a command (coach.listening.commands.Command value) and the words heard.
        unavailable(str): voice control cannot work; why.
    """

    ready = Signal()
    heard = Signal(str, str)
    unavailable = Signal(str)

    def __init__(self, command: Sequence[str] | None = None, parent: QObject | None = None, *,
                 start_timeout_ms: int = START_TIMEOUT_MS, max_lag_seconds: float = MAX_LAG_SECONDS,
                 max_restarts: int = MAX_RESTARTS) -> None:
        super().__init__(parent)
        self.available = True
        self.sent_seconds = 0.0
        self.done_seconds = 0.0
        self._command = list(command or default_worker_command())
        self._start_timeout_ms = start_timeout_ms
        self._max_lag = max_lag_seconds
        self._max_restarts = max_restarts
        self._restarts = 0
        self._process: QProcess | None = None
        self._ready = False
        self._closing = False
        self._watchdog = Timer("listening-watchdog", self)
        self._watchdog.timeout.connect(self._check)

    def start(self) -> None:
        if self._process is None and self.available:
            self._closing = False
            self._spawn()

    def feed(self, pcm: bytes, muted: bool) -> None:
        """Audio for the recogniser; dropped while the worker is starting (nobody needs old commands)."""
        if self._process is None or not self._ready:
            return
        self._process.write(packet(pcm, muted))
        self.sent_seconds += len(pcm) / (2 * SAMPLE_RATE)

    def shutdown(self) -> None:
        self._closing = True
        self._watchdog.stop()
        self._kill()

    def _spawn(self) -> None:
        process = QProcess(self)
        process.setProgram(self._command[0])
        process.setArguments(self._command[1:])
        process.setStandardErrorFile(QProcess.nullDevice())
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._on_exit)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._ready = False
        self.sent_seconds = self.done_seconds = 0.0
        self._watchdog.start_in(self._start_timeout_ms)
        process.start()

    def _read(self) -> None:
        process = self._process
        if process is None:
            return
        while process.canReadLine():
            try:
                message = json.loads(bytes(process.readLine().data()).decode("utf-8", "replace"))
            except ValueError:
                continue
            self._handle(message)

    def _handle(self, message: dict[str, object]) -> None:
        op = message.get("op")
        if op == "ready":
            self._ready = True
            self._watchdog.start_in(CHECK_MS)
            self.ready.emit()
        elif op == "fatal":
            self._give_up(str(message.get("error", "the recogniser could not start")))
        elif op == "at":
            self.done_seconds = float(message.get("seconds", 0.0))  # type: ignore[arg-type]
            if self.done_seconds > 30:
                self._restarts = 0  # it works: forgive earlier trouble
        elif op == "heard":
            self.heard.emit(str(message.get("command", "")), str(message.get("words", "")))

    def _check(self) -> None:
        if not self._ready:
            self._restart("the recogniser did not start in time")
        elif self.sent_seconds - self.done_seconds > self._max_lag:
            self._restart("the recogniser stopped keeping up")

    def _on_exit(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        if self._closing or self.sender() is not self._process:
            return
        self._restart(f"the recogniser stopped (exit code {exit_code})")

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._closing:
            self._give_up("the recogniser could not be started")

    def _restart(self, why: str) -> None:
        self._kill()
        self._restarts += 1
        if self._restarts > self._max_restarts:
            self._give_up(why)
            return
        _log.warning("%s; restarting it", why)
        self._spawn()

    def _give_up(self, why: str) -> None:
        if not self.available:
            return
        self.available = False
        self._watchdog.stop()
        self._kill()
        self.unavailable.emit(why)

    def _kill(self) -> None:
        process, self._process = self._process, None
        self._ready = False
        if process is None:
            return
        process.blockSignals(True)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)
        process.deleteLater()
