"""Counted phrases ("1 session", "3 sessions") the Qt way, that also read right in English.

Qt's numerus form is ``self.tr("%n session(s)", "", n)``: a translation gives each of its language's
plural forms. With no translation loaded (English, the source language), Qt only puts the number in
for %n and would show "1 session(s)". Call sites keep the ``tr()`` call, so pyside6-lupdate finds the
text, and pass its result through ``counted``.
"""

from __future__ import annotations


def counted(translated: str, count: int) -> str:
    """``translated`` (from ``tr(text, "", count)``) with an English "(s)" left in it resolved."""
    return translated.replace("(s)", "" if count == 1 else "s")
