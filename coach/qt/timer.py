"""A QTimer with a name, so timers show up by name when debugging or testing (ui and speech use it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

# QTimer takes an int of milliseconds; anything longer is clamped to this.
MAX_INTERVAL_MS = 2**31 - 1


class Timer(QTimer):
    """A named QTimer.

    Attributes:
        name: what the timer is for, e.g. "session-deadline".
    """

    def __init__(self, name: str, parent: QObject | None = None, *, single_shot: bool = False,
                 precise: bool = False) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(name)
        self.setSingleShot(single_shot)
        if precise:
            self.setTimerType(Qt.TimerType.PreciseTimer)

    def start_in(self, milliseconds: int) -> None:
        """Start (or restart) to fire after this many ms, clamped to what QTimer can take."""
        self.start(max(0, min(milliseconds, MAX_INTERVAL_MS)))

    def __repr__(self) -> str:
        state = f"active, {self.remainingTime()} ms left" if self.isActive() else "stopped"
        return f"<Timer {self.name}: {state}>"
