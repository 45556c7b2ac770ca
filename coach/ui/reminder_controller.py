"""Turns due reminders into what the person sees and hears, and their answers into actions.

A fire opens the reminder window (on top, Start / Snooze / Skip), posts a
notification (the tray's balloon, or the desktop's notification service over
D-Bus when there is no tray) and, if wanted, says one line. While a session
runs, a reminder waits until it ends, so a popup never takes the keys from
someone on the floor mid-exercise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QObject, Signal

from coach.domain.compiler import compile_timeline
from coach.domain.reminder_book import Fire
from coach.domain.reminder_rules import format_time
from coach.domain.reminder_times import upcoming
from coach.platform.local_zone import local_zone
from coach.ui.reminders.reminder_scheduler import ReminderScheduler
from coach.ui.widgets.theme import Theme

if TYPE_CHECKING:
    from coach.platform.desktop_notifications import DesktopNotifications
    from coach.ui.reminders.reminder_window import ReminderText, ReminderWindow  # loaded with the first reminder
    from coach.platform.tray import Tray
    from coach.ui.controller import CoachController
    from coach.ui.window_on_demand import WindowOnDemand

NOTIFICATION_ACTIONS = ("start", "snooze", "skip")


class ReminderController(QObject):
    """Presents fires and carries out Start / Snooze / Skip.

    Attributes:
        scheduler: the ReminderScheduler.
        coach: the WindowOnDemand (starts routines, shows the window; built only when one of those is asked).
        tray: the Tray, or None when the desktop has none.
        notifications: the D-Bus notifier once made (on the first reminder without a tray), or None.
        windows: the open reminder windows by rule id.
        waiting: fires held back while a session runs.

    Signals:
        presented(object): a Fire was shown (tests and benchmarks watch this).
    """

    presented = Signal(object)

    def __init__(self, scheduler: ReminderScheduler, coach: WindowOnDemand, *, theme: Callable[[], Theme],
                 tray: Tray | None = None,
                 make_notifications: Callable[[], DesktopNotifications | None] | None = None,
                 speak: Callable[[str], None] | None = None, zone: Callable[[], ZoneInfo] = local_zone,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.coach = coach
        self.tray = tray
        self.notifications: DesktopNotifications | None = None
        self._make_notifications = make_notifications
        self.windows: dict[int, ReminderWindow] = {}
        self.waiting: list[Fire] = []
        self._theme = theme
        self._speak = speak
        self._zone = zone
        self._by_notification: dict[int, Fire] = {}
        scheduler.fired.connect(self.on_fired)
        scheduler.changed.connect(self.refresh)
        coach.when_built(self._follow_sessions)
        if tray is not None:
            tray.pause_requested.connect(lambda span: scheduler.pause(scheduler.now() + span))
            tray.pause_for_today_requested.connect(self.pause_for_today)
            tray.resume_requested.connect(lambda: scheduler.pause(None))
            tray.message_clicked.connect(self._raise_windows)
        self.refresh()

    # ----- fires

    def on_fired(self, fire: Fire) -> None:
        if self.coach.running:
            self.waiting.append(fire)
            return
        self.present(fire)

    def present(self, fire: Fire) -> None:
        from coach.ui.reminders.reminder_window import ReminderWindow

        text = self.text_for(fire)
        previous = self.windows.pop(fire.rule.id, None)
        if previous is not None:
            previous.start_requested.disconnect()
            previous.snooze_requested.disconnect()
            previous.skip_requested.disconnect()
            previous.close()  # superseded by the newer fire of the same reminder
        window = ReminderWindow(text, self._theme())
        window.start_requested.connect(lambda: self.start(fire))
        window.snooze_requested.connect(lambda: self.snooze(fire))
        window.skip_requested.connect(lambda: self.skip(fire))
        self.windows[fire.rule.id] = window
        window.present()
        self._notify(fire, text)
        if self._speak is not None and self.scheduler.settings.options.speak and not text.already_done:
            self._speak(text.heading + ".")
        self.presented.emit(fire)

    def text_for(self, fire: Fire) -> ReminderText:
        from coach.ui.reminders.reminder_window import ReminderText

        routine = self.coach.catalogue.get(fire.rule.routine)
        title = self._title(fire.rule.routine)
        zone = self._zone()
        slots = " and ".join(format_time(slot.astimezone(zone).time()) for slot in fire.covered)
        snooze = self.scheduler.settings.options.snooze_minutes
        if fire.already_done_at is not None:
            done = format_time(fire.already_done_at.astimezone(zone).time())
            return ReminderText(self.tr("{title}: done already").format(title=title),
                                self.tr("You did it at {time}. Nothing more to do until the next reminder.")
                                .format(time=done), already_done=True, snooze_minutes=snooze)
        length = ""
        if routine is not None:
            minutes = max(1, round(compile_timeline(routine, self.coach.chosen_level(),
                                                    language=self.coach.catalogue.language).total_seconds / 60))
            length = self.tr("About {minutes} min").format(minutes=minutes) + " · "
        if fire.snoozed:
            when = self.tr("snoozed from {slots}").format(slots=slots)
        elif fire.late > timedelta(minutes=2):
            when = self.tr("the {slots} reminder, missed while Back Coach was closed or the computer slept"
                           ).format(slots=slots)
        else:
            when = self.tr("the {slots} reminder").format(slots=slots)
        return ReminderText(self.tr("Time for your {title}").format(title=title.lower()), length + when,
                            snooze_minutes=snooze)

    # ----- answers

    def start(self, fire: Fire) -> None:
        self._forget(fire)
        self.scheduler.start_routine(fire)
        self.coach.show_window()
        if self.coach.catalogue.get(fire.rule.routine) is not None:  # a routine since removed: just the window
            self.coach.open((fire.rule.routine, self.coach.chosen_level()))

    def snooze(self, fire: Fire) -> None:
        self._forget(fire)
        self.scheduler.snooze(fire)

    def skip(self, fire: Fire) -> None:
        self._forget(fire)
        if fire.already_done_at is None:
            self.scheduler.skip(fire)
        else:
            self.scheduler.book.dismiss(fire.rule.id)

    def pause_for_today(self) -> None:
        now = self.scheduler.now().astimezone(self._zone())
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=now.tzinfo)
        self.scheduler.pause(midnight)

    def _forget(self, fire: Fire) -> None:
        window = self.windows.get(fire.rule.id)
        if window is not None and not window.isHidden():
            window.blockSignals(True)  # the choice came from elsewhere (a notification): close quietly
            window.close()
        self.windows.pop(fire.rule.id, None)
        for notification_id, shown in list(self._by_notification.items()):
            if shown is fire:
                del self._by_notification[notification_id]
                if self.notifications is not None:
                    self.notifications.close(notification_id)

    def _follow_sessions(self, controller: CoachController) -> None:
        controller.runner.finished.connect(lambda completed: self._on_session_finished(controller, completed))

    def _on_session_finished(self, controller: CoachController, completed: bool) -> None:
        driver = controller.runner.driver
        if completed and driver is not None:
            self.scheduler.record_done(driver.player.timeline.routine)
        waiting, self.waiting = self.waiting, []
        for fire in waiting:
            self.present(fire)

    # ----- notifications

    def _notify(self, fire: Fire, text: ReminderText) -> None:
        if self.tray is not None:
            self.tray.notify(text.heading, text.detail)
            return
        notifications = self._notifier()
        if notifications is None or not notifications.available():
            return
        labels = {"start": self.tr("Start now"),
                  "snooze": self.tr("Snooze {minutes} min").format(minutes=text.snooze_minutes),
                  "skip": self.tr("Skip")}
        actions = [] if text.already_done else [(key, labels[key]) for key in NOTIFICATION_ACTIONS]
        notification_id = notifications.notify(text.heading, text.detail, actions)
        if notification_id:
            self._by_notification[notification_id] = fire

    def _notifier(self) -> DesktopNotifications | None:
        """Made on first need: D-Bus costs start-up time, and most sessions never post a notification."""
        if self.notifications is None and self._make_notifications is not None:
            made = self._make_notifications()
            self._make_notifications = None
            if made is not None:
                made.action_invoked.connect(self._on_notification_action)
                made.closed.connect(lambda notification_id: self._by_notification.pop(notification_id, None))
                self.notifications = made
        return self.notifications

    def _on_notification_action(self, notification_id: int, key: str) -> None:
        fire = self._by_notification.get(notification_id)
        if fire is None:
            return
        {"start": self.start, "snooze": self.snooze, "skip": self.skip}.get(key, lambda _fire: None)(fire)

    def _raise_windows(self) -> None:
        for window in self.windows.values():
            window.present()

    # ----- the next reminder, on the tray's menu and the home screen

    def next_text(self) -> str | None:
        zone = self._zone()
        following = upcoming(self.scheduler.book.rules, self.scheduler.now(), zone, 1)
        if not following:
            return None
        at, rule = following[0]
        local = at.astimezone(zone)
        today = self.scheduler.now().astimezone(zone).date()
        # The title as written (German capitalises its nouns); the day in the UI's language.
        title, time = self._title(rule.routine), format_time(local.time())
        if local.date() == today:
            return self.tr("{title} at {time}").format(title=title, time=time)
        day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        return self.tr("{title} on {day} at {time}").format(title=title, day=day, time=time)

    def paused_text(self) -> str | None:
        paused = self.scheduler.paused_until
        if paused is None:
            return None
        local = paused.astimezone(self._zone())
        return self.tr("Reminders paused until {time}").format(time=format_time(local.time()))

    def refresh(self) -> None:
        """The rules, the pause or the next time changed: say so on the tray's menu and the home screen."""
        following, paused = self.next_text(), self.paused_text()
        if self.tray is not None:
            self.tray.set_state(following, paused, self.scheduler.paused_until)
        summary = paused or (self.tr("Next reminder: {when}").format(when=following) if following else "")
        self.coach.set_reminder_summary(summary)

    def _title(self, routine_id: str) -> str:
        """The routine's title, or its id if it has since been removed."""
        routine = self.coach.catalogue.get(routine_id)
        return routine.title if routine is not None else routine_id
