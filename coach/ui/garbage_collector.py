"""Python's cyclic garbage collection, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate when
a generation's threshold is crossed; in this app that is often the history
writer's thread. A Qt object in such a cycle is then destroyed on that thread:
a QProcess, for one, cannot switch off its socket notifiers there ("Socket
notifiers cannot be enabled or disabled from another thread"), and once their
descriptors are closed Qt's GLib dispatcher warns about them in a loop that
never ends. That hung a whole CI run for 85 minutes. So automatic collection
is switched off, and a timer on the GUI thread collects what is due, with the
thresholds Python itself would use (qutebrowser does the same for the same
reason).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from coach.garbage import collect_due, take_over_collection
from coach.qt.timer import Timer

# Checked this often while there is garbage to collect; it only looks at counters, so it is cheap.
BUSY_INTERVAL_MS = 1_000
# An idle app (waiting in the tray) allocates next to nothing; the interval doubles up to this.
# Five minutes keeps the check from adding a wake-up a minute to the reminders' one (measured:
# 2 main-thread wakes a minute at a 1-minute cap, 1 without the collector).
IDLE_INTERVAL_MS = 300_000


class GarbageCollector(QObject):
    """Collects reference cycles on the GUI thread, never on a worker's.

    Attributes:
        timer: the Timer that checks the counters; its interval grows while there is nothing to do
            and shrinks while there is.
        collections: how many collections it has run.
    """

    def __init__(self, parent: QObject | None = None, *, busy_interval_ms: int = BUSY_INTERVAL_MS,
                 idle_interval_ms: int = IDLE_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._busy_ms = busy_interval_ms
        self._idle_ms = max(idle_interval_ms, busy_interval_ms)
        self.collections = 0
        self.timer = Timer("garbage-collection", self)
        # A second late or early changes nothing here; a coarse timer lets the system bundle wake-ups.
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self._check)
        take_over_collection()
        self.timer.start(self._busy_ms)

    def _check(self) -> None:
        # Halve the wait after a collection, double it after a check with nothing to do: a session
        # (lots of garbage) is checked every second within a few checks, while an app idle in the
        # tray, which fills the first generation only now and then, settles at the longest wait.
        if collect_due() is None:
            self.timer.setInterval(min(self.timer.interval() * 2, self._idle_ms))
        else:
            self.collections += 1
            self.timer.setInterval(max(self.timer.interval() // 2, self._busy_ms))
