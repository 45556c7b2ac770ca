"""Every screen, window and dialog of the app, opened the way the app opens it, with the buttons that matter.

Used by the checks that hold for all of them: they fit a 1024×600 screen
(tests/ui/widgets/test_screen_fit.py), follow the dark theme (tests/ui/widgets/test_dialog_theme.py)
and show where the keyboard is (tests/ui/widgets/test_focus_ring.py). The session screen
is left out: its own layout tests cover it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget

from coach.domain.reminder_rules import ReminderRule
from coach.storage.reminder_store import ReminderSettings
from coach.ui.app import open_routine_editor
from coach.ui.progress.progress_screen import ProgressView
from coach.ui.reminders.reminder_window import ReminderText, ReminderWindow
from coach.ui.reminders.reminders_dialog import RemindersDialog

from .conftest import Coach

NOW = datetime(2026, 11, 25, 10, 15, tzinfo=UTC)


@dataclass
class Opened:
    """One window as it shows: the top-level widget, the part of it under test, and its key buttons."""

    window: QWidget
    part: QWidget
    buttons: list[QPushButton]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


def first_run(coach: Coach) -> Opened:
    coach.window.show_first_run()
    return Opened(coach.window, coach.window.first_run, [coach.window.first_run.button])


def home(coach: Coach) -> Opened:
    screen = coach.window.home
    coach.window.show_home()
    return Opened(coach.window, screen, [screen.start_button, screen.voice_button, screen.reminders_button,
                                         screen.progress_button, screen.routines_button])


def pain_check(coach: Coach) -> Opened:
    coach.window.show_pain_check("after", "Lower-back routine", 4)
    screen = coach.window.pain_check
    return Opened(coach.window, screen, [screen.save_button, screen.skip_button, screen.never_button])


def progress(coach: Coach) -> Opened:
    screen = coach.window.progress
    screen.set_view(ProgressView())
    coach.window.show_progress()
    return Opened(coach.window, screen, [screen.home_button, screen.export_button])


def routine_editor(coach: Coach) -> Opened:
    editor = open_routine_editor(coach.controller)
    return Opened(editor, editor, [editor.save_button, editor.close_button, editor.new_button,
                                   editor.duplicate_button])


def voice_settings(coach: Coach) -> Opened:
    dialog = coach.controller.open_voice_settings()
    box = dialog.findChild(QDialogButtonBox)
    return Opened(dialog, dialog, [box.button(QDialogButtonBox.StandardButton.Ok),
                                   box.button(QDialogButtonBox.StandardButton.Cancel), dialog.test_button])


def reminders(coach: Coach) -> Opened:
    rule = ReminderRule(1, "cat-stretch", (time(8), time(18)), NOW)
    routines = [(r.id, r.title) for r in coach.controller.catalogue.routines.values()]
    # As the Resident opens it (coach/ui/resident.py).
    dialog = RemindersDialog(ReminderSettings(rules=(rule,)), routines, now=lambda: NOW, theme=coach.window.theme,
                             parent=coach.window)
    dialog.open()
    return Opened(dialog, dialog, [dialog.ok_button, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)])


def reminder_window(coach: Coach) -> Opened:
    window = ReminderWindow(ReminderText("Time for your lower-back routine", "About 20 minutes · the 18:00 reminder"),
                            coach.window.theme)
    window.present()
    return Opened(window, window, [window.start_button, window.snooze_button, window.skip_button])


EVERY_WINDOW: dict[str, Callable[[Coach], Opened]] = {
    "first run": first_run, "home": home, "pain check": pain_check, "progress": progress,
    "routine editor": routine_editor, "voice settings": voice_settings, "reminders": reminders,
    "reminder window": reminder_window,
}


def open_window(qtbot, coach: Coach, name: str) -> Opened:
    opened = EVERY_WINDOW[name](coach)
    if opened.window is not coach.window:
        qtbot.addWidget(opened.window)
    opened.window.activateWindow()
    settle()
    return opened
