"""Run in a subprocess by tests/ui/test_window_on_demand.py: `backcoach --background` (app.run) with a tray.

Offscreen has no tray host, so the tray is said to be there; instead of its event loop, app.run's
``exec`` reports on JSON what was built at start and after the tray's Open, then returns.
Arguments: "background" (``--background``) or "window" (a plain start).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage import settings as settings_store
from coach.ui import app as ui_app
from coach.ui.resident import Resident
from coach.ui.window_on_demand import WindowOnDemand


def main() -> None:
    background = sys.argv[1] == "background"
    builds: list[object] = []
    real_build = ui_app.build

    def counted_build(*args, **kwargs):  # type: ignore[no-untyped-def]
        built = real_build(*args, **kwargs)
        builds.append(built)
        return built

    def exec_(app: QApplication) -> int:
        holder = app.findChild(WindowOnDemand)
        resident = app.findChild(Resident)
        assert holder is not None and resident is not None and resident.tray is not None
        report = {"built_at_start": len(builds), "visible_at_start": holder.built is not None
                  and holder.built.window.isVisible()}
        resident.tray.open_requested.emit()
        resident.tray.open_requested.emit()
        assert holder.built is not None
        report.update(built_after_open=len(builds), visible_after_open=holder.built.window.isVisible(),
                      screen=holder.built.window.stack.currentWidget().objectName()
                      or type(holder.built.window.stack.currentWidget()).__name__)
        print(json.dumps(report))
        resident.tray.hide()
        return 0

    ui_app.build = counted_build  # type: ignore[assignment]
    QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: True)  # type: ignore[method-assign]
    QApplication.exec = exec_  # type: ignore[method-assign,assignment]
    settings_store.record_safety_note_read()
    sys.exit(ui_app.run(load_catalogue(builtin_routines_dir(), None), background=background))


if __name__ == "__main__":
    main()
