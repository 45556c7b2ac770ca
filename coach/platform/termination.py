"""SIGTERM and SIGHUP (what a log-out or a shutdown sends) end Back Coach the way Quit does.

Python runs a signal handler only when the interpreter gets control, which a
Qt event loop waiting for events never gives it. So the signal is written to a
socket pair (``signal.set_wakeup_fd``) that Qt watches: the loop wakes, the
session row is closed, and the app quits normally, so the history is written
and the lock and socket are removed. Costs nothing while no signal comes.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSocketNotifier

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class TerminationWatch(QSocketNotifier):
    """Quits ``app`` when SIGTERM or SIGHUP arrives, after ``before_quit()``.

    Attributes:
        received: the signals seen so far (for the log and tests).
    """

    def __init__(self, app: QCoreApplication, before_quit: Callable[[], None]) -> None:
        self._read_end, self._write_end = socket.socketpair()
        for end in (self._read_end, self._write_end):
            end.setblocking(False)
        super().__init__(self._read_end.fileno(), QSocketNotifier.Type.Read, app)
        self._app = app
        self._before_quit = before_quit
        self.received: list[signal.Signals] = []
        signal.set_wakeup_fd(self._write_end.fileno(), warn_on_full_buffer=False)
        for number in QUIT_SIGNALS:
            # The handler itself does nothing: the byte set_wakeup_fd writes wakes the loop.
            signal.signal(number, lambda _number, _frame: None)
        self.activated.connect(self._on_signal)
        app.aboutToQuit.connect(self._stop)

    def _on_signal(self) -> None:
        try:
            data = self._read_end.recv(64)
        except BlockingIOError:
            return
        numbers = [signal.Signals(byte) for byte in data if byte in {int(s) for s in QUIT_SIGNALS}]
        if not numbers or self.received:
            self.received += numbers
            return
        self.received += numbers
        self._before_quit()
        self._app.quit()

    def _stop(self) -> None:
        self.setEnabled(False)
        signal.set_wakeup_fd(-1)
        for number in QUIT_SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        self._read_end.close()
        self._write_end.close()
