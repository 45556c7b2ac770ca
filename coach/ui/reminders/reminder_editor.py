"""The selected reminder in the reminders dialog: its routine, on or off, its times and its days.

It edits one ReminderDraft in place and says so (``edited``); the dialog keeps the list of
drafts, checks them all, and shows the problem it finds here (``show_problem``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain.reminder_rules import ALL_DAYS, ReminderRule
from coach.qt.plain_text import tool_tip
from coach.ui.widgets.theme import Theme

MAX_TIMES = 8
WEEKDAYS = frozenset(range(5))
_TIMES_PER_ROW = 4


@dataclass
class ReminderDraft:
    """A reminder as it is being edited (times in the order the person put them, may be invalid)."""

    id: int
    routine: str
    times: list[time]
    weekdays: set[int]
    enabled: bool
    created: datetime

    @classmethod
    def of(cls, rule: ReminderRule) -> ReminderDraft:
        return cls(rule.id, rule.routine, list(rule.times), set(rule.weekdays), rule.enabled, rule.created)

    def rule(self) -> ReminderRule:
        return ReminderRule(id=self.id, routine=self.routine, times=tuple(sorted(self.times)),
                            created=self.created, weekdays=frozenset(self.weekdays), enabled=self.enabled)


class ReminderEditor(QGroupBox):
    """Edits the draft it shows, in place.

    Attributes:
        draft: the ReminderDraft shown, or None (the editor is hidden then).
        routine_box, enabled_box: the routine, and whether the reminder is on.
        time_edits, time_remove_buttons, add_time_button: the times, one edit and one ✕ each.
        day_buttons, every_day_button, weekdays_button: the days (Monday first).
        problem_label: what is wrong with the reminders, in the warning colour.

    Signals:
        edited(): the person changed the draft shown.
    """

    edited = Signal()

    def __init__(self, routines: list[tuple[str, str]], theme: Theme, parent: QWidget | None = None) -> None:
        """``routines``: (id, title) of every routine the box lists, including missing ones a reminder names."""
        super().__init__(self.tr("Selected reminder"), parent)
        self.draft: ReminderDraft | None = None
        self._loading = False
        locale = QLocale()

        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName(self.tr("Routine"))
        for routine_id, title in routines:
            self.routine_box.addItem(title, routine_id)
        self.routine_box.currentIndexChanged.connect(self._routine_changed)
        self.enabled_box = QCheckBox(self.tr("On"))
        self.enabled_box.setAccessibleName(self.tr("Reminder on"))
        self.enabled_box.toggled.connect(self._enabled_changed)
        routine_row = QHBoxLayout()
        routine_row.addWidget(self.routine_box, 1)
        routine_row.addWidget(self.enabled_box)

        self.time_edits: list[QTimeEdit] = []
        self.time_remove_buttons: list[QToolButton] = []
        self._time_cells: list[QWidget] = []
        self._times_grid = QGridLayout()
        self._times_grid.setContentsMargins(0, 0, 0, 0)
        self.add_time_button = QPushButton(self.tr("+ Add time"))
        self.add_time_button.setAccessibleName(self.tr("Add a time"))
        self.add_time_button.clicked.connect(self._add_time)
        times_box = QVBoxLayout()
        times_box.setContentsMargins(0, 0, 0, 0)
        times_box.addLayout(self._times_grid)
        times_box.addWidget(self.add_time_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.day_buttons: list[QToolButton] = []
        # A day that is on must look on at a glance: the accent, not a slightly darker grey.
        day_style = (f"QToolButton {{ background: {theme.surface}; color: {theme.text}; "
                     f"border: 1px solid {theme.secondary_text}; border-radius: 4px; padding: 3px 6px; }}"
                     f"QToolButton:checked {{ background: {theme.accent}; color: {theme.accent_text}; "
                     f"border-color: {theme.accent}; }}"
                     f"QToolButton:focus {{ border: 2px solid {theme.text}; }}"
                     f"QToolButton:disabled {{ color: {theme.secondary_text}; }}")
        days_row = QHBoxLayout()
        days_row.setSpacing(4)
        for day in range(7):
            button = QToolButton()
            button.setCheckable(True)
            button.setStyleSheet(day_style)
            button.setText(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            button.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            button.toggled.connect(self._days_changed)
            self.day_buttons.append(button)
            days_row.addWidget(button)
        days_row.addSpacing(12)
        self.every_day_button = QPushButton(self.tr("Every day"))
        self.every_day_button.clicked.connect(lambda: self._set_days(ALL_DAYS))
        self.weekdays_button = QPushButton(self.tr("Weekdays"))
        self.weekdays_button.setAccessibleName(self.tr("Monday to Friday"))
        self.weekdays_button.clicked.connect(lambda: self._set_days(WEEKDAYS))
        days_row.addWidget(self.every_day_button)
        days_row.addWidget(self.weekdays_button)
        days_row.addStretch(1)

        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {theme.warning}; font-weight: bold;")
        self.problem_label.hide()

        routine_label = QLabel(self.tr("&Routine:"))
        routine_label.setBuddy(self.routine_box)
        form = QFormLayout(self)
        form.addRow(routine_label, routine_row)
        form.addRow(self.tr("Times:"), times_box)
        form.addRow(self.tr("Days:"), days_row)
        form.addRow(self.problem_label)

    def show_draft(self, draft: ReminderDraft | None) -> None:
        """Show ``draft`` (None: nothing selected, the editor hides)."""
        self.draft = draft
        self.setVisible(draft is not None)
        self._loading = True
        try:
            if draft is None:
                self.routine_box.setCurrentIndex(-1)
                self.enabled_box.setChecked(False)
                days: set[int] = set()
            else:
                self.routine_box.setCurrentIndex(self.routine_box.findData(draft.routine))
                self.enabled_box.setChecked(draft.enabled)
                days = draft.weekdays
            for day, button in enumerate(self.day_buttons):
                button.setChecked(day in days)
        finally:
            self._loading = False
        self._build_times()

    def show_problem(self, message: str | None) -> None:
        self.problem_label.setText(message or "")
        self.problem_label.setVisible(message is not None)

    # --- times ---

    def _build_times(self) -> None:
        for cell in self._time_cells:
            self._times_grid.removeWidget(cell)
            cell.hide()
            cell.deleteLater()
        self._time_cells, self.time_edits, self.time_remove_buttons = [], [], []
        times = self.draft.times if self.draft is not None else []
        for index, value in enumerate(times):
            edit = QTimeEdit(QTime(value.hour, value.minute))
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(self.tr("Time {number}").format(number=index + 1))
            edit.timeChanged.connect(lambda new, index=index: self._time_changed(index, new))
            remove = QToolButton()
            remove.setText(self.tr("✕"))
            remove.setAutoRaise(True)
            remove.setEnabled(len(times) > 1)
            remove.clicked.connect(lambda _checked=False, index=index: self._remove_time(index))
            cell = QWidget()
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(edit)
            cell_layout.addWidget(remove)
            self._times_grid.addWidget(cell, index // _TIMES_PER_ROW, index % _TIMES_PER_ROW)
            self._time_cells.append(cell)
            self.time_edits.append(edit)
            self.time_remove_buttons.append(remove)
        self._times_grid.setColumnStretch(_TIMES_PER_ROW, 1)
        self._name_time_buttons()
        self.add_time_button.setEnabled(self.draft is not None and len(times) < MAX_TIMES)

    def _name_time_buttons(self) -> None:
        for edit, remove in zip(self.time_edits, self.time_remove_buttons, strict=True):
            shown = edit.time().toString("HH:mm")
            remove.setToolTip(tool_tip(self.tr("Remove {time}").format(time=shown)))
            remove.setAccessibleName(self.tr("Remove the time {time}").format(time=shown))

    def _add_time(self) -> None:
        draft = self.draft
        if draft is None or len(draft.times) >= MAX_TIMES:
            return
        latest = max(draft.times, default=time(7, 0))
        minutes = latest.hour * 60 + latest.minute
        new = latest
        for _ in range(24):  # the next whole hour after the latest time that is not taken
            minutes = (minutes // 60 + 1) % 24 * 60
            new = time(minutes // 60, 0)
            if new not in draft.times:
                break
        draft.times.append(new)
        self._build_times()
        self.time_edits[-1].setFocus()
        self.edited.emit()

    def _remove_time(self, index: int) -> None:
        draft = self.draft
        if draft is None or len(draft.times) <= 1:
            return
        del draft.times[index]
        self._build_times()
        self.add_time_button.setFocus()
        self.edited.emit()

    def _time_changed(self, index: int, new: QTime) -> None:
        if self.draft is None or self._loading:
            return
        self.draft.times[index] = time(new.hour(), new.minute())
        self._name_time_buttons()
        self.edited.emit()

    # --- routine, on/off, days ---

    def _routine_changed(self) -> None:
        if self.draft is None or self._loading or self.routine_box.currentIndex() < 0:
            return
        self.draft.routine = self.routine_box.currentData()
        self.edited.emit()

    def _enabled_changed(self, on: bool) -> None:
        if self.draft is None or self._loading:
            return
        self.draft.enabled = on
        self.edited.emit()

    def _days_changed(self) -> None:
        if self.draft is None or self._loading:
            return
        self.draft.weekdays = {day for day, button in enumerate(self.day_buttons) if button.isChecked()}
        self.edited.emit()

    def _set_days(self, days: frozenset[int]) -> None:
        self._loading = True
        try:
            for day, button in enumerate(self.day_buttons):
                button.setChecked(day in days)
        finally:
            self._loading = False
        self._days_changed()
