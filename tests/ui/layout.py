"""Checks on what a window shows: text that does not fit, sizes relative to the window."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from coach.ui.widgets.fitting_label import FittingLabel


def clipped_texts(root: QWidget) -> list[str]:
    """Texts of visible labels and buttons that do not fit the space they were given.

    Layouts update lazily (on posted events), so let them settle first: this
    measures what would be painted.
    """
    for _ in range(3):
        QApplication.sendPostedEvents()
    clipped = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, FittingLabel):
            if widget.is_clipped():
                clipped.append(widget.text())
        elif isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                # heightForWidth() takes and gives the widget's whole size, margins included.
                too_small = widget.heightForWidth(widget.width()) > widget.height()
            else:
                hint = widget.sizeHint()
                too_small = hint.width() > widget.width() or hint.height() > widget.height()
            if too_small:
                clipped.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.text():
            metrics = widget.fontMetrics()
            if metrics.horizontalAdvance(widget.text()) > widget.contentsRect().width():
                clipped.append(widget.text())
    return clipped
