"""The app's widget style: Fusion, with check boxes and fields that stay visible in the dark theme.

Fusion draws the box of a check box or radio button, and the frame of a text
field or a list, in a shade of the window colour a little darker than the window. On the
dark theme's near-black window that shade is invisible: an unchecked box and
an empty field disappear. This style draws those edges (and a spin box's) once more in the
palette's secondary text colour (PlaceholderText in ``theme.palette_for``),
which contrasts with the background in both themes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

PE = QStyle.PrimitiveElement
# Primitives whose outline Fusion derives from the window colour.
OUTLINED = frozenset({PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton, PE.PE_IndicatorItemViewItemCheck,
                      PE.PE_FrameLineEdit, PE.PE_Frame})


class CoachStyle(QProxyStyle):
    """Fusion, plus an outline in the palette's secondary text colour around boxes and fields."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.setObjectName("coach-style")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802 (Qt's name)
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in OUTLINED:
            self._outline(element, option, painter)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,  # noqa: N802
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        # A spin box draws its own field, with the same faint edge as a line edit.
        if control == QStyle.ComplexControl.CC_SpinBox and getattr(option, "frame", True):
            self._outline(PE.PE_FrameLineEdit, option, painter)

    def _outline(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter) -> None:
        group = (QPalette.ColorGroup.Normal if option.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        colour = option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 1.5))
        rect = option.rect.toRectF().adjusted(0.75, 0.75, -0.75, -0.75)
        if element == PE.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()
