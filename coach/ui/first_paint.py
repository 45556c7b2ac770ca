"""Run work once a window has painted, so start-up work that can wait never delays the first picture.

A zero-time QTimer started as the window shows is not enough: it runs in the
event loop's first turn, before the window's expose and paint. The voice and
the sleep watch started that way delayed the first paint by tens of
milliseconds (BENCHMARKS.md §10).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# If no paint comes (a window shown on a screen that never exposes it), the work runs anyway after this.
FALLBACK_MS = 1000


class _PaintWatch(QObject):
    """Watches one window, its parent, for its next paint, then runs the work on the following event-loop turn.

    It keeps no Python reference to the window: as the window's child it deletes itself later, and
    were its reference the window's last, that deletion would free the window, and the window its
    children, this watch among them, in the middle of its own destructor (a segfault).
    """

    def __init__(self, window: QWidget, work: Callable[[], object]) -> None:
        super().__init__(window)
        self._work: Callable[[], object] | None = work
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parent() and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # This paint is still under way (and then flushed to the screen): run after it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return
        window = self.parent()
        if window is not None:
            window.removeEventFilter(self)
        self.deleteLater()
        work()


def after_next_paint(window: QWidget, work: Callable[[], object]) -> None:
    """Call ``work`` once, just after ``window`` next paints (at once on the next turn if it is not shown)."""
    if not window.isVisible() or window.isMinimized():
        QTimer.singleShot(0, work)  # nothing to paint (in the tray, or minimised): nothing to wait for
        return
    _PaintWatch(window, work)
