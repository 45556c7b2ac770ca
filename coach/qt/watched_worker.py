"""A helper process that answers in JSON lines, under a watchdog: restarted when it hangs or dies.

The speech worker (coach/speech/synth_client.py) and the recogniser's worker
(coach/listening/client.py) share this: a worker that does not start, or stops
answering, in time (the owner's watchdog says when), or that exits, is killed and
started again; after ``max_restarts`` in a row the client gives up and emits
``unavailable`` with the reason. A worker that cannot be started at all is given
up at once. Subclasses say what a message means (``_handle``) and what a restart
or giving up does to their own work (``_dropped``, ``_resume``, ``_abandon``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QProcess, Signal

from coach.qt.timer import Timer


class WatchedWorker(QObject):
    """One worker process at a time, its JSON-lines output, its watchdog and its restarts.

    Attributes:
        available: False once the client has given up.

    Signals:
        unavailable(str): the worker cannot be used; why.
    """

    unavailable = Signal(str)

    # What the person reads when it goes wrong; a subclass names its own worker.
    STOPPED = "the worker stopped"
    NOT_STARTED = "the worker could not be started"

    def __init__(self, name: str, command: Sequence[str], parent: QObject | None = None, *,
                 start_timeout_ms: int, max_restarts: int, single_shot_watchdog: bool) -> None:
        super().__init__(parent)
        self.available = True
        self._command = list(command)
        self._start_timeout_ms = start_timeout_ms
        self._max_restarts = max_restarts
        self._restarts = 0
        self._process: QProcess | None = None
        self._ready = False
        self._closing = False
        self._watchdog = Timer(f"{name}-watchdog", self, single_shot=single_shot_watchdog)
        self._watchdog.timeout.connect(self._on_watchdog)

    def shutdown(self) -> None:
        self._closing = True
        self._watchdog.stop()
        self._kill()

    # ----- for subclasses

    def _arguments(self) -> list[str]:
        """Arguments after the command's own (the worker's options, say)."""
        return []

    def _handle(self, message: dict[str, Any]) -> None:
        raise NotImplementedError

    def _on_watchdog(self) -> None:
        raise NotImplementedError

    def _dropped(self, why: str) -> None:
        """The worker was killed for a restart: fail what it was doing."""

    def _resume(self, why: str) -> None:
        """After a restart was counted and allowed: carry on."""

    def _abandon(self, why: str) -> None:
        """Giving up: fail everything still waiting."""

    # ----- the process

    def _spawn(self) -> None:
        process = QProcess(self)
        process.setProgram(self._command[0])
        process.setArguments([*self._command[1:], *self._arguments()])
        process.setStandardErrorFile(QProcess.nullDevice())  # an engine's chatter, a model's log
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._on_exit)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._ready = False
        self._watchdog.start_in(self._start_timeout_ms)
        process.start()

    def _read(self) -> None:
        process = self._process
        if process is None:
            return
        while process.canReadLine():
            line = bytes(process.readLine().data()).decode("utf-8", "replace").strip()
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                self._handle(message)

    def _on_exit(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        if self._closing or self.sender() is not self._process:
            return
        self._restart(f"{self.STOPPED} (exit code {exit_code})")

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._closing:
            self._give_up(self.NOT_STARTED)

    def _restart(self, why: str) -> None:
        self._kill()
        self._dropped(why)
        self._restarts += 1
        if self._restarts > self._max_restarts:
            self._give_up(why)
            return
        self._resume(why)

    def _give_up(self, why: str) -> None:
        if not self.available:
            return
        self.available = False
        self._watchdog.stop()
        self._kill()
        self._abandon(why)
        self.unavailable.emit(why)

    def _kill(self) -> None:
        process, self._process = self._process, None
        self._ready = False
        if process is None:
            return
        process.blockSignals(True)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)  # a killed process is reaped in milliseconds
        process.deleteLater()
