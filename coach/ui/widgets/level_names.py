"""The levels' names as the person reads them, in the UI's language.

Marked for extraction where they are defined (QT_TRANSLATE_NOOP) and translated where they are
shown: ``tr()`` of a variable is invisible to lupdate, so the names are never passed to it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coach.domain.routine import Level

LEVEL_NAMES = {Level.GENTLE: QT_TRANSLATE_NOOP("Levels", "Gentle"),
               Level.STANDARD: QT_TRANSLATE_NOOP("Levels", "Standard"),
               Level.STRONG: QT_TRANSLATE_NOOP("Levels", "Strong")}


def level_name(level: Level) -> str:
    """The level's name in the UI's language."""
    return QCoreApplication.translate("Levels", str(LEVEL_NAMES[level]))
