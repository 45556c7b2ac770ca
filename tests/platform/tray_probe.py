"""Run by tests/platform/test_tray_host.py on a real X server (Xvfb, platform xcb), with or without a tray host.

Shows a tray icon, waits for it to be embedded in a tray (its X window
reparented away from the root), shows a message, and prints one JSON report:
    {"platform", "available", "visible", "geometry": [x, y, w, h], "embedded",
     "embed_ms", "message_shown", "message_geometry", "qt_messages": [[level, text], ...]}
message_shown: a new top-level window appeared after showMessage() (on an
XEmbed tray Qt draws its own balloon).

Usage: python tray_probe.py [--module coach.platform.tray] [--wait-ms 3000]
Without --module the icon is a bare QSystemTrayIcon with an icon drawn here.
With --module, the module's Tray class is used: Tray(routines) with .icon (the
QSystemTrayIcon), .show() and .notify(title, body).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget
from tray_host import XConnection

QT_MESSAGES: list[list[str]] = []


def keep_qt_message(kind: QtMsgType, context: object, text: str) -> None:
    QT_MESSAGES.append([kind.name, text])


def drawn_icon() -> QIcon:
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2a7f62"))
    painter.drawEllipse(4, 4, 56, 56)
    painter.end()
    return QIcon(pixmap)


def run_events(app: QApplication, seconds: float, until=lambda: False) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.002)
    return until()


def new_windows(app: QApplication, before: set[QWidget]) -> list[QWidget]:
    return [w for w in app.topLevelWidgets() if w not in before]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--module", help="e.g. coach.platform.tray: use its Tray instead of a bare QSystemTrayIcon")
    parser.add_argument("--wait-ms", type=int, default=3000, help="how long to wait for the icon to be embedded")
    args = parser.parse_args()
    qInstallMessageHandler(keep_qt_message)
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    x = XConnection(os.environ["DISPLAY"])
    available = QSystemTrayIcon.isSystemTrayAvailable()
    before = set(app.topLevelWidgets())
    if args.module:
        tray = importlib.import_module(args.module).Tray([])
        icon: QSystemTrayIcon = tray.icon
        show, notify = tray.show, tray.notify
    else:
        icon = QSystemTrayIcon(drawn_icon())
        show, notify = icon.show, icon.showMessage
    started = time.monotonic()
    show()
    made = new_windows(app, before)  # the icon's own window, if Qt made one (only with a tray)

    def embedded() -> bool:
        for window in made:
            parent, root = x.parent_and_root(int(window.winId()))
            if parent and parent != root:
                return True
        return False

    # With no tray there is nothing to wait for; still give Qt a moment to show anything it would.
    is_embedded = run_events(app, args.wait_ms / 1000 if made else 0.3, embedded)
    embed_ms = round((time.monotonic() - started) * 1000, 1) if is_embedded else None
    geometry = icon.geometry()
    before_message = set(app.topLevelWidgets())
    notify("Time for your back", "Lower back, 12 minutes")

    def balloon_shown() -> bool:
        return any(w.isVisible() for w in new_windows(app, before_message))

    run_events(app, 1.0 if is_embedded else 0.3, balloon_shown)
    balloons = [w for w in new_windows(app, before_message) if w.isVisible()]
    x.close()
    print(json.dumps({
        "platform": app.platformName(), "available": available, "visible": icon.isVisible(),
        "geometry": list(geometry.getRect()), "embedded": is_embedded, "embed_ms": embed_ms,
        "message_shown": bool(balloons),
        "message_geometry": list(balloons[0].geometry().getRect()) if balloons else None,
        "qt_messages": QT_MESSAGES,
    }))


if __name__ == "__main__":
    main()
