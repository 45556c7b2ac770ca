"""The pain check before and after, the history row a session leaves, and the progress screen showing it."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from coach.domain.history_records import SessionOutcome
from coach.domain.routine import Level
from coach.storage import settings as settings_store

from ...fakes import FakeWallClock
from ..conftest import make_coach

LOCAL = ZoneInfo("Europe/Berlin")


@pytest.fixture
def coach(qtbot, catalogue):
    """The app with pain checks on (as a person gets it), on a fixed wall clock in Berlin."""
    settings_store.record_safety_note_read()
    made = make_coach(qtbot, catalogue, pain_checks=True,
                      wall_clock=FakeWallClock(datetime(2026, 11, 25, 8, 5, tzinfo=LOCAL)))
    made.controller.check_in._zone = lambda: LOCAL
    made.controller.open()
    yield made
    made.controller.go_home()


def recorded(coach):
    return coach.controller.check_in.keeper.sessions()


def start_from_home(qtbot, coach, routine: str) -> None:
    home = coach.window.home
    row = [home.routine_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(home.routine_list.count())]
    home.routine_list.setCurrentRow(row.index(routine))
    qtbot.keyClick(home.routine_list, Qt.Key.Key_Return)


def test_rated_before_and_after_a_rise_suggests_a_lower_level_and_changes_nothing_until_asked(qtbot, coach):
    window = coach.window
    start_from_home(qtbot, coach, "cat-stretch")
    assert window.stack.currentWidget() is window.pain_check, "asked before the session starts"
    assert coach.controller.runner.driver is None
    qtbot.keyClick(window.pain_check, Qt.Key.Key_3)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session
    coach.run_to_end()
    qtbot.keyClick(window.session, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pain_check
    assert window.pain_check.moment() == "after" and window.pain_check.value() is None, "starts unset"
    assert window.pain_check.before_label.text() == "Before: 3", "with the rating before beside it"
    qtbot.keyClick(window.pain_check, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pain_check, "Enter alone records nothing"
    qtbot.keyClick(window.pain_check, Qt.Key.Key_6)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_Return)

    assert window.stack.currentWidget() is window.progress
    progress = window.progress
    assert progress.level_label.text() == ("Your pain went up by 3 after this session. Try the Gentle level next "
                                           "time?")
    assert "doctor or physiotherapist" in progress.advice_label.text()
    assert progress.accept_button.text() == "Move to Gentle (Y)"
    assert progress.keep_button.text() == "Stay at Standard (N)"
    assert window.home.level() is Level.STANDARD, "a suggestion only: nothing changes until the person says yes"
    assert settings_store.load().coach.level == "standard"
    (session,) = recorded(coach)
    assert (session.pain_before, session.pain_after, session.outcome) == (3, 6, SessionOutcome.COMPLETED)
    assert session.segments_done == session.segments_total and session.level == "standard"
    qtbot.keyClick(window.progress, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home


def test_no_rise_no_note_and_the_level_stays(qtbot, coach):
    window = coach.window
    start_from_home(qtbot, coach, "cat-stretch")
    qtbot.keyClick(window.pain_check, Qt.Key.Key_5)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_Return)
    coach.run_to_end()
    qtbot.keyClick(window.session, Qt.Key.Key_Return)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_4)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_Return)
    assert window.progress.note_label.isHidden() and window.progress.level_label.isHidden()
    assert window.progress.accept_button.isHidden() and window.progress.keep_button.isHidden()
    assert window.home.level() is Level.STANDARD
    assert "Over 1 session your pain was on average 1.0 lower" in window.progress.trend_label.text()


def test_both_checks_can_be_skipped_and_nothing_is_rated(qtbot, coach):
    window = coach.window
    start_from_home(qtbot, coach, "cat-stretch")
    qtbot.keyClick(window.pain_check, Qt.Key.Key_7)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_S)  # a stray digit, then skip: nothing is kept
    assert window.stack.currentWidget() is window.session
    coach.run_to_end()
    qtbot.keyClick(window.session, Qt.Key.Key_Return)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.progress
    (session,) = recorded(coach)
    assert session.pain_before is None and session.pain_after is None


def test_a_finished_session_shows_on_the_progress_screen(qtbot, coach):
    window = coach.window
    window.home.progress_button.click()
    assert window.stack.currentWidget() is window.progress
    assert "Cat stretch 0 of 2" in window.progress.today_label.text()
    assert window.progress.streak_label.text() == "No streak yet: a session today starts one."
    qtbot.keyClick(window.progress, Qt.Key.Key_Escape)

    start_from_home(qtbot, coach, "cat-stretch")
    qtbot.keyClick(window.pain_check, Qt.Key.Key_S)
    coach.run_to_end()
    qtbot.keyClick(window.session, Qt.Key.Key_Return)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_S)
    progress = window.progress
    assert "Cat stretch 1 of 2" in progress.today_label.text()
    assert "Streak: 1 day" in progress.streak_label.text()
    cells = progress.heatmap.cells
    assert cells[progress.heatmap.today_index()].completed == 1 and sum(c.completed for c in cells) == 1


def test_a_session_stopped_early_is_recorded_with_where_it_stopped(qtbot, coach):
    coach.controller.check_in.keeper  # noqa: B018 (the history is there from the start)
    settings = coach.controller.settings
    coach.controller.settings = type(settings)(**{**settings.__dict__,
                                                 "coach": type(settings.coach)(ask_pain_before=False)})
    coach.controller.begin("lower-back", Level.GENTLE)
    coach.advance(60)
    exercise = coach.driver.player.segment.exercise
    coach.controller.runner.stop()
    (session,) = recorded(coach)
    assert session.outcome is SessionOutcome.STOPPED and session.exercise == exercise
    assert 0 < session.segments_done < session.segments_total and session.level == "gentle"


def test_leaving_a_running_session_for_another_closes_its_row(qtbot, coach):
    coach.controller.runner.start("lower-back", Level.STANDARD)
    coach.advance(20)
    coach.controller.check_in._clock.advance(timedelta(seconds=20))
    coach.controller.runner.start("cat-stretch", Level.STANDARD)
    coach.run_to_end()
    first, second = recorded(coach)
    assert first.routine == "lower-back" and first.outcome is SessionOutcome.STOPPED
    assert second.routine == "cat-stretch" and second.outcome is SessionOutcome.COMPLETED


def test_export_from_the_progress_screen_writes_one_row_per_session(qtbot, coach, tmp_path):
    coach.controller.runner.start("cat-stretch", Level.STANDARD)
    coach.run_to_end()
    target = tmp_path / "history.csv"
    assert coach.controller.check_in.export(target)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [row["routine"] for row in rows] == ["cat-stretch"] and rows[0]["outcome"] == "completed"
    assert rows[0]["started"].startswith("2026-11-25T08:05") and rows[0]["started"].endswith("+01:00")
    assert "Exported 1 session to" in coach.window.progress.note_label.text()
    (tmp_path / "a-file").write_text("not a folder")
    assert not coach.controller.check_in.export(tmp_path / "a-file" / "x.csv")
    assert "Could not export" in coach.window.progress.note_label.text()


def test_the_routine_and_level_are_remembered_for_next_time(qtbot, catalogue):
    settings_store.record_safety_note_read()
    first = make_coach(qtbot, catalogue)
    first.controller.runner.start("cat-stretch", Level.STRONG)
    first.controller.go_home()
    again = make_coach(qtbot, catalogue)
    assert again.window.home.selected_routine() == "cat-stretch" and again.window.home.level() is Level.STRONG


def test_a_corrupt_settings_file_is_said_once_on_the_home_screen(qtbot, catalogue):
    path = settings_store.settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"[voice\nrate = ")
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    text = coach.window.home.problems_label.text()
    assert "settings could not all be used" in text and ".corrupt-" in text
    assert any(p.name.startswith("settings.toml.corrupt-") for p in path.parent.iterdir())
    later = make_coach(qtbot, catalogue)
    assert later.window.home.problems_label.isHidden(), "told once"


@pytest.mark.parametrize("size", [(1280, 720), (800, 600), (720, 900)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_progress_and_pain_screens_fit_with_a_note(qtbot, catalogue, size):
    from ..layout import clipped_texts

    coach = make_coach(qtbot, catalogue, size=size)
    coach.controller.check_in.show_progress("Your pain went up by 3 after this session. Ease off: next time, do "
                                            "fewer reps or stop the exercises that hurt. If it keeps happening, see "
                                            "a doctor or physiotherapist.")
    assert clipped_texts(coach.window) == []
    coach.window.show_pain_check("before", "Lower-back routine")
    assert clipped_texts(coach.window) == []


def test_dont_ask_again_stops_that_check_and_a_brings_it_back(qtbot, coach):
    window = coach.window
    start_from_home(qtbot, coach, "cat-stretch")
    qtbot.keyClick(window.pain_check, Qt.Key.Key_N)
    assert window.stack.currentWidget() is window.session, "N skips this time too"
    assert settings_store.load().coach.ask_pain_before is False
    coach.run_to_end()
    qtbot.keyClick(window.session, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pain_check and window.pain_check.moment() == "after"
    qtbot.keyClick(window.pain_check, Qt.Key.Key_S)
    assert "Pain checks are off before sessions" in window.progress.trend_label.text()
    qtbot.keyClick(window.progress, Qt.Key.Key_A)
    assert settings_store.load().coach.ask_pain_before is True
    assert "off" not in window.progress.trend_label.text()
    qtbot.keyClick(window.progress, Qt.Key.Key_Return)
    start_from_home(qtbot, coach, "cat-stretch")
    assert window.stack.currentWidget() is window.pain_check


def test_a_history_that_cannot_be_written_is_said_on_the_home_screen_and_cleared_when_it_can(qtbot, catalogue):
    from coach.storage import history

    settings_store.record_safety_note_read()
    blocker = history.history_path()
    blocker.mkdir(parents=True)  # a folder where the database should be
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    coach.controller.runner.start("cat-stretch", Level.STANDARD)
    coach.run_to_end()
    home = coach.window.home
    qtbot.waitUntil(lambda: str(blocker) in home.problems_label.text(), timeout=5000)
    blocker.rmdir()
    qtbot.waitUntil(home.problems_label.isHidden, timeout=10000)
    (session,) = coach.controller.check_in.keeper.sessions()
    assert session.outcome is SessionOutcome.COMPLETED, "kept in memory and written once it could be"


def test_the_end_card_counts_the_session_just_finished_in_the_streak(qtbot, coach):
    """The history writes on its own thread: the card must not wait for it, nor count the session twice."""
    keeper = coach.controller.check_in.keeper
    for _ in range(2):
        coach.controller.runner.start("cat-stretch")
        coach.run_to_end()
        assert keeper.writer.flush(5.0)  # written before the next session's card reads it
    card = coach.window.session.summary
    assert card.texts()[-1] == "Streak: 1 day · 2 finished today"
    coach.controller.runner.start("cat-stretch")
    coach.advance(5.0)
    coach.controller.runner.stop()
    assert card.texts()[-1] == "Streak: 1 day · 2 finished today", "a stopped session is not a finished one"
