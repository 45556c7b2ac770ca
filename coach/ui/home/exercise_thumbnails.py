"""The home screen's row of exercise thumbnails: a small figure per exercise, its name under it.

The figures come after the screen's first frame (coach/ui/app.py): reading and drawing them
would delay it. Until they come the row keeps its place, empty, so nothing moves when they do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coach.qt.plain_text import plain, tool_tip
from coach.ui.widgets.scaling import set_pixel_size
from coach.ui.widgets.theme import Theme

if TYPE_CHECKING:  # the figures' modules load with the figures, after the first frame
    from coach.domain.figure_exercise import ExerciseFigure
    from coach.ui.widgets.figure_view import FigureView


class ExerciseThumbnails(QWidget):
    """The selected routine's exercises, each in the pose it works in; it takes the height the list leaves.

    Its names wrap, so its layout has a height for each width; a box layout then counts that
    (the figures' full preferred height) as the row's minimum, and with three or more routines
    the sum is more than the window has and Qt lays the description over the list's third row:
    the row says it has no height for width.

    Attributes:
        row: the row's layout, one cell (figure and name) per exercise shown.
        views: the figures shown, in order.
        labels: their names, in order.
    """

    def __init__(self, font_unit: Callable[[], float], parent: QWidget | None = None) -> None:
        """``font_unit``: the home screen's length its fonts scale with (coach.ui.widgets.scaling)."""
        super().__init__(parent)
        self._font_unit = font_unit
        self._figures: Mapping[str, ExerciseFigure] | None = None  # None: not given yet, the row kept empty
        self._theme: Theme | None = None
        self._exercises: Sequence[tuple[str, str]] = ()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.views: list[FigureView] = []
        self.labels: list[QLabel] = []

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def set_figures(self, figures: Mapping[str, ExerciseFigure]) -> None:
        """The exercise figures to show; the exercises already asked for are drawn now."""
        self._figures = figures
        self.show_exercises(self._exercises)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        for view, label in zip(self.views, self.labels, strict=True):
            view.set_theme(theme)
            label.setStyleSheet(f"color: {theme.secondary_text};")

    def show_exercises(self, exercises: Sequence[tuple[str, str]]) -> None:
        """One figure per exercise (id, name) that has one, in the pose it works in, its name under it."""
        self._exercises = tuple(exercises)
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.views, self.labels = [], []
        if self._figures is None:
            self.setVisible(True)  # their place kept, so nothing moves when they come
            return
        from coach.domain.figure_track import FigureFrame
        from coach.ui.widgets.figure_view import FigureView

        for exercise_id, name in exercises:
            figure = self._figures.get(exercise_id)
            if figure is None:
                continue
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            view = FigureView()
            view.setMinimumSize(40, 24)
            view.show_frame(FigureFrame(figure, figure.key_joints(figure.phases[0]), mirrored=False))
            view.setToolTip(tool_tip(name))
            label = plain(QLabel(name))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setWordWrap(True)
            if self._theme is not None:
                view.set_theme(self._theme)
                label.setStyleSheet(f"color: {self._theme.secondary_text};")
            column.addWidget(view, 1)
            column.addWidget(label)
            self.row.addWidget(cell, 1)
            self.views.append(view)
            self.labels.append(label)
        self.setVisible(bool(self.views))
        self.size_labels()

    def size_labels(self) -> None:
        """The names at the home screen's small text size (after a resize, and when they are made)."""
        unit = self._font_unit()
        for label in self.labels:
            set_pixel_size(label, unit * 0.03)
