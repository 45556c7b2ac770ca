"""The floor for animation CPU in PySide6: what 30 frames a second cost with nothing to draw.

Two cases, each a 1280x720 window for 15 s: a 33 ms timer that does nothing
("timer"), and the same timer repainting a 40x40 square of a plain background
("update"), which is the least any animation can do per frame. Compare with
bench/idle_cpu.py's "countdown running". Run it under X to include the X
server round trip:
    xvfb-run -a -s "-screen 0 1280x720x24" uv run python bench/repaint_floor.py
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import describe
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

SECONDS = 15


class Plain(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#f7f6f2"))
        painter.end()


def cpu_percent(app: QApplication, widget: QWidget, repaint: bool) -> float:
    frame = [0]

    def tick() -> None:
        frame[0] += 1
        if repaint:
            widget.update(QRect(300 + frame[0] % 40, 300, 40, 40))

    timer = QTimer()
    timer.setInterval(33)
    timer.timeout.connect(tick)
    timer.start()
    result: list[float] = []

    def measure() -> None:
        start, began = resource.getrusage(resource.RUSAGE_SELF), time.monotonic()

        def done() -> None:
            end = resource.getrusage(resource.RUSAGE_SELF)
            used = (end.ru_utime - start.ru_utime) + (end.ru_stime - start.ru_stime)
            result.append(100 * used / (time.monotonic() - began))
            timer.stop()
            app.quit()

        QTimer.singleShot(SECONDS * 1000, done)

    QTimer.singleShot(1000, measure)
    app.exec()
    return result[0]


def main() -> None:
    app = QApplication([])
    widget = Plain()
    widget.resize(1280, 720)
    widget.show()
    print(describe(), f"platform {app.platformName()}")
    print(f"30 fps timer, nothing drawn:        {cpu_percent(app, widget, False):.2f} % of a core")
    print(f"30 fps, a 40x40 square repainted:   {cpu_percent(app, widget, True):.2f} % of a core")


if __name__ == "__main__":
    main()
