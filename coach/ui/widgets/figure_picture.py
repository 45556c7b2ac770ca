"""One figure frame as a PNG image, drawn exactly as the window draws it (for ``backcoach figure``)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from coach.domain.figure_track import FigureFrame
from coach.ui.widgets.figure_view import paint_figure
from coach.qt.gui_application import ensure_gui_application
from coach.ui.widgets.theme import DARK, LIGHT


def figure_image(frame: FigureFrame, width: int, height: int, theme_name: str) -> QImage:
    """The frame on the theme's background, ``width`` x ``height`` pixels."""
    ensure_gui_application()
    theme = DARK if theme_name == "dark" else LIGHT
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, width, height), frame, theme)
    painter.end()
    return image


def figure_png(frame: FigureFrame, width: int, height: int, theme_name: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not figure_image(frame, width, height, theme_name).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("Qt could not encode the PNG")
    return bytes(buffer.data().data())
