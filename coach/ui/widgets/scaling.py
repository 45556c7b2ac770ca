"""Font sizes that follow the window's size, so the screen reads from across a room."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


def set_pixel_size(widget: QWidget, pixels: float, *, bold: bool = False) -> None:
    """Give a widget a font of this pixel size (at least 9 px), changing it only if needed."""
    font = widget.font()
    size = max(9, round(pixels))
    if font.pixelSize() != size or font.bold() != bold:
        font.setPixelSize(size)
        font.setBold(bold)
        widget.setFont(font)


def font_unit(widget: QWidget) -> float:
    """The length fonts scale with: the height, unless the widget is narrower than 4:3.

    A tall, narrow window would otherwise get fonts too wide for its width.
    """
    return float(min(widget.height(), widget.width() * 0.75))


def set_pixel_size_within(widget: QWidget, pixels: float, height: int, sample: str, *, bold: bool = False) -> None:
    """Like set_pixel_size, but smaller if ``sample`` (a text in the UI's language) would not fit ``height``.

    Thai marks stack above and below the line, so a Thai font needs a taller line than a Latin one
    at the same pixel size; Latin text keeps its size.
    """
    set_pixel_size(widget, pixels, bold=bold)
    needed = widget.fontMetrics().boundingRect(QRect(), 0, sample).height()
    if needed > height > 0:
        set_pixel_size(widget, pixels * height / needed, bold=bold)
