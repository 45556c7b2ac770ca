"""Guard against the PySide6 6.12.0 / Python 3.11 bug (pyproject.toml keeps PySide6 below 6.12 there).

That build dropped a reference to None on every void Qt call, so after a few
thousand calls the interpreter aborted with "Fatal Python error: none_dealloc".
pyproject.toml keeps PySide6 below 6.12 on Python < 3.12; this test fails (or
crashes) if a build with the bug is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

VOID_CALLS = 20_000


def test_void_qt_calls_keep_the_refcount_of_none_flat(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    calls = (
        lambda i: label.setText(str(i)),
        lambda i: label.setEnabled(i % 2 == 0),
        lambda i: label.setToolTip("tip"),
        lambda i: label.setWordWrap(True),
        lambda i: label.update(),
    )
    before = sys.getrefcount(None)
    for i in range(VOID_CALLS):
        calls[i % len(calls)](i)
    after = sys.getrefcount(None)
    # Ordinary Python activity moves it by a handful; the bug moves it by ~20,000.
    assert abs(after - before) < 200, f"refcount of None went from {before} to {after}"
