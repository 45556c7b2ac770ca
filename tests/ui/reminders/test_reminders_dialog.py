"""The reminders dialog: what it shows, and the ReminderSettings it gives back."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import Qt, QTime, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from coach.domain.reminder_rules import ALL_DAYS, ReminderRule
from coach.storage.reminder_store import ReminderOptions, ReminderSettings
from coach.ui.reminders.reminder_editor import MAX_TIMES
from coach.ui.reminders.reminders_dialog import RemindersDialog

from ..layout import clipped_texts

ROUTINES = [("lower-back", "Lower back routine"), ("cat-stretch", "Cat stretch")]
MADE = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 10, 15, 42, 123456, tzinfo=timezone(timedelta(hours=1)))


def two_rules(**more) -> ReminderSettings:
    rules = (ReminderRule(3, "cat-stretch", (time(8), time(18)), MADE),
             ReminderRule(7, "lower-back", (time(12, 30),), MADE, frozenset({0, 2, 4}), enabled=False))
    return ReminderSettings(rules=rules, options=ReminderOptions(grace_minutes=45, snooze_minutes=5,
                                                                 speak=False, autostart=True,
                                                                 autostart_created=True), **more)


def make(qtbot, settings: ReminderSettings, routines=ROUTINES, **kwargs) -> RemindersDialog:
    dialog = RemindersDialog(settings, routines, now=lambda: NOW, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def texts(dialog: RemindersDialog) -> list[str]:
    return [dialog.reminder_list.item(row).text() for row in range(dialog.reminder_list.count())]


def test_ok_without_edits_gives_back_what_it_was_given(qtbot):
    settings = two_rules()
    dialog = make(qtbot, settings)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen().rules == settings.rules
    assert dialog.chosen().options == settings.options
    assert dialog.chosen() == settings


def test_the_list_says_what_each_reminder_does_and_greys_the_off_ones(qtbot):
    dialog = make(qtbot, two_rules())
    assert texts(dialog) == ["Cat stretch — 08:00 and 18:00, every day",
                             "Lower back routine — 12:30, on Mon, Wed, Fri (off)"]
    on, off = dialog.reminder_list.item(0), dialog.reminder_list.item(1)
    assert on.data(Qt.ItemDataRole.ForegroundRole) is None
    assert off.foreground().color() != dialog.palette().text().color()
    assert dialog.reminder_list.currentRow() == 0 and dialog.editor.routine_box.currentData() == "cat-stretch"
    assert [edit.time() for edit in dialog.editor.time_edits] == [QTime(8, 0), QTime(18, 0)]
    assert [button.isChecked() for button in dialog.editor.day_buttons] == [True] * 7
    dialog.reminder_list.setCurrentRow(1)
    assert not dialog.editor.enabled_box.isChecked()
    days = [button.isChecked() for button in dialog.editor.day_buttons]
    assert days == [True, False, True, False, True, False, False]


def test_a_reminder_of_a_routine_that_is_gone_is_shown_and_kept(qtbot):
    rule = ReminderRule(1, "old-routine", (time(7),), MADE, frozenset({5, 6}))
    settings = ReminderSettings(rules=(rule,))
    dialog = make(qtbot, settings)
    assert texts(dialog) == ["old-routine (routine not found) — 07:00, at weekends"]
    assert dialog.editor.routine_box.currentText() == "old-routine (routine not found)"
    dialog.editor.enabled_box.setChecked(False)
    assert dialog.chosen().rules == (ReminderRule(1, "old-routine", (time(7),), MADE, frozenset({5, 6}),
                                                  enabled=False),)


def test_the_preset_adds_the_cat_stretch_twice_a_day(qtbot):
    dialog = make(qtbot, ReminderSettings())
    assert dialog.preset_button.isVisible() and not dialog.editor.isVisible()
    assert dialog.preset_button.text() == "Cat stretch twice a day (08:00 and 18:00)"
    qtbot.mouseClick(dialog.preset_button, Qt.MouseButton.LeftButton)
    created = datetime(2026, 11, 25, 9, 15, 42, tzinfo=UTC)
    assert dialog.chosen().rules == (ReminderRule(1, "cat-stretch", (time(8), time(18)), created, ALL_DAYS),)
    assert dialog.chosen().rules[0].created.tzinfo is UTC
    assert not dialog.preset_button.isVisible() and dialog.editor.isVisible()
    assert texts(dialog) == ["Cat stretch — 08:00 and 18:00, every day"]


def test_no_preset_without_the_cat_stretch(qtbot):
    dialog = make(qtbot, ReminderSettings(), routines=[("lower-back", "Lower back routine")])
    assert not dialog.preset_button.isVisible()
    assert dialog.add_button.isEnabled()


def test_a_new_reminder_is_edited_into_the_exact_rule(qtbot):
    dialog = make(qtbot, two_rules())
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.reminder_list.currentRow() == 2
    dialog.editor.routine_box.setCurrentIndex(dialog.editor.routine_box.findData("cat-stretch"))
    dialog.editor.time_edits[0].setTime(QTime(19, 45))
    qtbot.mouseClick(dialog.editor.add_time_button, Qt.MouseButton.LeftButton)
    dialog.editor.time_edits[1].setTime(QTime(7, 5))
    dialog.editor.day_buttons[5].click()
    dialog.editor.day_buttons[6].click()
    rule = dialog.chosen().rules[2]
    assert rule == ReminderRule(8, "cat-stretch", (time(7, 5), time(19, 45)),
                                datetime(2026, 11, 25, 9, 15, 42, tzinfo=UTC), frozenset(range(5)))
    assert texts(dialog)[2] == "Cat stretch — 07:05 and 19:45, on weekdays"
    assert dialog.chosen().rules[:2] == two_rules().rules


def test_new_reminders_get_new_ids_even_after_one_is_removed(qtbot):
    dialog = make(qtbot, ReminderSettings(unreadable=({"id": 4, "routine": 5},)))
    dialog.add_button.click()
    dialog.add_button.click()
    dialog.remove_button.click()
    dialog.add_button.click()
    assert [rule.id for rule in dialog.chosen().rules] == [5, 7]


def test_editing_a_reminder_keeps_its_id_and_counts_from_the_edit(qtbot):
    dialog = make(qtbot, two_rules())
    dialog.reminder_list.setCurrentRow(1)
    dialog.editor.enabled_box.setChecked(True)
    assert dialog.chosen().rules[1].created == MADE, "switching it on is not a new schedule"
    dialog.editor.every_day_button.click()
    dialog.editor.time_edits[0].setTime(QTime(13, 0))
    # New times count from now: a new 07:00 must not fire late today as if it had been missed.
    edited = NOW.astimezone(UTC).replace(microsecond=0)
    assert dialog.chosen().rules[1] == ReminderRule(7, "lower-back", (time(13),), edited, ALL_DAYS)
    assert texts(dialog)[1] == "Lower back routine — 13:00, every day"


def test_remove(qtbot):
    dialog = make(qtbot, two_rules())
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [rule.id for rule in dialog.chosen().rules] == [7]
    assert dialog.reminder_list.currentRow() == 0 and dialog.editor.routine_box.currentData() == "lower-back"
    dialog.remove_button.click()
    assert dialog.chosen().rules == ()
    assert not dialog.remove_button.isEnabled() and not dialog.editor.isVisible()
    assert dialog.preset_button.isVisible()


def test_a_time_twice_disables_ok_and_says_which(qtbot):
    dialog = make(qtbot, two_rules())
    assert dialog.ok_button.isEnabled() and not dialog.editor.problem_label.isVisible()
    dialog.editor.time_edits[1].setTime(QTime(8, 0))
    assert not dialog.ok_button.isEnabled()
    assert dialog.editor.problem_label.isVisible() and "08:00 is there twice" in dialog.editor.problem_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter does not get past a disabled OK"
    dialog.reminder_list.setCurrentRow(1)
    assert not dialog.ok_button.isEnabled(), "another reminder still needs fixing"
    problem = dialog.editor.problem_label.text()
    assert "Cat stretch" in problem and "08:00 is there twice" in problem
    dialog.reminder_list.setCurrentRow(0)
    dialog.editor.time_remove_buttons[1].click()
    assert dialog.ok_button.isEnabled() and not dialog.editor.problem_label.isVisible()
    assert dialog.chosen().rules[0].times == (time(8),)


def test_no_day_disables_ok_until_one_is_chosen(qtbot):
    dialog = make(qtbot, two_rules())
    dialog.reminder_list.setCurrentRow(1)
    for day in (0, 2, 4):
        dialog.editor.day_buttons[day].click()
    assert not dialog.ok_button.isEnabled()
    assert dialog.editor.problem_label.isVisible() and dialog.editor.problem_label.text() == "Choose at least one day."
    assert clipped_texts(dialog) == []
    dialog.editor.weekdays_button.click()
    assert dialog.ok_button.isEnabled()
    assert dialog.chosen().rules[1].weekdays == frozenset(range(5))


def test_at_least_one_time_and_at_most_eight(qtbot):
    dialog = make(qtbot, two_rules())
    dialog.reminder_list.setCurrentRow(1)
    assert len(dialog.editor.time_edits) == 1 and not dialog.editor.time_remove_buttons[0].isEnabled()
    while dialog.editor.add_time_button.isEnabled():
        dialog.editor.add_time_button.click()
    assert len(dialog.editor.time_edits) == MAX_TIMES and dialog.ok_button.isEnabled(), "added times are new ones"
    assert len(dialog.chosen().rules[1].times) == MAX_TIMES
    assert clipped_texts(dialog) == []


def test_options(qtbot):
    dialog = make(qtbot, two_rules())
    assert (dialog.grace_spin.value(), dialog.snooze_spin.value()) == (45, 5)
    assert (dialog.grace_spin.minimum(), dialog.grace_spin.maximum()) == (0, 1440)
    assert (dialog.snooze_spin.minimum(), dialog.snooze_spin.maximum()) == (1, 240)
    dialog.grace_spin.setValue(0)
    dialog.snooze_spin.setValue(15)
    dialog.speak_box.setChecked(True)
    dialog.autostart_box.setChecked(False)
    assert dialog.chosen().options == ReminderOptions(grace_minutes=0, snooze_minutes=15, speak=True,
                                                      autostart=False, autostart_created=True)


def test_autostart_is_hidden_and_kept_when_it_is_not_available(qtbot):
    dialog = make(qtbot, two_rules(), autostart_available=False)
    assert not dialog.autostart_box.isVisible()
    assert dialog.chosen().options.autostart is True
    dialog = make(qtbot, two_rules())
    assert dialog.autostart_box.isVisible() and dialog.autostart_box.isChecked()


def test_what_it_cannot_show_passes_through_untouched(qtbot):
    unreadable = ({"id": 9, "routine": "cat-stretch", "times": ["25:00"]},)
    extra = {"future": {"key": [1, 2]}}
    settings = two_rules(unreadable=unreadable, extra=extra, problems=("reminders.toml: reminder[2].times",))
    dialog = make(qtbot, settings)
    dialog.add_button.click()
    chosen = dialog.chosen()
    assert chosen.unreadable == unreadable and chosen.extra == extra and chosen.problems == settings.problems
    assert chosen.rules[-1].id == 10, "ids of unreadable reminders are not reused"


def test_cancel_changes_nothing(qtbot):
    settings = two_rules()
    dialog = make(qtbot, settings)
    dialog.remove_button.click()
    dialog.grace_spin.setValue(500)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.chosen() == settings


@pytest.mark.parametrize("settings", [two_rules(), ReminderSettings()], ids=["reminders", "none"])
def test_everything_fits_at_the_default_size(qtbot, settings):
    dialog = make(qtbot, settings)
    assert clipped_texts(dialog) == []
    width = dialog.width()
    dialog.add_button.click()
    qtbot.waitUntil(dialog.editor.isVisible)
    assert clipped_texts(dialog) == []
    assert dialog.width() == width, "adding the first reminder does not make the dialog jump sideways"
    for widget in (dialog.reminder_list, dialog.editor.routine_box, dialog.editor.enabled_box, dialog.grace_spin,
                   dialog.snooze_spin, *dialog.editor.time_edits, *dialog.editor.time_remove_buttons,
                   *dialog.editor.day_buttons):
        assert widget.accessibleName(), widget


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"⟦{source_text}⟧"


def test_every_visible_string_is_translated(qapp, qtbot):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        dialog = make(qtbot, ReminderSettings())
        dialog.preset_button.click()
        dialog.add_button.click()
        dialog.editor.day_buttons[0].click()  # a list of days, and a problem to show
        dialog.editor.time_edits[0].setTime(QTime(6, 0))
        qtbot.mouseClick(dialog.editor.add_time_button, Qt.MouseButton.LeftButton)
        dialog.editor.time_edits[1].setTime(QTime(6, 0))
        dialog.editor.enabled_box.setChecked(False)
        assert dialog.editor.problem_label.isVisible()
        shown = [dialog.windowTitle(), *texts(dialog)]
        day_names = dialog.editor.day_buttons  # QLocale's names, not Qt translations
        for widget in dialog.findChildren(QWidget):
            if widget.isVisible() and widget not in day_names and isinstance(widget, (QLabel, QAbstractButton)):
                shown.append(widget.text())
        assert [text for text in shown if text and "⟦" not in text] == []
    finally:
        qapp.removeTranslator(translator)


def test_the_same_reminder_twice_disables_ok(qtbot):
    """As `remind add` refuses it: the same routine at the same times on the same days."""
    dialog = make(qtbot, ReminderSettings(rules=(ReminderRule(1, "lower-back", (time(8),), MADE, ALL_DAYS),)))
    assert dialog.ok_button.isEnabled()
    dialog.add_button.click()  # a new reminder: the first routine at 08:00 every day
    assert dialog.chosen().rules[1].routine == "lower-back"
    assert not dialog.ok_button.isEnabled()
    assert "The same reminder is there twice" in dialog.editor.problem_label.text()
    dialog.editor.time_edits[0].setTime(QTime(19, 0))
    assert dialog.ok_button.isEnabled() and not dialog.editor.problem_label.isVisible()
