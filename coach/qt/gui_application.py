"""A QGuiApplication for work without a window (a PDF, a PNG): made once when none runs, and kept."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, made (and kept alive here) when there is none: text needs fonts."""
    global _application  # noqa: PLW0603 (the one application of this process, kept alive here)
    app = QGuiApplication.instance()
    if app is None:
        _application = app = QGuiApplication(["backcoach"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("drawing text needs a QGuiApplication, not a QCoreApplication")
    return app
