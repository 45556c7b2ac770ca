"""What the progress charts share: colours blended as the eye sees them, and type sized in pixels.

The charts (calendar_heatmap.py, pain_chart.py) are painted with QPainter, only in paintEvent, from
the data and the theme as they are now: nothing is cached, so a theme change is one update(). Sizes
(cells, fonts, lines) follow the widget's size so they read from 3 m.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget


def blend(colour: str, background: str, alpha: float) -> QColor:
    """``colour`` at ``alpha`` over ``background``, as one opaque colour (what the eye sees)."""
    top, under = QColor(colour).getRgbF()[:3], QColor(background).getRgbF()[:3]  # type: ignore[index]
    return QColor.fromRgbF(*(alpha * a + (1 - alpha) * b for a, b in zip(top, under, strict=True)))


def chart_font(widget: QWidget, pixels: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPixelSize(max(9, round(pixels)))
    font.setBold(bold)
    return font
