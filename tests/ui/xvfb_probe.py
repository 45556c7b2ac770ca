"""Run by tests/ui/test_real_x_window.py on a real X server (Xvfb, platform xcb).

Shows the coach window at each size asked for, on a few segments, grabs what
the X server really shows, and prints one JSON report on stdout.
Usage: python xvfb_probe.py WxH [WxH ...]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from layout import clipped_texts
from PySide6.QtWidgets import QApplication

from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage import settings as settings_store
from coach.ui.app import application, build
from coach.ui.widgets.theme import ThemeName

SEGMENTS = [("lower-back", 0), ("lower-back", 7), ("lower-back", 213), ("lower-back", 51), ("cat-stretch", 24)]


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    app = application()
    settings_store.record_safety_note_read()
    catalogue = load_catalogue(builtin_routines_dir(), None)
    report = {"platform": app.platformName(), "sizes": []}
    for size_text in sys.argv[1:]:
        width, height = (int(n) for n in size_text.split("x"))
        for theme in ThemeName:
            window, controller = build(catalogue, theme=theme)
            window.resize(width, height)
            window.show()
            controller.open()
            settle(app)
            for routine_id, segment in SEGMENTS:
                controller.runner.start(routine_id, first_segment=segment)
                controller.runner.pause()  # hold still while we look
                settle(app, 0.15)
                grabbed = window.screen().grabWindow(window.winId()).toImage()
                colours = {grabbed.pixel(x, y) for x in range(0, grabbed.width(), 8)
                           for y in range(0, grabbed.height(), 8)}
                report["sizes"].append({
                    "size": [window.width(), window.height()], "theme": theme.value,
                    "routine": routine_id, "segment": segment,
                    "grabbed": [grabbed.width(), grabbed.height()], "colours": len(colours),
                    "background": grabbed.pixelColor(3, 3).name(),
                    "clipped": clipped_texts(window),
                    "caption_px": window.session.caption_label.pixel_size(),
                    "ring": window.session.ring.diameter(),
                })
            controller.go_home()
            window.close()
            window.deleteLater()
            settle(app, 0.05)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
