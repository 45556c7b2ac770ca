"""Keys that belong to one screen: live while the focus is anywhere inside it, and nowhere else.

Every screen sits in the window's stack; a key made this way never fires
for a screen that is not showing, so Enter means "start" on home and
"save" on the pain check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def add_screen_keys(screen: QWidget, keys: Iterable[tuple[Qt.Key, Callable[[], Any]]]) -> list[QShortcut]:
    """One shortcut per (key, slot) on ``screen``; returned so a caller can switch them on and off."""
    shortcuts = []
    for key, slot in keys:
        shortcut = QShortcut(QKeySequence(key), screen, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts
