"""A reminder on a desktop without a tray: a desktop notification, through the real D-Bus path, and back."""

from __future__ import annotations


def test_a_reminder_without_a_tray_posts_start_snooze_skip_and_a_click_snoozes(qtbot, coach, notifications, server):
    """End to end: the app's reminder, through the real D-Bus path, to a notification server and back."""
    from datetime import datetime, time
    from zoneinfo import ZoneInfo

    from coach.storage import reminder_store
    from coach.storage.reminder_store import ReminderSettings
    from coach.ui.reminders.reminder_scheduler import ReminderScheduler
    from coach.ui.resident import Resident
    from coach.ui.window_on_demand import WindowOnDemand

    from ...fakes import FakeWallClock

    zone = ZoneInfo("Europe/Berlin")
    wall = FakeWallClock(datetime(2026, 11, 25, 7, 0, tzinfo=zone))
    reminder_store.save(ReminderSettings().with_new_rule("cat-stretch", [time(8)], now=wall())[0])
    scheduler = ReminderScheduler(wall_clock=wall, zone=lambda: zone,
                                  record=coach.controller.check_in.keeper.record_reminder)
    resident = Resident(WindowOnDemand.around(coach.controller), None, theme=lambda: coach.window.theme,
                        scheduler=scheduler, tray_available=False, make_notifications=lambda: notifications)
    resident.reminders._zone = lambda: zone
    resident.start()
    wall.set(datetime(2026, 11, 25, 8, 0, tzinfo=zone))
    scheduler.wake()
    (call,) = server.calls()
    assert call["summary"] == "Time for your cat stretch"
    assert call["actions"] == ["start", "Start now", "snooze", "Snooze 10 min", "skip", "Skip"]
    with qtbot.waitSignal(notifications.action_invoked, timeout=5000):
        server.invoke(call["id"], "snooze")
    outcomes = coach.controller.check_in.keeper.reminder_outcomes()
    assert [outcome.kind.value for outcome in outcomes] == ["fired", "snoozed"]
    assert resident.reminders.windows == {}, "the reminder window closed with the choice"
