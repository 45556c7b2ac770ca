"""Text from files and from the person is shown as plain text, never as markup.

Qt guesses: a label, a message box or a tool tip whose text looks like HTML is
drawn as rich text, and rich text loads images (``<img src='/dev/zero'>`` made
the app grow to gigabytes) and can draw a fake screen. A routine's name, title
or cue comes from a file anyone can hand over, so every widget that may show
one is told "plain text" here, once, and tool tips and notification bodies
(which cannot be told) get their markup characters escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain(label: QLabel) -> QLabel:
    """``label`` set to show its text as plain text (returned, for use inline)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_labels(root: QWidget) -> None:
    """Every label under ``root`` (and ``root`` itself, if it is one) shows plain text.

    Called at the end of a screen's set-up; labels made later (per routine, per
    exercise) are made plain where they are made.
    """
    if isinstance(root, QLabel):
        plain(root)
    for label in root.findChildren(QLabel):
        plain(label)


def plain_message_box(box: QMessageBox) -> QMessageBox:
    """A message box whose text and informative text are shown as plain text."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def tool_tip(text: str) -> str:
    """A tool tip that shows ``text`` as it is: Qt cannot be told a tool tip is plain, so it is
    escaped and marked as rich text (an escaped ``<img>`` is drawn as those characters)."""
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>' if text else ""


def markup_escaped(text: str) -> str:
    """``text`` for a notification body, which a desktop's notification service may read as markup."""
    return html.escape(text, quote=False)
