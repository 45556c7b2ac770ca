"""A suggested level after a session: shown on the progress screen, answered with Y or N, recorded either way."""

from __future__ import annotations

from contextlib import closing
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from coach.domain.history_records import LevelChoice, PainMoment, SessionOutcome
from coach.domain.routine import Level
from coach.storage import history
from coach.storage import settings as settings_store
from coach.storage.history_schema import open_database

from ...fakes import FakeWallClock
from ..conftest import Coach, make_coach
from .test_progress_flow import start_from_home

LOCAL = ZoneInfo("Europe/Berlin")
START = datetime(2026, 11, 25, 8, 5, tzinfo=LOCAL)


def seed(count: int, level: Level = Level.STANDARD, *, first: datetime = START - timedelta(days=10)) -> None:
    """``count`` completed sessions at ``level``, one a day from ``first``, pain 4 before and 3 after."""
    ops: list[history.Operation] = []
    for day in range(count):
        at, key = first + timedelta(days=day), f"seeded-{first:%Y%m%d%H%M}-{day}"
        ops += [history.StartSession(key, "cat-stretch", "Cat stretch", level.value, at, 4),
                history.RatePain(key, PainMoment.BEFORE, 4, at),
                history.FinishSession(key, SessionOutcome.COMPLETED, at + timedelta(minutes=5), 4, "cat"),
                history.RatePain(key, PainMoment.AFTER, 3, at + timedelta(minutes=5))]
    with closing(open_database(history.history_path())) as connection:
        history.apply_all(connection, ops)


def open_coach(qtbot, catalogue, *, pain_checks: bool) -> Coach:
    settings_store.record_safety_note_read()
    made = make_coach(qtbot, catalogue, pain_checks=pain_checks, wall_clock=FakeWallClock(START))
    made.controller.check_in._zone = lambda: LOCAL
    made.controller.open()
    return made


@pytest.fixture
def coach(qtbot, catalogue):
    """Pain checks off: a session goes straight to the progress screen (and counts as unrated)."""
    made = open_coach(qtbot, catalogue, pain_checks=False)
    yield made
    made.controller.go_home()


def one_session(qtbot, coach: Coach) -> None:
    """An hour later, a session of the cat stretch from the home screen, run to the end, then Enter."""
    coach.controller.check_in._clock.advance(timedelta(hours=1))
    start_from_home(qtbot, coach, "cat-stretch")
    coach.run_to_end()
    qtbot.keyClick(coach.window.session, Qt.Key.Key_Return)
    assert coach.window.stack.currentWidget() is coach.window.progress


def choices(coach: Coach) -> list[LevelChoice]:
    return coach.controller.check_in.keeper.level_choices()


def asking(coach: Coach) -> bool:
    progress = coach.window.progress
    shown = not progress.accept_button.isHidden()
    assert shown == (not progress.keep_button.isHidden()) == (progress.view.question is not None)
    return shown


def test_six_easy_sessions_suggest_strong_and_y_moves_there(qtbot, coach):
    seed(5)
    one_session(qtbot, coach)
    window, progress = coach.window, coach.window.progress
    assert progress.level_label.text() == ("You have done 6 sessions at Standard with no rise in pain. Try Strong "
                                           "next time?")
    assert progress.accept_button.text() == "Move to Strong (Y)"
    assert progress.keep_button.text() == "Stay at Standard (N)"
    assert progress.advice_label.isHidden() and progress.note_label.isHidden()
    assert window.home.level() is Level.STANDARD and choices(coach) == [], "nothing changes before an answer"

    qtbot.keyClick(progress, Qt.Key.Key_Y)
    assert window.home.level() is Level.STRONG
    assert settings_store.load().coach.level == "strong"
    (choice,) = choices(coach)
    assert (choice.from_level, choice.to_level, choice.suggested_level, choice.accepted) == (
        "standard", "strong", "strong", True)
    assert choice.at == coach.controller.check_in._clock()
    assert not asking(coach) and progress.level_label.text() == "Strong is now selected for your next session."
    qtbot.keyClick(progress, Qt.Key.Key_Y)
    assert len(choices(coach)) == 1, "answered once"

    qtbot.keyClick(progress, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home and window.home.level() is Level.STRONG
    one_session(qtbot, coach)
    assert not asking(coach) and progress.level_label.isHidden(), "a new level starts from nothing"
    assert coach.controller.check_in.keeper.sessions()[-1].level == "strong"


def test_n_keeps_the_level_records_it_and_asks_again_only_after_six_more(qtbot, coach):
    seed(5)
    one_session(qtbot, coach)
    window, progress = coach.window, coach.window.progress
    progress.keep_button.click()
    assert window.home.level() is Level.STANDARD and settings_store.load().coach.level == "standard"
    (choice,) = choices(coach)
    assert (choice.from_level, choice.to_level, choice.suggested_level, choice.accepted) == (
        "standard", "standard", "strong", False)
    assert not asking(coach)
    assert progress.level_label.text() == "You stay at Standard. Back Coach asks again after 6 more sessions."
    qtbot.keyClick(progress, Qt.Key.Key_Return)
    for _ in range(5):
        one_session(qtbot, coach)
        assert not asking(coach)
        qtbot.keyClick(progress, Qt.Key.Key_Return)
    one_session(qtbot, coach)
    assert asking(coach) and "You have done 6 sessions at Standard" in progress.level_label.text()


def test_no_answer_records_nothing_and_the_suggestion_comes_back(qtbot, coach):
    seed(5)
    one_session(qtbot, coach)
    progress = coach.window.progress
    assert asking(coach)
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    assert coach.window.stack.currentWidget() is coach.window.home
    assert choices(coach) == [] and coach.window.home.level() is Level.STANDARD
    coach.window.home.progress_button.click()
    assert not asking(coach), "only after a session"
    qtbot.keyClick(progress, Qt.Key.Key_Y)
    assert choices(coach) == [] and coach.window.home.level() is Level.STANDARD, "Y means nothing then"
    qtbot.keyClick(progress, Qt.Key.Key_Return)
    one_session(qtbot, coach)
    assert asking(coach) and "You have done 7 sessions" in progress.level_label.text()


def test_unrated_sessions_count_without_a_claim_about_pain(qtbot, catalogue):
    coach = open_coach(qtbot, catalogue, pain_checks=False)
    with closing(open_database(history.history_path())) as connection:
        for day in range(5):
            at = START - timedelta(days=5 - day)
            history.apply_all(connection, [
                history.StartSession(f"u{day}", "cat-stretch", "Cat stretch", "standard", at, 4),
                history.FinishSession(f"u{day}", SessionOutcome.COMPLETED, at + timedelta(minutes=5), 4, "cat")])
    one_session(qtbot, coach)
    assert coach.window.progress.level_label.text() == "You have done 6 sessions at Standard. Try Strong next time?"
    coach.controller.go_home()


def test_export_and_the_pain_check_key_leave_the_question_standing(qtbot, coach, tmp_path):
    seed(5)
    one_session(qtbot, coach)
    progress = coach.window.progress
    assert coach.controller.check_in.export(tmp_path / "history.csv")
    assert asking(coach) and "Exported 6 sessions" in progress.note_label.text()
    qtbot.keyClick(progress, Qt.Key.Key_A)  # the checks are off here: A turns them on
    assert settings_store.load().coach.ask_pain_after is True
    assert asking(coach)
    qtbot.keyClick(progress, Qt.Key.Key_N)
    assert not asking(coach) and [c.accepted for c in choices(coach)] == [False]


@pytest.fixture
def rated(qtbot, catalogue):
    """Pain checks on, as a person gets them."""
    made = open_coach(qtbot, catalogue, pain_checks=True)
    yield made
    made.controller.go_home()


def rated_session(qtbot, coach: Coach, before: Qt.Key, after: Qt.Key) -> None:
    coach.controller.check_in._clock.advance(timedelta(hours=1))
    window = coach.window
    start_from_home(qtbot, coach, "cat-stretch")
    qtbot.keyClick(window.pain_check, before)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_Return)
    coach.run_to_end()
    qtbot.keyClick(window.session, Qt.Key.Key_Return)
    qtbot.keyClick(window.pain_check, after)
    qtbot.keyClick(window.pain_check, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.progress


def test_a_rise_of_two_suggests_gentle_and_nothing_changes_until_it_is_accepted(qtbot, rated):
    seed(8)  # easy sessions before the rise do not outweigh it
    rated_session(qtbot, rated, Qt.Key.Key_3, Qt.Key.Key_5)
    window, progress = rated.window, rated.window.progress
    assert progress.level_label.text() == "Your pain went up by 2 after this session. Try the Gentle level next time?"
    assert progress.advice_label.text() == "If it keeps happening, see a doctor or physiotherapist."
    assert progress.accept_button.text() == "Move to Gentle (Y)"
    assert window.home.level() is Level.STANDARD and settings_store.load().coach.level == "standard"
    assert choices(rated) == []

    qtbot.keyClick(progress, Qt.Key.Key_Return)  # no answer
    rated_session(qtbot, rated, Qt.Key.Key_3, Qt.Key.Key_3)
    assert progress.level_label.text() == ("Your pain went up by 2 after a recent session at Standard. Try the "
                                           "Gentle level next time?"), "an unanswered rise comes back"
    assert window.home.level() is Level.STANDARD

    qtbot.keyClick(progress, Qt.Key.Key_Y)
    assert window.home.level() is Level.GENTLE and settings_store.load().coach.level == "gentle"
    (choice,) = choices(rated)
    assert (choice.from_level, choice.to_level, choice.accepted) == ("standard", "gentle", True)


def test_declining_a_lower_level_keeps_it_and_says_so(qtbot, rated):
    rated_session(qtbot, rated, Qt.Key.Key_2, Qt.Key.Key_6)
    progress = rated.window.progress
    qtbot.keyClick(progress, Qt.Key.Key_N)
    assert progress.level_label.text() == "You stay at Standard. Stop any exercise that makes the pain worse."
    assert progress.advice_label.isHidden() and rated.window.home.level() is Level.STANDARD
    assert [(c.to_level, c.suggested_level, c.accepted) for c in choices(rated)] == [("standard", "gentle", False)]
    qtbot.keyClick(progress, Qt.Key.Key_Return)
    rated_session(qtbot, rated, Qt.Key.Key_2, Qt.Key.Key_2)
    assert not asking(rated), "answered: not asked again without a new rise"


def test_a_rise_at_gentle_earns_a_note_and_no_question(qtbot, rated):
    rated.window.home.set_level(Level.GENTLE)
    rated_session(qtbot, rated, Qt.Key.Key_1, Qt.Key.Key_4)
    progress = rated.window.progress
    assert not asking(rated) and progress.level_label.isHidden()
    note = progress.note_label.text()
    assert "went up by 3" in note and "fewer reps" in note and "doctor or physiotherapist" in note


@pytest.mark.parametrize("size", [(1280, 720), (800, 600), (720, 900)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_question_fits_and_its_buttons_are_big(qtbot, catalogue, size):
    from ..layout import clipped_texts

    settings_store.record_safety_note_read()
    coach = make_coach(qtbot, catalogue, size=size, pain_checks=True, wall_clock=FakeWallClock(START))
    coach.controller.open()
    seed(8)
    rated_session(qtbot, coach, Qt.Key.Key_3, Qt.Key.Key_6)
    progress = coach.window.progress
    assert asking(coach) and clipped_texts(coach.window) == []
    for button in (progress.accept_button, progress.keep_button):
        assert button.height() >= 0.1 * min(progress.height(), progress.width() * 0.75) - 1
        assert button.font().pixelSize() >= progress.today_label.font().pixelSize()
    coach.controller.go_home()
