"""The levels' names as the person reads them, in the UI's language.

Marked for extraction where they are defined (QT_TRANSLATE_NOOP) and translated where they are
shown: ``tr()`` of a variable is invisible to lupdate, so the names are never passed to it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coach.domain.routine import Level

# PySide6's stubs type QT_TRANSLATE_NOOP as returning object; it returns the text itself.
LEVEL_NAMES: dict[Level, str] = {Level.GENTLE: QT_TRANSLATE_NOOP("Levels", "Gentle"),  # type: ignore[dict-item]
                                 Level.STANDARD: QT_TRANSLATE_NOOP("Levels", "Standard"),  # type: ignore[dict-item]
                                 Level.STRONG: QT_TRANSLATE_NOOP("Levels", "Strong")}  # type: ignore[dict-item]


def level_name(level: Level) -> str:
    """The level's name in the UI's language."""
    return QCoreApplication.translate("Levels", LEVEL_NAMES[level])
