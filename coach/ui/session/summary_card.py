"""The card a session ends on: how long, what was done and skipped, where it stopped, the streak."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coach.domain.floor_view import SessionSummary
from coach.domain.timeline import Segment
from coach.ui.widgets.scaling import set_pixel_size
from coach.ui.session.session_overlays import plain_label
from coach.ui.widgets.theme import LIGHT, Theme


def duration_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class SummaryCard(QWidget):
    """Says how the session went, in type as large as the rest of the screen.

    Attributes:
        title: "Well done!" or "Stopped early".
        lines: one label per fact (time, done, skipped, stopped at, streak).
        done_button: leaves the session (Enter does the same).

    Signals:
        done_clicked(): the person is finished with this screen.
    """

    done_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = LIGHT
        self._unit = 600.0
        self._names: dict[str, str] = {}
        self.title = plain_label()
        self.lines: list[QLabel] = []
        self.facts = QVBoxLayout()
        self.done_button = QPushButton(self.tr("Continue (Enter)"))
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.done_button.clicked.connect(self.done_clicked)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addLayout(self.facts)
        column.addStretch(1)
        column.addWidget(self.done_button)
        self.hide()

    def show_summary(self, summary: SessionSummary, streak: str = "") -> None:
        self.title.setText(self.tr("Well done!") if summary.completed else self.tr("Stopped early"))
        facts = [] if summary.completed else [self.tr("That is fine: every bit helps.")]
        facts += [self.tr("Time: {time}").format(time=duration_text(summary.seconds)),
                 self.tr("Exercises done: {done} of {count}").format(done=len(summary.done),
                                                                      count=summary.exercise_count)]
        if summary.skipped:
            facts.append(self.tr("Skipped: {names}").format(names=", ".join(summary.skipped)))
        if summary.stopped_at is not None:
            facts.append(self.tr("Stopped at: {where}").format(where=self._where(summary.stopped_at)))
        if streak:
            facts.append(streak)
        while len(self.lines) < len(facts):
            label = plain_label()
            self.facts.addWidget(label)
            self.lines.append(label)
        for label, fact in zip(self.lines, facts + [""] * (len(self.lines) - len(facts)), strict=True):
            label.setText(fact)
            label.setVisible(bool(fact))
        self.set_theme(self._theme)
        self.set_unit(self._unit)

    def texts(self) -> list[str]:
        """The title and every fact shown, in order (for tests and accessibility)."""
        return [self.title.text()] + [label.text() for label in self.lines if label.isVisibleTo(self)]

    def _where(self, segment: Segment) -> str:
        parts = [self._names.get(segment.exercise, "") if segment.exercise else self.tr("the start")]
        if segment.round and segment.rounds and segment.rounds > 1:
            parts.append(self.tr("round {round} of {rounds}").format(round=segment.round, rounds=segment.rounds))
        if segment.side == "left":
            parts.append(self.tr("left side"))
        elif segment.side == "right":
            parts.append(self.tr("right side"))
        return ", ".join(part for part in parts if part)

    def set_exercise_names(self, names: dict[str, str]) -> None:
        """Exercise names by id, for "Stopped at: Bridge, round 2 of 3"."""
        self._names = dict(names)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.title.setStyleSheet(f"color: {theme.text};")
        for label in self.lines:
            label.setStyleSheet(f"color: {theme.text};")
        self.update()

    def set_unit(self, unit: float) -> None:
        set_pixel_size(self.title, unit * 0.08, bold=True)
        for label in self.lines:
            set_pixel_size(label, unit * 0.055)
        self.layout().setSpacing(round(unit * 0.02))  # type: ignore[union-attr]
        set_pixel_size(self.done_button, unit * 0.045)
        self.done_button.setMinimumHeight(round(unit * 0.09))
        self.done_button.setMinimumWidth(self.done_button.fontMetrics().horizontalAdvance(
            self.done_button.text()) + round(unit * 0.08))
        self._unit = unit

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(self._theme.background))
        painter.end()
