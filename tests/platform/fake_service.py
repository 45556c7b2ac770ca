"""What the fake D-Bus services share (fake_notification_server.py, fake_background_portal.py).

They run as scripts, started by tests/platform/dbus_session.py: each owns its name on the
bus in DBUS_SESSION_BUS_ADDRESS, prints "ready" on stdout once the name is its own,
takes commands from stdin (one a line, if it has any), and quits when stdin closes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier
from PySide6.QtDBus import QDBusConnection

EXPORT = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals


class StdinCommands(QObject):
    """Reads command lines from stdin without blocking the event loop; quits the app when stdin closes.

    Attributes:
        run: called with each line's words; None to ignore what arrives.
    """

    def __init__(self, run: Callable[[list[str]], None] | None = None) -> None:
        super().__init__()
        self.run = run
        self.pending = b""
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.read)

    def read(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:
            QCoreApplication.quit()
            return
        if self.run is None:
            return
        self.pending += chunk
        *lines, self.pending = self.pending.split(b"\n")
        for line in lines:
            self.run(line.decode().split())


def serve(name: str, path: str, make_service: Callable[[QDBusConnection], QObject],
          run_command: Callable[[QObject, list[str]], None] | None = None) -> int:
    """Own ``name`` with ``make_service(bus)`` at ``path``, say "ready", run until stdin closes; the exit code."""
    app = QCoreApplication([sys.argv[0]])
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        print(f"no bus: {bus.lastError().message()}", file=sys.stderr)
        return 2
    service = make_service(bus)
    if not bus.registerObject(path, service, EXPORT) or not bus.registerService(name):
        print(f"cannot own {name}: {bus.lastError().message()}", file=sys.stderr)
        return 3
    run = None if run_command is None else (lambda words: run_command(service, words))
    commands = StdinCommands(run)  # noqa: F841 - lives as long as the loop
    print("ready", flush=True)
    return app.exec()
