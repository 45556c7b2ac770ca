"""Work that waits for a window's first paint (coach/ui/first_paint.py)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coach.ui import first_paint
from coach.ui.first_paint import after_next_paint


class _PaintLog(QObject):
    """Notes, in order, each paint of a window and each run of the work."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.events: list[str] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.events.append("paint")
        return False


def test_the_work_runs_after_the_window_has_painted_not_before(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    log = _PaintLog(window)
    window.show()
    after_next_paint(window, lambda: log.events.append("work"))
    qtbot.waitUntil(lambda: "work" in log.events, timeout=first_paint.FALLBACK_MS // 2)
    assert log.events.index("paint") < log.events.index("work")
    assert log.events.count("work") == 1


def test_a_hidden_window_does_not_hold_the_work_back(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    done: list[str] = []
    after_next_paint(window, lambda: done.append("work"))
    assert done == []  # never inside the call: the caller finishes first
    qtbot.waitUntil(lambda: done == ["work"], timeout=200)


def test_without_a_paint_the_work_still_runs_once(qtbot: QtBot, monkeypatch) -> None:
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 50)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # its first paint is over: nothing more will paint unless asked
    done: list[str] = []
    after_next_paint(window, lambda: done.append("work"))
    qtbot.waitUntil(lambda: done == ["work"], timeout=500)
    qtbot.wait(100)
    assert done == ["work"]


def test_the_watch_does_not_keep_its_window_alive(qtbot: QtBot) -> None:
    # The watch is the window's child and deletes itself later. Were it to hold the last Python
    # reference to the window, that deletion would free the window, and with it the watch a second
    # time, mid-destruction: a segfault in whatever test processed the events next.
    window = QWidget()
    destroyed: list[str] = []
    window.destroyed.connect(lambda: destroyed.append("window"))
    window.show()
    done: list[str] = []
    after_next_paint(window, lambda: done.append("work"))
    deadline = time.monotonic() + first_paint.FALLBACK_MS / 2000
    while done != ["work"] and time.monotonic() < deadline:
        QApplication.processEvents()  # unlike qtbot's waits, leaves the watch's deleteLater pending
    assert done == ["work"]
    del window  # the test's was the last reference: the window goes now, and its watch with it
    assert destroyed == ["window"]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
