"""Checks on what a window shows: text that does not fit or overlaps other text, sizes relative to the window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QWidget

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
            # A button's text breaks only where it says so ("\n"): its widest line must fit.
            widest = max(metrics.horizontalAdvance(line) for line in widget.text().split("\n"))
            if widest > widget.contentsRect().width():
                clipped.append(widget.text())
    return clipped


def _layer(widget: QWidget) -> QWidget | None:
    """The nearest widget (itself or above) placed by hand over its parent rather than by a layout.

    Overlays (the paused veil, the stop question, the rest's card) are drawn over the screen on
    purpose; texts are compared only with texts of the same layer.
    """
    while widget.parentWidget() is not None:
        parent = widget.parentWidget()
        layout = parent.layout()
        if widget.isWindow() or layout is None or layout.indexOf(widget) < 0:
            return widget
        widget = parent
    return widget


def overlapping_texts(root: QWidget) -> list[tuple[str, str]]:
    """Pairs of visible texts (labels, buttons, lists) of one layer whose boxes overlap: a layout squeezed too far."""
    for _ in range(3):
        QApplication.sendPostedEvents()
    texts = [w for w in root.findChildren(QWidget) if w.isVisible() and not w.visibleRegion().isEmpty() and (
        (isinstance(w, (QLabel, QAbstractButton)) and w.text()) or isinstance(w, QAbstractItemView))]
    boxes = {w: QRect(w.mapTo(root, QPoint(0, 0)), w.size()) for w in texts}
    found = []
    for index, first in enumerate(texts):
        for second in texts[index + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first) or _layer(first) is not _layer(second):
                continue
            if boxes[first].intersected(boxes[second]).isValid():
                found.append((_text(first), _text(second)))
    return found


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else type(widget).__name__
