"""Reminders: which routines to be reminded of, at which times, on which days, and how.

The dialog edits a copy of the person's ReminderSettings; ``chosen()`` gives
the result after OK. Reminders that could not be read from the file
(``unreadable``), unknown keys (``extra``) and the load ``problems`` pass
through untouched: this dialog only edits what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, time

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.reminder_rules import ALL_DAYS, ReminderRule, format_time
from coach.qt.plain_text import plain_labels, tool_tip
from coach.storage.reminder_store import ReminderSettings
from coach.ui.reminders.reminder_editor import WEEKDAYS, ReminderDraft, ReminderEditor
from coach.ui.widgets.screen_fit import fit_to_screen
from coach.ui.widgets.theme import DARK, LIGHT, Theme, palette_for

PRESET_ROUTINE = "cat-stretch"
PRESET_TIMES = (time(8, 0), time(18, 0))  # the article: the cat stretch twice a day
_WEEKENDS = frozenset({5, 6})

class RemindersDialog(QDialog):
    """Edits ReminderSettings (rules and options); ``chosen()`` gives the result after OK.

    Non-blocking: open() it and read chosen() when it is accepted. After
    Cancel, chosen() gives the settings it was opened with.

    Args:
        settings: what is in reminders.toml now.
        routines: (id, title) of every routine that can be chosen, in the order to list them.
        now: the current time (aware); new reminders are created at it.
        autostart_available: whether "start at log-in" can be set on this system.
        theme: the app's light or dark palette (dialogs do not inherit the window's); None guesses
            from the dialog's own palette.
    """

    def __init__(self, settings: ReminderSettings, routines: list[tuple[str, str]], *,
                 now: Callable[[], datetime], autostart_available: bool = True, theme: Theme | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if theme is not None:
            self.setPalette(palette_for(theme))
        self.setWindowTitle(self.tr("Reminders"))
        self._original = settings
        self._routines = dict(routines)
        self._now = now
        self._next_id = settings.next_id()
        self._drafts = [ReminderDraft.of(rule) for rule in settings.rules]
        self._cancelled = False
        self._locale = QLocale()
        if theme is None:
            theme = DARK if self.palette().color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT

        # --- the list, or an empty state with a preset ---
        self.reminder_list = QListWidget()
        self.reminder_list.setAccessibleName(self.tr("Reminders"))
        self.reminder_list.currentRowChanged.connect(self._show_selected)
        self.empty_label = QLabel(self.tr("You have no reminders yet."))
        self.preset_button = QPushButton()
        self.preset_button.clicked.connect(self._add_preset)
        if PRESET_ROUTINE in self._routines:
            first, second = (format_time(t) for t in PRESET_TIMES)
            self.preset_button.setText(self.tr("{routine} twice a day ({first} and {second})").format(
                routine=self._routines[PRESET_ROUTINE], first=first, second=second))
            self.preset_button.setAccessibleName(self.preset_button.text())
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label, alignment=Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.preset_button, alignment=Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(empty_page)
        self.list_stack.addWidget(self.reminder_list)

        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add a reminder"))
        self.add_button.setEnabled(bool(self._routines))
        self.add_button.clicked.connect(self._add_blank)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected reminder"))
        self.remove_button.clicked.connect(self._remove_selected)
        list_buttons = QVBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list_stack, 1)
        list_row.addLayout(list_buttons)

        # --- the selected reminder ---
        missing = [(routine_id, self._routine_title(routine_id))
                   for routine_id in dict.fromkeys(d.routine for d in self._drafts if d.routine not in self._routines)]
        self.editor = ReminderEditor([*routines, *missing], theme)
        self.editor.edited.connect(self._edited)

        # --- options ---
        options = settings.options
        self.grace_spin = self._minutes_spin(0, 24 * 60, options.grace_minutes,
                                             self.tr("How late a missed reminder may still come, in minutes"))
        self.snooze_spin = self._minutes_spin(1, 4 * 60, options.snooze_minutes,
                                              self.tr("How long Snooze waits, in minutes"))
        self.speak_box = QCheckBox(self.tr("Say reminders aloud"))
        self.speak_box.setChecked(options.speak)
        self.autostart_box = QCheckBox(self.tr("Start Back Coach when I log in"))
        self.autostart_box.setChecked(options.autostart)
        self.autostart_box.setVisible(autostart_available)
        self.autostart_box.setEnabled(autostart_available)
        self.options_group = QGroupBox(self.tr("Options"))
        options_layout = QVBoxLayout(self.options_group)
        # Each part of a sentence around a field is a string of its own, so each label is translated whole.
        options_layout.addLayout(self._sentence(
            self.tr("Remind me of a missed reminder up to", "before: [120 min] late"), self.grace_spin,
            self.tr("late", "after: Remind me of a missed reminder up to [120 min]")))
        options_layout.addLayout(self._sentence(self.tr("Snooze for", "before: [10 min]"), self.snooze_spin, ""))
        options_layout.addWidget(self.speak_box)
        options_layout.addWidget(self.autostart_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addLayout(list_row, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.options_group)
        layout.addWidget(self.buttons)

        # Room for a handful of reminders without scrolling.
        self.reminder_list.setMinimumHeight(self.reminder_list.fontMetrics().height() * 7)
        for draft in self._drafts:
            self.reminder_list.addItem(self._fill(QListWidgetItem(), draft))
        # As wide as it will be with a reminder selected, so the dialog does not jump when one is added.
        width = self.sizeHint().width()
        self.reminder_list.setCurrentRow(0 if self._drafts else -1)
        self._show_selected(self.reminder_list.currentRow())
        plain_labels(self)  # names and texts from routine files are never markup
        fit_to_screen(self, QSize(width, self.sizeHint().height()))

    # --- the result ---

    def chosen(self) -> ReminderSettings:
        """The edited settings; after Cancel, the settings the dialog was opened with.

        Raises ValueError while a reminder is not valid (OK is disabled then).
        """
        if self._cancelled:
            return self._original
        options = replace(self._original.options, grace_minutes=self.grace_spin.value(),
                          snooze_minutes=self.snooze_spin.value(), speak=self.speak_box.isChecked())
        if self.autostart_box.isEnabled():
            options = replace(options, autostart=self.autostart_box.isChecked())
        return replace(self._original, rules=tuple(self._restamped(draft.rule()) for draft in self._drafts),
                       options=options)

    def _restamped(self, rule: ReminderRule) -> ReminderRule:
        """A reminder whose times or days changed starts counting now: a new 07:00 must not fire at 08:30 today."""
        before = self._original.rule(rule.id)
        if before is None or (before.times, before.weekdays) == (rule.times, rule.weekdays):
            return rule
        return replace(rule, created=self._created())

    def problem(self) -> str | None:
        """Why OK is disabled, or None."""
        return self.editor.problem_label.text() or None

    def accept(self) -> None:
        if self.problem() is None:  # Enter must not get past a disabled OK
            super().accept()

    def reject(self) -> None:
        self._cancelled = True
        super().reject()

    # --- adding and removing reminders ---

    def _add_preset(self) -> None:
        self._add(ReminderDraft(self._take_id(), PRESET_ROUTINE, list(PRESET_TIMES), set(ALL_DAYS), True,
                                   self._created()))

    def _add_blank(self) -> None:
        if not self._routines:
            return
        self._add(ReminderDraft(self._take_id(), next(iter(self._routines)), [time(8, 0)], set(ALL_DAYS), True,
                         self._created()))
        self.editor.routine_box.setFocus()

    def _add(self, draft: ReminderDraft) -> None:
        self._drafts.append(draft)
        self.reminder_list.addItem(self._fill(QListWidgetItem(), draft))
        self.reminder_list.setCurrentRow(len(self._drafts) - 1)

    def _remove_selected(self) -> None:
        row = self.reminder_list.currentRow()
        if row < 0:
            return
        del self._drafts[row]
        self.reminder_list.takeItem(row)  # selects a neighbour, or nothing
        self._show_selected(self.reminder_list.currentRow())

    def _take_id(self) -> int:
        taken, self._next_id = self._next_id, self._next_id + 1
        return taken

    def _created(self) -> datetime:
        return self._now().astimezone(UTC).replace(microsecond=0)

    # --- the editor ---

    def _selected(self) -> ReminderDraft | None:
        row = self.reminder_list.currentRow()
        return self._drafts[row] if 0 <= row < len(self._drafts) else None

    def _show_selected(self, _row: int = -1) -> None:
        draft = self._selected()
        self.list_stack.setCurrentIndex(1 if self._drafts else 0)
        self.preset_button.setVisible(not self._drafts and PRESET_ROUTINE in self._routines)
        self.remove_button.setEnabled(draft is not None)
        self.editor.show_draft(draft)
        self._validate()

    def _edited(self) -> None:
        draft = self._selected()
        if draft is not None:
            self._changed(draft)

    def _changed(self, draft: ReminderDraft) -> None:
        self._fill(self.reminder_list.item(self._drafts.index(draft)), draft)
        self._validate()

    # --- checks ---

    def _problem_of(self, draft: ReminderDraft) -> str | None:
        if not draft.weekdays:
            return self.tr("Choose at least one day.")
        repeated = sorted({t for t in draft.times if draft.times.count(t) > 1})
        if repeated:
            return self.tr("{time} is there twice; change one of them or remove it.").format(
                time=format_time(repeated[0]))
        twin = next((other for other in self._drafts if other is not draft and other.routine == draft.routine
                     and set(other.times) == set(draft.times) and other.weekdays == draft.weekdays), None)
        if twin is not None:
            return self.tr("The same reminder is there twice; change its times or days, or remove one.")
        return None

    def _validate(self) -> None:
        selected = self._selected()
        message = self._problem_of(selected) if selected is not None else None
        if message is None:
            for draft in self._drafts:
                other = self._problem_of(draft)
                if other is not None:
                    message = self.tr("Another reminder needs fixing ({routine}): {problem}").format(
                        routine=self._routine_title(draft.routine), problem=other)
                    break
        self.editor.show_problem(message)
        self.ok_button.setEnabled(message is None)

    # --- texts ---

    def _routine_title(self, routine_id: str) -> str:
        if routine_id in self._routines:
            return self._routines[routine_id]
        return self.tr("{id} (routine not found)").format(id=routine_id)

    def _times_text(self, times: list[time]) -> str:
        shown = [format_time(t) for t in sorted(set(times))]
        if len(shown) == 1:
            return shown[0]
        return self.tr("{times} and {last}").format(times=", ".join(shown[:-1]), last=shown[-1])

    def _days_text(self, days: set[int]) -> str:
        if days == ALL_DAYS:
            return self.tr("every day")
        if days == WEEKDAYS:
            return self.tr("on weekdays")
        if days == _WEEKENDS:
            return self.tr("at weekends")
        if not days:
            return self.tr("on no day")
        names = ", ".join(self._locale.dayName(day + 1, QLocale.FormatType.ShortFormat) for day in sorted(days))
        return self.tr("on {days}").format(days=names)

    def _fill(self, item: QListWidgetItem, draft: ReminderDraft) -> QListWidgetItem:
        """Show ``draft`` in ``item``: one line; an off reminder is greyed."""
        text = self.tr("{routine} — {times}, {days}").format(
            routine=self._routine_title(draft.routine), times=self._times_text(draft.times),
            days=self._days_text(draft.weekdays))
        if draft.enabled:
            item.setText(text)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
        else:
            item.setText(self.tr("{reminder} (off)").format(reminder=text))
            item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        item.setToolTip(tool_tip(item.text()))
        return item

    # --- building blocks ---

    def _minutes_spin(self, low: int, high: int, value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(self.tr(" min"))
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    @staticmethod
    def _sentence(before: str, field: QWidget, after: str) -> QHBoxLayout:
        """A row that reads as a sentence: ``before`` [field] ``after``."""
        row = QHBoxLayout()
        if before:
            label = QLabel(before)
            label.setBuddy(field)
            row.addWidget(label)
        row.addWidget(field)
        if after:
            row.addWidget(QLabel(after))
        row.addStretch(1)
        return row
