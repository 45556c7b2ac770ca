"""Reminders in the running app, on a fake wall clock: on time, once, after sleep; Start, Snooze, Skip."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal

from coach.domain.player import PlayerState
from coach.storage import reminder_store
from coach.storage.reminder_store import ReminderSettings
from coach.ui.reminders.reminder_scheduler import MAX_SLEEP_MS, ReminderScheduler
from coach.ui.reminders.reminder_window import ReminderWindow
from coach.ui.resident import Resident
from coach.ui.window_on_demand import WindowOnDemand

from ...fakes import FakeWallClock

BERLIN = ZoneInfo("Europe/Berlin")


class FakeNotifications(QObject):
    """Stands in for the desktop's notification service."""

    action_invoked = Signal(int, str)
    closed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.posted: list[tuple[str, str, list[tuple[str, str]]]] = []
        self.closed_ids: list[int] = []

    def available(self) -> bool:
        return True

    def notify(self, title: str, body: str, actions: list[tuple[str, str]]) -> int:
        self.posted.append((title, body, actions))
        return len(self.posted)

    def close(self, notification_id: int) -> None:
        self.closed_ids.append(notification_id)


class App:
    """The window plus the resident part, on one fake wall clock."""

    def __init__(self, coach, wall: FakeWallClock, *, tray: bool = False) -> None:
        self.coach = coach
        self.wall = wall
        self.notifications = FakeNotifications()
        self.scheduler = ReminderScheduler(wall_clock=wall, zone=lambda: BERLIN,
                                           record=coach.controller.check_in.keeper.record_reminder,
                                           routines=lambda: coach.controller.catalogue.routines)
        self.resident = Resident(WindowOnDemand.around(coach.controller), None, theme=lambda: coach.window.theme,
                                 scheduler=self.scheduler, tray_available=tray,
                                 make_notifications=lambda: self.notifications)
        self.resident.reminders._zone = lambda: BERLIN
        self.presented: list = []
        self.resident.reminders.presented.connect(self.presented.append)

    def wake_at(self, when: datetime) -> None:
        """Time passes (or the machine slept) until `when`, then the wake timer fires."""
        self.wall.set(when)
        self.scheduler.timer.timeout.emit()

    def window(self) -> ReminderWindow:
        (window,) = self.resident.reminders.windows.values()
        return window

    def outcomes(self) -> list[str]:
        return [outcome.kind.value for outcome in self.coach.controller.check_in.keeper.reminder_outcomes()]


def berlin(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=BERLIN)


def set_rules(*times: time, routine: str = "cat-stretch", created: datetime | None = None) -> None:
    settings, _ = ReminderSettings().with_new_rule(routine, times, now=created or berlin(25, 6))
    reminder_store.save(settings)


@pytest.fixture
def app(coach, qtbot):
    wall = FakeWallClock(berlin(25, 7, 0))
    set_rules(time(8), time(18))
    made = App(coach, wall)
    made.resident.start()
    yield made
    for window in list(made.resident.reminders.windows.values()):
        window.blockSignals(True)
        window.close()


def test_the_timer_never_sleeps_longer_than_a_minute_and_aims_at_the_slot(app):
    assert app.presented == []
    assert 0 < app.scheduler.timer.remainingTime() <= MAX_SLEEP_MS
    app.wake_at(berlin(25, 7, 59, 30))
    assert 29_000 <= app.scheduler.timer.remainingTime() <= 30_000, "the last wake lands on the slot"
    assert app.scheduler.timer.timerType().name == "PreciseTimer"


def test_asleep_across_the_slot_the_wake_fires_exactly_once(app):
    app.wake_at(berlin(25, 8, 40))  # the laptop slept from 07:00 to 08:40
    assert len(app.presented) == 1 and app.presented[0].late == timedelta(minutes=40)
    window = app.window()
    assert window.isVisible() and "cat stretch" in window.heading.text()
    assert "missed while" in window.detail.text() and "08:00" in window.detail.text()
    for minutes in (1, 2, 19):
        app.wake_at(berlin(25, 8, 40 + minutes))
    assert len(app.presented) == 1
    assert app.outcomes() == ["fired"]
    assert app.notifications.posted[0][2] == [("start", "Start now"), ("snooze", "Snooze 10 min"),
                                              ("skip", "Skip")]


def test_snooze_comes_back_after_ten_minutes_once(app, qtbot):
    app.wake_at(berlin(25, 8, 0))
    qtbot.mouseClick(app.window().snooze_button, qtbot_button())
    assert app.resident.reminders.windows == {}
    app.wake_at(berlin(25, 8, 9, 59))
    assert len(app.presented) == 1
    app.wake_at(berlin(25, 8, 10, 0))
    assert len(app.presented) == 2 and app.presented[1].snoozed
    assert "snoozed from 08:00" in app.window().detail.text()
    app.wake_at(berlin(25, 8, 30))
    assert len(app.presented) == 2
    assert app.outcomes() == ["fired", "snoozed", "fired"]


def test_skip_is_recorded_and_closing_the_window_counts_as_skip(app, qtbot):
    app.wake_at(berlin(25, 8, 0))
    qtbot.mouseClick(app.window().skip_button, qtbot_button())
    app.wake_at(berlin(25, 18, 0))
    app.window().close()
    assert app.outcomes() == ["fired", "skipped", "fired", "skipped"]
    assert app.resident.reminders.windows == {}


def test_start_opens_the_routine_and_a_finished_session_counts_as_done(app, coach, qtbot):
    app.wake_at(berlin(25, 8, 0))
    qtbot.mouseClick(app.window().start_button, qtbot_button())
    assert coach.driver.player.timeline.routine == "cat-stretch"
    assert app.outcomes() == ["fired", "started"]
    app.wall.set(berlin(25, 8, 5))
    coach.run_to_end()
    assert coach.driver.state is PlayerState.FINISHED
    # Done at 08:05 (the wall clock of the reminders says so); the 18:00 reminder thanks instead of nagging.
    app.wake_at(berlin(25, 18, 0))
    assert app.presented[-1].already_done_at is not None
    window = app.window()
    assert "done already" in window.heading.text() and window.snooze_button.isHidden()
    assert app.notifications.posted[-1][2] == [], "nothing to choose when it is already done"


def test_a_reminder_waits_while_a_session_runs(app, coach):
    coach.controller.runner.start("lower-back")
    app.wake_at(berlin(25, 8, 0))
    assert app.presented == [] and app.resident.reminders.waiting
    coach.controller.runner.stop()
    assert len(app.presented) == 1


def test_a_notification_action_does_what_the_button_does(app):
    app.wake_at(berlin(25, 8, 0))
    app.notifications.action_invoked.emit(1, "snooze")
    assert app.resident.reminders.windows == {}, "answering from the notification closes the window"
    assert app.outcomes() == ["fired", "snoozed"]
    app.notifications.action_invoked.emit(1, "skip")  # a second click on a stale notification does nothing
    app.notifications.action_invoked.emit(99, "start")  # not ours
    assert app.outcomes() == ["fired", "snoozed"]


def test_a_restart_never_repeats_a_fire(app, coach):
    app.wake_at(berlin(25, 8, 0, 1))
    app.window().close()
    again = App(coach, FakeWallClock(berlin(25, 8, 5)))
    again.resident.start()
    assert again.presented == []
    again.wake_at(berlin(25, 18, 0))
    assert len(again.presented) == 1


def test_clock_set_back_an_hour_does_not_fire_again(app):
    app.wake_at(berlin(25, 8, 0))
    app.window().close()
    app.wake_at(berlin(25, 7, 10))
    app.wake_at(berlin(25, 8, 0, 30))
    assert len(app.presented) == 1


def test_the_cli_adding_a_reminder_is_noticed_at_the_next_wake(app):
    settings = reminder_store.load()
    settings, _ = settings.with_new_rule("lower-back", [time(7, 30)], now=berlin(25, 7, 0))
    reminder_store.save(settings)
    app.wake_at(berlin(25, 7, 30))
    assert [fire.rule.routine for fire in app.presented] == ["lower-back"]


def test_pause_for_today_records_misses_and_resumes_tomorrow(app):
    app.resident.reminders.pause_for_today()
    assert app.scheduler.paused_until == berlin(26, 0)
    assert "paused" in app.coach.window.home.reminder_label.text()
    app.wake_at(berlin(25, 8, 0))
    app.wake_at(berlin(25, 18, 0))
    assert app.presented == []
    app.wake_at(berlin(26, 8, 0))
    assert len(app.presented) == 1
    entries = app.coach.controller.check_in.keeper.reminder_outcomes()
    assert [e.kind.value for e in entries] == ["paused", "missed", "missed", "fired"]
    assert entries[1].detail["reason"] == "paused"


def test_the_home_screen_says_when_the_next_reminder_is(app):
    assert app.coach.window.home.reminder_label.text() == "Next reminder: Cat stretch at 08:00"
    app.wake_at(berlin(25, 18, 30))
    assert app.coach.window.home.reminder_label.text() == "Next reminder: Cat stretch on Thu at 08:00"


def test_without_a_tray_closing_asks_and_minimises(app, coach, qtbot):
    coach.window.close()
    box = app.resident.close_prompt
    assert box is not None and coach.window.isVisible()
    box.buttons()[0].click()  # Minimise
    assert coach.window.isMinimized() or coach.window.windowState().name == "WindowMinimized"


def test_without_a_tray_quitting_closes_the_window_without_asking(app, coach):
    app.resident.let_windows_close()  # what the tray's Quit and a log-out's SIGTERM do before Qt's quit
    assert coach.window.close() is True
    assert app.resident.close_prompt is None and coach.window.isHidden()


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_dialog_turns_on_start_at_log_in_and_a_hand_removed_entry_stays_removed(app, coach, user_dirs):
    dialog = app.resident.open_reminders()
    dialog.autostart_box.setChecked(True)
    dialog.ok_button.click()
    entry = user_dirs["XDG_CONFIG_HOME"] / "autostart" / "io.github.backcoach.BackCoach.desktop"
    assert entry.is_file() and "--background" in entry.read_text()
    options = reminder_store.load().options
    assert options.autostart and options.autostart_created
    entry.unlink()  # the person removed it in their desktop's settings
    again = App(coach, FakeWallClock(berlin(25, 7, 5)))
    again.resident.start()
    assert not entry.exists(), "never recreated"
    assert reminder_store.load().options.autostart is False


def test_first_run_offers_the_twice_daily_cat_stretch(coach, qtbot):
    made = App(coach, FakeWallClock(berlin(25, 7, 0)))
    made.resident.start()
    screen = coach.window.first_run
    assert not screen.remind_row.isHidden()
    from PySide6.QtCore import QTime

    screen.second_time.setTime(QTime(19, 30))
    screen.acknowledged.emit()
    (rule,) = reminder_store.load().rules
    assert rule.routine == "cat-stretch" and [t.strftime("%H:%M") for t in rule.times] == ["08:00", "19:30"]
    assert screen.remind_row.isHidden()


def test_a_reminder_broken_by_a_typo_and_fixed_does_not_fire_again(app):
    app.wake_at(berlin(25, 8, 0))
    app.window().close()
    path = reminder_store.reminders_path()
    good = path.read_text()
    path.write_text(good.replace('"08:00"', '"8 am"'))
    app.wake_at(berlin(25, 8, 30))
    assert app.scheduler.book.rules == ()
    path.write_text(good)
    app.wake_at(berlin(25, 9, 0))
    assert len(app.presented) == 1


def test_a_reminder_for_a_routine_deleted_meanwhile_is_off_with_a_note(app):
    """The editor deletes a routine with a reminder: it never fires, the home screen says why, the file keeps it."""
    settings, _ = reminder_store.load().with_new_rule("lower-back", [time(8)], now=berlin(25, 6))
    reminder_store.save(settings)
    app.scheduler.reload()
    catalogue = app.coach.controller.catalogue
    deleted = catalogue.routines.pop("lower-back")
    try:
        app.coach.controller.refresh_routines()
        app.wake_at(berlin(25, 8, 0))
        assert [fire.rule.routine for fire in app.presented] == ["cat-stretch"]
        notes = app.coach.window.home.problems_label.text()
        assert 'there is no routine "lower-back"' in notes and "this reminder is off" in notes
        assert "lower-back" in reminder_store.reminders_path().read_text()
        # The reminders dialog still shows it, as "routine not found", to change or remove.
        assert [rule.routine for rule in app.scheduler.settings.rules] == ["cat-stretch", "lower-back"]
        assert [rule.routine for rule in app.scheduler.book.rules] == ["cat-stretch"]
    finally:
        catalogue.routines["lower-back"] = deleted


# Offscreen has no tray plumbing; a real tray is tested under Xvfb with trayer (test_tray_host.py).
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_with_a_tray_closing_hides_to_it_pauses_the_session_and_the_menu_works(coach, qtbot):
    wall = FakeWallClock(berlin(25, 7, 0))
    set_rules(time(8), time(18))
    made = App(coach, wall, tray=True)
    made.resident.start()
    tray = made.resident.tray
    assert tray is not None and tray.next_action.text() == "Next reminder: Cat stretch at 08:00"
    coach.controller.runner.start("cat-stretch")
    coach.window.close()
    assert coach.window.isHidden() and coach.driver.state is PlayerState.PAUSED
    tray.pause_requested.emit(timedelta(hours=1))
    assert tray.next_action.text() == "Reminders paused until 08:00"
    assert tray.resume_action.isVisible() and not tray.pause_hour.isVisible()
    tray.resume_requested.emit()
    assert tray.next_action.text().startswith("Next reminder")
    tray.open_requested.emit()
    assert coach.window.isVisible()
    tray.hide()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_with_a_tray_quitting_closes_the_window_instead_of_hiding_it(coach, qtbot):
    # Qt's quit closes every window first and gives up if one refuses: a window that hid to the tray
    # instead kept the app running after its Quit and after a log-out's SIGTERM.
    made = App(coach, FakeWallClock(berlin(25, 7, 0)), tray=True)
    made.resident.start()
    assert coach.window.close() is False and coach.window.isHidden()  # hidden to the tray
    coach.window.show()
    made.resident.let_windows_close()
    assert coach.window.close() is True
    made.resident.tray.hide()
