"""Hears the machine wake from suspend, so a reminder due while it slept comes at once.

logind announces ``PrepareForSleep(false)`` on the system bus on resume. Without
it (no systemd, no system bus, another OS) nothing is lost: the reminder timer
never sleeps more than a minute, so a wake is noticed within 60 s anyway.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

_log = logging.getLogger(__name__)
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"


class SleepWatch(QObject):
    """Emits ``resumed`` when logind says the machine woke up.

    Attributes:
        listening: whether the signal could be subscribed to.

    Signals:
        resumed(): the machine has just woken from suspend or hibernation.
    """

    resumed = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        bus = bus if bus is not None else QDBusConnection.systemBus()
        # The sender is left open (""): naming logind's service makes connect() ask the bus for
        # its owner, which blocks when the bus hangs. Only the path and interface are matched.
        self.listening = bus.isConnected() and bus.connect(  # type: ignore[call-overload]
            "", LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep",
                                                           self, SLOT("_on_prepare_for_sleep(bool)"))
        if not self.listening:
            _log.info("no logind on the system bus: a wake from sleep is noticed within a minute instead")

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.resumed.emit()
