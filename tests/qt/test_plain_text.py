"""Markup in a routine file is shown as the characters it is, wherever the app shows a routine's text.

A routine whose every text holds ``<b>…</b>`` (and an ``<img>``, which in rich text would be loaded)
is taken through the home screen, a whole session with its pain checks, the progress screen, the
routine editor and its questions, the reminders dialog, a reminder window and the tray. Every label
that shows one of its texts must be plain text, every tool tip must hold it escaped, and every
message box must be told "plain text".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMessageBox, QSystemTrayIcon, QWidget

from coach.domain.player import PlayerState
from coach.domain.routine_document import document_of, routine_text
from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage import settings as settings_store
from coach.storage.paths import user_routines_dir
from coach.ui.app import open_routine_editor
from coach.ui.reminders.reminder_window import ReminderText, ReminderWindow
from coach.ui.reminders.reminders_dialog import RemindersDialog
from coach.platform.tray import Tray

from ..ui.conftest import make_coach, thumbnails_shown

MARK = "<b>MARKUP</b>"
# Rich text would open this file to draw it; plain text never does.
IMAGE = "<img src='/dev/null'>"
TEXT_FIELDS = ("title", "description", "name", "purpose", "setup", "say", "caption", "side_cue")


def _marked(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _marked(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_marked(item, key) for item in value]
    if isinstance(value, str) and key in TEXT_FIELDS:
        return f"{MARK} {value} {IMAGE}"
    return value


@pytest.fixture
def hostile_catalogue():
    """Every built-in routine again as the person's own, each text marked up; and a file that does not load."""
    builtins = load_catalogue(builtin_routines_dir(), None)
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    for routine in builtins.routines.values():
        document = _marked(document_of(routine))
        document["id"] = f"hostile-{routine.id}"
        (folder / f"hostile-{routine.id}.toml").write_text(routine_text(document), encoding="utf-8")
    (folder / "broken.toml").write_text(f'id = "{MARK}"\n', encoding="utf-8")
    catalogue = load_catalogue(builtin_routines_dir(), folder)
    assert len(catalogue.problems) == 1
    return catalogue


class MarkupSeen:
    """Collects every place a marked text was shown, and those where it was shown as markup."""

    def __init__(self) -> None:
        self.places: set[str] = set()
        self.as_markup: list[str] = []

    def look(self, where: str, widgets: list[QWidget] | None = None) -> None:
        for widget in widgets if widgets is not None else QApplication.allWidgets():
            name = f"{where}: {type(widget).__name__} {widget.objectName()}"
            if isinstance(widget, QLabel) and "MARKUP" in widget.text():
                self.places.add(f"{where}: label")
                if widget.textFormat() != Qt.TextFormat.PlainText:
                    self.as_markup.append(f"{name} {widget.text()[:60]!r}")
            tips = [widget.toolTip()]
            if isinstance(widget, QListWidget):
                tips += [widget.item(row).toolTip() for row in range(widget.count())]
            for tip in tips:
                if "MARKUP" in tip:
                    self.places.add(f"{where}: tool tip")
                    if MARK in tip:
                        self.as_markup.append(f"{name} tool tip {tip[:60]!r}")

    def box(self, box: QMessageBox) -> None:
        if "MARKUP" in box.text() + box.informativeText():
            self.places.add("message box")
            if box.textFormat() != Qt.TextFormat.PlainText:
                self.as_markup.append(f"message box {box.text()[:60]!r}")


@pytest.fixture
def seen(monkeypatch) -> MarkupSeen:
    seen = MarkupSeen()

    def answer(box: QMessageBox) -> int:
        seen.box(box)
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return seen


def test_markup_in_a_routine_is_shown_as_text_everywhere(qtbot, hostile_catalogue, seen):
    settings_store.record_safety_note_read()
    coach = make_coach(qtbot, hostile_catalogue, pain_checks=True)
    coach.controller.open()
    window, home = coach.window, coach.window.home
    thumbnails_shown(qtbot, home)  # their names are tool tips too
    seen.look("home with a broken file")
    for routine_id in [r for r in hostile_catalogue.routines if r.startswith("hostile-")]:
        ids = [home.routine_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(home.routine_list.count())]
        home.routine_list.setCurrentRow(ids.index(routine_id))
        seen.look(f"home, {routine_id} chosen")
        qtbot.keyClick(home.routine_list, Qt.Key.Key_Return)
        if window.stack.currentWidget() is window.pain_check:
            seen.look(f"pain check before {routine_id}")
            qtbot.keyClick(window.pain_check, Qt.Key.Key_3)
            qtbot.keyClick(window.pain_check, Qt.Key.Key_Return)
        assert window.stack.currentWidget() is window.session
        index = 0
        while coach.controller.runner.driver is not None and coach.driver.state is PlayerState.RUNNING:
            seen.look(f"{routine_id} segment {index}")
            if index == 1:
                qtbot.keyClick(window.session, Qt.Key.Key_Space)
                seen.look(f"{routine_id} paused")
                qtbot.keyClick(window.session, Qt.Key.Key_Space)
            wakeup = coach.driver.player.next_wakeup()
            assert wakeup is not None
            coach.advance(wakeup - coach.clock.now)
            index += 1
        seen.look(f"{routine_id} done")
        qtbot.keyClick(window.session, Qt.Key.Key_Return)
        if window.stack.currentWidget() is window.pain_check:
            seen.look(f"pain check after {routine_id}")
            qtbot.keyClick(window.pain_check, Qt.Key.Key_Return)
        coach.controller.go_home()
    coach.controller.check_in.show_progress()
    seen.look("progress")
    assert seen.as_markup == []

    coach.controller.go_home()
    home.routine_list.setCurrentRow(home.routine_list.count() - 1)
    editor = open_routine_editor(coach.controller)
    qtbot.addWidget(editor)
    seen.look("routine editor")
    editor.ask_to_delete()
    editor.document = dict(editor.document)
    editor.ask_unsaved()
    editor.tell("Not saved", f"{MARK} could not be saved")
    editor.reject()

    titles = [(r.id, r.title) for r in hostile_catalogue.routines.values()]
    dialog = RemindersDialog(_reminders(), titles, now=lambda: datetime(2026, 11, 25, 10, 15, tzinfo=UTC))
    qtbot.addWidget(dialog)
    dialog.show()
    seen.look("reminders dialog")

    reminder = ReminderWindow(ReminderText(f"Time for your {MARK}", f"About 3 min · {IMAGE}"), window.theme)
    qtbot.addWidget(reminder)
    reminder.show()
    seen.look("reminder window")

    assert seen.as_markup == []
    expected = {"home with a broken file: label", "routine editor: label", "routine editor: tool tip",
                "progress: label", "reminders dialog: label", "reminder window: label", "message box"}
    assert expected <= seen.places, sorted(seen.places)
    assert any(place.startswith("pain check before") for place in seen.places)
    assert any("segment" in place for place in seen.places)
    assert any("paused" in place for place in seen.places)


def _reminders():
    from datetime import time

    from coach.domain.reminder_rules import ReminderRule
    from coach.storage.reminder_store import ReminderSettings

    made = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)
    return replace(ReminderSettings(), rules=(ReminderRule(1, "hostile-cat-stretch", (time(8),), made),))


def test_the_tray_and_its_messages_escape_markup(qtbot, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda _icon, title, body, *_: shown.append((title, body)))
    tray = Tray([("hostile", f"{MARK} {IMAGE}")])
    tray.set_state(f"08:00 {MARK}", None, None)
    tray.notify(f"Time for your {MARK}", f"About 3 min {IMAGE}")
    assert "<b>" not in tray.icon.toolTip() and "&lt;b&gt;MARKUP" in tray.icon.toolTip()
    assert shown == [("Time for your &lt;b&gt;MARKUP&lt;/b&gt;", "About 3 min &lt;img src='/dev/null'&gt;")]

