"""The first screen: pick a routine and a level, see how long it takes, press Enter."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.domain.compiler import CueOptions, compile_timeline
from coach.domain.routine import DEFAULT_LEVEL, Level, Routine
from coach.qt.plain_text import plain_labels
from coach.ui.home.exercise_thumbnails import ExerciseThumbnails
from coach.ui.home.listen_offer import ListenOffer
from coach.ui.widgets.level_names import level_name
from coach.ui.widgets.scaling import font_unit, set_pixel_size, set_pixel_size_within
from coach.ui.widgets.screen_keys import add_screen_keys
from coach.ui.widgets.theme import Theme

if TYPE_CHECKING:  # the thumbnails come after the first frame (set_figures), and their modules with them
    from coach.domain.figure_exercise import ExerciseFigure

ROUTINE_ID_ROLE = Qt.ItemDataRole.UserRole


class RoutineChoice:
    """What the home screen lists for one routine (exercises: (id, name) pairs, in order).

    Its length at a level is worked out the first time that level is shown and then kept: at
    start-up only the level on screen is compiled, not every level of every routine.
    """

    def __init__(self, routine_id: str, title: str, description: str, exercise_count: int,
                 seconds_at: Callable[[Level], float], exercises: Sequence[tuple[str, str]] = ()) -> None:
        self.routine_id = routine_id
        self.title = title
        self.description = description
        self.exercise_count = exercise_count
        self.exercises = tuple(exercises)
        self._seconds_at = seconds_at
        self._seconds: dict[Level, float] = {}

    def seconds(self, level: Level) -> float:
        """The routine's length at ``level``, in seconds."""
        if level not in self._seconds:
            self._seconds[level] = self._seconds_at(level)
        return self._seconds[level]

    @classmethod
    def of(cls, routine: Routine, options: CueOptions, language: str) -> RoutineChoice:
        """The routine as listed, its length at each level with these cues, in this language."""
        return cls(routine.id, routine.title, routine.description, len(routine.exercises),
                   lambda level: compile_timeline(routine, level, options, language).total_seconds,
                   [(exercise.id, exercise.name) for exercise in routine.exercises])


class HomeScreen(QWidget):
    """Routines with their length at the chosen level, a level selector and a big Start.

    Attributes:
        thumbnails: the selected routine's exercises as small figures (exercise_thumbnails.py).

    Signals:
        start_requested(str, str): routine id and level value; Enter or the Start button.
        selection_changed(): the routine or the level changed (the voice prepares its phrases).
        voice_settings_requested(): the Voice button (its dialog has the Language too) or V.
        reminders_requested(): the Reminders button or R.
        progress_requested(): the Progress button or P.
        routines_requested(): the Routines button or E (the routine editor).
    """

    start_requested = Signal(str, str)
    selection_changed = Signal()
    voice_settings_requested = Signal()
    reminders_requested = Signal()
    progress_requested = Signal()
    routines_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[RoutineChoice] = []
        # A small figure per exercise of the selected routine, in its working pose.
        self.thumbnails = ExerciseThumbnails(lambda: font_unit(self))
        self.title_label = QLabel(self.tr("Back Coach"))
        # Never squeezed below its text by the buttons beside it.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.hint_label = QLabel(self.tr("Choose a routine (↑ ↓) and a level (← →), then press Enter."))
        self.routine_list = QListWidget()
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routine_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.routine_list.setWordWrap(True)
        self.routine_list.currentRowChanged.connect(self._show_description)
        self.routine_list.currentRowChanged.connect(lambda _row: self.selection_changed.emit())
        self.routine_list.itemActivated.connect(lambda item: self._request_start())
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        self.listen_offer = ListenOffer()  # hidden until the app decides to ask (coach.ui.voice_commands)

        self.voice_label = QLabel()
        self.voice_label.setWordWrap(True)
        self.voice_label.hide()  # until there is something to say: an empty line would take a row
        self.voice_button = self._title_button(self.tr("Voice (V)"), Qt.Key.Key_V,
                                               self.voice_settings_requested)
        self.reminders_button = self._title_button(self.tr("Reminders (R)"), Qt.Key.Key_R, self.reminders_requested)
        self.progress_button = self._title_button(self.tr("Progress (P)"), Qt.Key.Key_P, self.progress_requested)
        self.routines_button = self._title_button(self.tr("Edit routines (E)"), Qt.Key.Key_E,
                                                  self.routines_requested)
        self.reminder_label = QLabel()
        self.reminder_label.setWordWrap(True)
        self.reminder_label.hide()
        self._voice_note = ""
        self._problems: list[str] = []
        self._notes: list[str] = []
        self._voice_progress = ""

        self.level_buttons: dict[Level, QPushButton] = {}
        self.level_group = QButtonGroup(self)
        level_row = QHBoxLayout()
        self.level_caption = QLabel(self.tr("Level:"))
        level_row.addWidget(self.level_caption)
        for level in Level:
            button = QPushButton(level_name(level))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.level_group.addButton(button)
            self.level_buttons[level] = button
            level_row.addWidget(button)
            button.toggled.connect(self._refresh_durations)
            button.toggled.connect(lambda checked: self.selection_changed.emit() if checked else None)
        level_row.addStretch(1)
        self.level_buttons[DEFAULT_LEVEL].setChecked(True)
        level_row.addWidget(self.routines_button)  # here, not in the title row: that one is full at 800 px

        self.start_button = QPushButton(self.tr("Start (Enter)"))
        self.start_button.setDefault(True)
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.clicked.connect(self._request_start)
        keys = ((Qt.Key.Key_Return, self._request_start), (Qt.Key.Key_Enter, self._request_start),
                (Qt.Key.Key_Left, lambda: self._step_level(-1)), (Qt.Key.Key_Right, lambda: self._step_level(+1)))
        add_screen_keys(self, keys)

        self.layout_ = layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addStretch(1)
        title_row.addWidget(self.progress_button)
        title_row.addWidget(self.reminders_button)
        title_row.addWidget(self.voice_button)
        layout.addLayout(title_row)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.routine_list, 3)
        layout.addWidget(self.description_label, 1)
        layout.addWidget(self.thumbnails, 2)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.listen_offer)
        layout.addWidget(self.voice_label)
        layout.addWidget(self.reminder_label)
        layout.addLayout(level_row)
        plain_labels(self)  # names and texts from routine files are never markup
        layout.addWidget(self.start_button)

    def _title_button(self, text: str, key: Qt.Key, signal: SignalInstance) -> QPushButton:
        """A button beside the title, with its key; it never takes the focus (the list keeps the arrows)."""
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(signal)
        add_screen_keys(self, [(key, signal.emit)])
        return button

    def set_theme(self, theme: Theme) -> None:
        """The chosen level and Start stand out in the accent colour, readable from the floor."""
        self.thumbnails.set_theme(theme)
        button_style = (f"QPushButton {{ background: {theme.surface}; color: {theme.text}; border: 2px solid "
                        f"{theme.surface}; border-radius: 8px; padding: 0 0.6em; }}"
                        f"QPushButton:checked {{ background: {theme.accent}; color: {theme.accent_text}; "
                        f"border-color: {theme.accent}; }}")
        for button in self.level_buttons.values():
            button.setStyleSheet(button_style)
        self.start_button.setStyleSheet(
            f"QPushButton {{ background: {theme.accent}; color: {theme.accent_text}; border: none; "
            f"border-radius: 10px; }}")
        self.routine_list.setStyleSheet(
            f"QListWidget {{ background: {theme.background}; color: {theme.text}; border: 2px solid {theme.surface}; "
            f"border-radius: 8px; }} QListWidget::item {{ padding: 0.35em 0.4em; }}"
            f"QListWidget::item:selected {{ background: {theme.accent}; color: {theme.accent_text}; }}")
        self.hint_label.setStyleSheet(f"color: {theme.secondary_text};")
        self.voice_label.setStyleSheet(f"color: {theme.secondary_text};")
        self.voice_button.setStyleSheet(button_style)
        self.reminders_button.setStyleSheet(button_style)
        self.progress_button.setStyleSheet(button_style)
        self.routines_button.setStyleSheet(button_style)
        self.reminder_label.setStyleSheet(f"color: {theme.secondary_text};")
        self.problems_label.setStyleSheet(f"color: {theme.warning};")
        self.listen_offer.set_theme(theme)

    def set_routines(self, choices: list[RoutineChoice], selected: str | None = None) -> None:
        self._choices = choices
        self.routine_list.clear()
        for choice in choices:
            item = QListWidgetItem()
            item.setData(ROUTINE_ID_ROLE, choice.routine_id)
            self.routine_list.addItem(item)
        self._refresh_durations()
        self._keep_routines_in_view()
        ids = [c.routine_id for c in choices]
        self.routine_list.setCurrentRow(ids.index(selected) if selected in ids else 0)
        self.routine_list.setFocus()

    def set_figures(self, figures: Mapping[str, ExerciseFigure]) -> None:
        """The exercise figures the thumbnails show; until they come, the row keeps its place, empty.

        They come after the screen's first frame (coach/ui/app.py): reading and drawing them would delay it.
        """
        self.thumbnails.set_figures(figures)

    def set_problems(self, problems: list[str]) -> None:
        """Routine files that were skipped; shown so nothing fails silently."""
        self._problems = list(problems)
        self._show_problems()

    def add_note(self, note: str) -> None:
        """A file that could not be read or saved (settings, reminders), said once in plain words."""
        if note not in self._notes:
            self._notes.append(note)
        self._show_problems()

    def remove_note(self, note: str) -> None:
        """The problem is over (e.g. the history could be written again)."""
        if note in self._notes:
            self._notes.remove(note)
            self._show_problems()

    def set_reminder_summary(self, text: str) -> None:
        """E.g. "Next reminder: cat stretch at 18:00"; empty hides the line."""
        self.reminder_label.setText(text)
        self.reminder_label.setVisible(bool(text))

    def _show_problems(self) -> None:
        lines = [self.tr("Skipped: {problem}").format(problem=p) for p in self._problems] + self._notes
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))

    def show_voice_progress(self, ready: int, total: int) -> None:
        if total == 0 or ready >= total:
            self._voice_progress = self.tr("Voice ready.") if total else ""
        else:
            self._voice_progress = self.tr("Preparing the voice: {percent} %").format(
                percent=round(100 * ready / total))
        self._show_voice_state()

    def set_voice_note(self, note: str) -> None:
        self._voice_note = note
        self._show_voice_state()

    def _show_voice_state(self) -> None:
        self.voice_label.setText(self._voice_note or self._voice_progress)
        self.voice_label.setVisible(bool(self.voice_label.text()))

    def level(self) -> Level:
        for level, button in self.level_buttons.items():
            if button.isChecked():
                return level
        return DEFAULT_LEVEL

    def set_level(self, level: Level) -> None:
        self.level_buttons[level].setChecked(True)

    def _step_level(self, step: int) -> None:
        levels = list(Level)
        index = min(len(levels) - 1, max(0, levels.index(self.level()) + step))
        self.set_level(levels[index])

    def selected_routine(self) -> str | None:
        item = self.routine_list.currentItem()
        return None if item is None else item.data(ROUTINE_ID_ROLE)

    def _request_start(self) -> None:
        routine_id = self.selected_routine()
        if routine_id is not None:
            self.start_requested.emit(routine_id, self.level().value)

    def _refresh_durations(self) -> None:
        level = self.level()
        for row, choice in enumerate(self._choices):
            minutes = max(1, round(choice.seconds(level) / 60))
            count = self.tr("%n exercise(s)", "", choice.exercise_count)
            item = self.routine_list.item(row)
            if item is not None:
                item.setText(self.tr("{title}  ·  {minutes} min  ·  {count}").format(
                    title=choice.title, minutes=minutes, count=count))

    def _show_description(self, row: int) -> None:
        choice = self._choices[row] if 0 <= row < len(self._choices) else None
        self.description_label.setText(choice.description if choice else "")
        self.thumbnails.show_exercises(choice.exercises if choice else ())

    def _keep_routines_in_view(self) -> None:
        """The list never shrinks below its first few routines for the thumbnails' sake."""
        rows = min(3, self.routine_list.count())
        if rows:
            frame = 2 * self.routine_list.frameWidth() + 4
            self.routine_list.setMinimumHeight(rows * self.routine_list.sizeHintForRow(0) + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        height = font_unit(self)
        margin = round(height * 0.04)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(round(height * 0.02))
        set_pixel_size(self.title_label, height * 0.07, bold=True)
        # The list's lines as tall as a Latin line at this size: Thai ones get a smaller font, or the list
        # would push the thumbnails and the description over one another on a 600 px screen.
        list_size = height * 0.05
        set_pixel_size_within(self.routine_list, list_size, round(list_size * 1.2), self.tr("%n exercise(s)", "", 5))
        for button in (self.voice_button, self.reminders_button, self.progress_button, self.routines_button):
            set_pixel_size(button, height * 0.035)
            button.setMinimumHeight(round(height * 0.08))
        for widget in (self.hint_label, self.description_label, self.problems_label, self.level_caption,
                       self.voice_label, self.reminder_label, self.listen_offer.text_label):
            set_pixel_size(widget, height * 0.035)
        for button in (self.listen_offer.yes_button, self.listen_offer.no_button):
            set_pixel_size(button, height * 0.035)
        for button in self.level_buttons.values():
            set_pixel_size(button, height * 0.04)
            button.setMinimumHeight(round(height * 0.08))
        self.thumbnails.size_labels()
        self._keep_routines_in_view()
        set_pixel_size(self.start_button, height * 0.055, bold=True)
        self.start_button.setMinimumHeight(round(height * 0.11))
