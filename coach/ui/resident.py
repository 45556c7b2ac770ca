"""Back Coach living in the background: one instance, the tray, reminders, autostart.

Built once by ``app.run`` around the window and its controller, which in the
tray are built only when first opened (coach/ui/window_on_demand.py). With a tray,
closing the window hides it and the app stays to remind; without one it
never hides into a tray that is not there: the window stays reachable,
closing it asks first when reminders are set, and reminders are posted
through the desktop's notification service when there is one.

Start at log-in is an entry the app writes (coach/platform/autostart.py),
except inside a Flatpak, where the desktop's Background portal is asked
(coach/platform/background_portal.py) and its answer corrects the saved choice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

from coach.domain.routine import Level
from coach.platform import autostart
from coach.storage.reminder_store import ReminderSettings
from coach.ui.first_paint import after_next_paint
from coach.ui.reminder_controller import ReminderController
from coach.ui.reminders.reminder_scheduler import ReminderScheduler
from coach.platform.single_instance import SingleInstance
from coach.ui.widgets.theme import Theme
from coach.ui.window_on_demand import WindowOnDemand

if TYPE_CHECKING:  # these load on first need
    from coach.platform.background_portal import BackgroundAnswer, BackgroundPortal
    from coach.ui.reminders.reminders_dialog import RemindersDialog
    from coach.platform.sleep_watch import SleepWatch
    from coach.platform.tray import Tray
    from coach.ui.controller import CoachController

_log = logging.getLogger(__name__)
PRESET_ROUTINE = "cat-stretch"


class Resident(QObject):
    """Owns everything that outlives the window.

    Attributes:
        coach: the WindowOnDemand: the controller and its window, built when first needed.
        scheduler: the ReminderScheduler.
        reminders: the ReminderController.
        tray: the Tray, or None without a system tray.
        instance: the SingleInstance server.
        reminders_dialog: the reminders dialog last opened, or None.
        close_prompt: the "Quit Back Coach?" question while it is open (no tray, reminders set).
        sleep_watch: hears logind's wake-up (with watch_sleep), so a reminder due in sleep comes at once.
        flatpak: start at log-in goes through the Background portal (inside a Flatpak), not an entry.
        background_portal: the BackgroundPortal once first asked (Flatpak only), else None.
    """

    def __init__(self, coach: WindowOnDemand, instance: SingleInstance | None, *, theme: Callable[[], Theme],
                 speak: Callable[[str], None] | None = None, scheduler: ReminderScheduler | None = None,
                 tray_available: bool | None = None, make_notifications: Callable[[], Any] | None = None,
                 autostart_entry: autostart.AutostartEntry | None = None, watch_sleep: bool = False,
                 flatpak: bool | None = None, make_background_portal: Callable[[], BackgroundPortal] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.instance = instance
        record = coach.keeper.record_reminder if coach.keeper is not None else None
        self.scheduler = scheduler or ReminderScheduler(record=record, routines=lambda: coach.catalogue.routines,
                                                        parent=self)
        self.tray: Tray | None = None
        self.reminders_dialog: RemindersDialog | None = None
        self._theme = theme
        self._told_about_tray = False
        self._close_confirmed = False
        self._quitting = False
        self.close_prompt: QMessageBox | None = None
        self._autostart = autostart_entry
        self.flatpak = autostart.in_flatpak() if flatpak is None else flatpak
        self._make_background_portal = make_background_portal
        self.background_portal: BackgroundPortal | None = None
        self._watch_sleep = watch_sleep
        self.sleep_watch: SleepWatch | None = None
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        if tray_available:
            from coach.platform.tray import Tray

            routines = [(r.id, r.title) for r in coach.catalogue.routines.values()]
            self.tray = Tray(routines, self)
            self.tray.open_requested.connect(coach.show_window)
            self.tray.start_requested.connect(self._start_from_tray)
            self.tray.reminders_requested.connect(self.open_reminders)
            self.tray.quit_requested.connect(self.quit)
        elif make_notifications is None:
            make_notifications = self._desktop_notifications
        self.reminders = ReminderController(self.scheduler, coach, theme=theme, tray=self.tray,
                                            make_notifications=make_notifications if self.tray is None else None,
                                            speak=speak, parent=self)
        self.scheduler.problem.connect(coach.tell)
        coach.routines_changed.connect(self.scheduler.reload)
        coach.when_built(self._wire_window)
        if instance is not None:
            instance.message_received.connect(self.on_message)

    def _wire_window(self, controller: CoachController) -> None:
        if controller.check_in is not None:
            controller.check_in.count_reminders_from(lambda: self.scheduler.settings.rules)
        window = controller.window
        window.home.reminders_requested.connect(self.open_reminders)
        window.set_close_guard(self._may_close)
        window.when_built("first_run", lambda screen: screen.acknowledged.connect(self._take_first_run_offer))

    def start(self) -> None:
        """Show the tray, reconcile autostart, and wake the reminders (catching up what was missed)."""
        if self.tray is not None:
            self.tray.show()
        self.scheduler.start()
        if self._watch_sleep:
            # After the first paint: the system bus costs a thread and a few ms the window need not wait for.
            if self.coach.built is not None:
                after_next_paint(self.coach.built.window, self._listen_for_wake_ups)
            else:
                QTimer.singleShot(0, self, self._listen_for_wake_ups)  # no window to paint
        # The safety note is built only when it shows (rarely after the first run): offer it then.
        self.coach.when_built(lambda controller: controller.window.when_built(
            "first_run", lambda screen: screen.offer_reminder(self._offers_preset())))
        self._reconcile_autostart()
        self.reminders.refresh()

    def _listen_for_wake_ups(self) -> None:
        from coach.platform.sleep_watch import SleepWatch

        self.sleep_watch = SleepWatch(parent=self)
        self.sleep_watch.resumed.connect(self.scheduler.wake)

    def _desktop_notifications(self) -> Any:
        from coach.platform.desktop_notifications import DesktopNotifications

        return DesktopNotifications(parent=self)

    @property
    def has_tray(self) -> bool:
        return self.tray is not None

    # ----- first run: the article's twice-daily cat stretch

    def _offers_preset(self) -> bool:
        return not self.scheduler.settings.rules and self.coach.catalogue.get(PRESET_ROUTINE) is not None

    def _take_first_run_offer(self) -> None:
        first_run = self.coach.controller().window.first_run
        times = first_run.reminder_times()
        first_run.offer_reminder(False)
        if times is None or not self._offers_preset():
            return
        settings, _rule = self.scheduler.settings.with_new_rule(PRESET_ROUTINE, times, now=self.scheduler.now())
        self.scheduler.apply(settings)

    # ----- a second launch

    def on_message(self, message: dict[str, Any]) -> None:
        command = message.get("command")
        if command == "reload-reminders":
            self.scheduler.reload()
        elif command == "start":
            self.coach.show_window()
            routine, level = message.get("routine"), message.get("level")
            if self.coach.running:
                return  # never cut a session short from another terminal; the window is up
            if isinstance(routine, str) and self.coach.catalogue.get(routine) is not None:
                try:
                    chosen = Level(level) if isinstance(level, str) else Level.STANDARD
                except ValueError:
                    chosen = Level.STANDARD
                self.coach.open((routine, chosen))  # the safety note first, if it is still unread
        else:  # "show", and anything a newer version may send
            self.coach.show_window()

    # ----- closing and quitting

    def _may_close(self) -> bool:
        """The window's close button: hide to the tray, or (no tray) ask before reminders stop."""
        if self._quitting:
            return True
        window = self.coach.controller().window
        if self.tray is not None:
            self.coach.pause_session()
            window.hide()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.tray.notify(self.tr("Back Coach is still running"),
                                 self.tr("It stays in the tray to remind you. Quit from its menu."))
            return False
        if self._close_confirmed or not any(rule.enabled for rule in self.scheduler.book.rules):
            return True
        if self.close_prompt is None:
            self._ask_before_closing()
        return False

    def _ask_before_closing(self) -> None:
        """Without a tray, quitting ends the reminders: ask (not modally: the app keeps running meanwhile)."""
        window = self.coach.controller().window
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Back Coach?"),
                          self.tr("Reminders only come while Back Coach runs, and this desktop has no tray to "
                                  "keep it in. Minimise it instead?"), parent=window)
        minimise = box.addButton(self.tr("Minimise"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(minimise)
        self.close_prompt = box

        def answered(_result: int) -> None:
            self.close_prompt = None
            if box.clickedButton() is minimise or box.clickedButton() is None:
                window.showMinimized()
            else:
                self._close_confirmed = True
                window.close()
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.coach.stop_session()
        if self.tray is not None:
            self.tray.hide()
        self.let_windows_close()
        QApplication.quit()

    def let_windows_close(self) -> None:
        """The app is quitting: from now on the window closes instead of hiding to the tray or asking.

        Qt's quit closes every window first and gives up if one refuses, so a window kept open
        by the close guard kept the app running: its tray's Quit, and a log-out's SIGTERM, did nothing.
        """
        self._quitting = True

    # ----- the reminders dialog and autostart

    def open_reminders(self) -> RemindersDialog:
        from coach.ui.reminders.reminders_dialog import RemindersDialog

        if self.reminders_dialog is not None and self.reminders_dialog.isVisible():
            self.reminders_dialog.raise_()
            self.reminders_dialog.activateWindow()
            return self.reminders_dialog
        self.coach.show_window()
        routines = [(r.id, r.title) for r in self.coach.catalogue.routines.values()]
        dialog = RemindersDialog(self.scheduler.settings, routines, now=self.scheduler.now,
                                 autostart_available=self.flatpak or self._entry() is not None, theme=self._theme(),
                                 parent=self.coach.controller().window)

        def done(result: int) -> None:
            if result == RemindersDialog.DialogCode.Accepted:
                self.apply_reminders(dialog.chosen())
            dialog.deleteLater()
            self.reminders_dialog = None

        dialog.finished.connect(done)
        dialog.open()
        self.reminders_dialog = dialog
        return dialog

    def apply_reminders(self, settings: ReminderSettings) -> None:
        before = self.scheduler.settings.options
        options = settings.options
        if self.flatpak:
            if options.autostart != before.autostart:
                # Saved as chosen now; the portal's answer, when it comes, corrects it.
                self._ask_background_portal(options.autostart)
                options = replace(options, autostart_created=options.autostart)
            self.scheduler.apply(replace(settings, options=options))
            return
        entry = self._entry()
        if entry is not None and options.autostart != before.autostart:
            try:
                if options.autostart:
                    entry.create(autostart.launch_command())
                else:
                    entry.remove()
                options = replace(options, autostart_created=options.autostart)
            except OSError as error:
                self.coach.tell(
                    self.tr("Could not change start at log-in ({where}): {error}").format(
                        where=entry.location, error=error))
                options = replace(options, autostart=before.autostart)
        self.scheduler.apply(replace(settings, options=options))

    def _ask_background_portal(self, wanted: bool) -> None:
        if self.background_portal is None:
            if self._make_background_portal is not None:
                self.background_portal = self._make_background_portal()
            else:
                from coach.platform.background_portal import BackgroundPortal

                self.background_portal = BackgroundPortal(parent=self)
            self.background_portal.finished.connect(self._on_background_answer)
        self.background_portal.request(wanted, autostart.launch_command())

    def _on_background_answer(self, answer: BackgroundAnswer) -> None:
        """Say what went wrong, and save what the desktop will really do, so the dialog shows it next time."""
        if answer.problem:
            self.coach.tell(answer.problem)
        # No answer: nothing is known to have changed, so it stays as it was before asking.
        actual = (not answer.asked) if answer.autostart is None else answer.autostart
        settings = self.scheduler.settings
        if settings.options.autostart != actual:
            self.scheduler.apply(replace(settings, options=replace(settings.options, autostart=actual,
                                                                   autostart_created=actual)))

    def _entry(self) -> autostart.AutostartEntry | None:
        if self._autostart is None:
            try:
                self._autostart = autostart.entry_for_platform()
            except (OSError, NotImplementedError, ValueError) as error:
                _log.info("no autostart on this platform: %s", error)
                return None
        return self._autostart

    def _reconcile_autostart(self) -> None:
        """Never recreate an entry the person removed by hand: follow what is there."""
        if self.flatpak:
            # The portal cannot be asked what it set up, and the host's autostart folder is
            # out of the sandbox's sight: the saved choice (as the portal last answered) stands.
            return
        entry = self._entry()
        if entry is None:
            return
        options = self.scheduler.settings.options
        wanted, created = autostart.reconcile(options.autostart, options.autostart_created, entry)
        if (wanted, created) != (options.autostart, options.autostart_created):
            settings = self.scheduler.settings
            self.scheduler.apply(replace(settings, options=replace(options, autostart=wanted,
                                                                   autostart_created=created)))

    # ----- the tray's Start menu

    def _start_from_tray(self, routine_id: str) -> None:
        self.coach.show_window()
        if not self.coach.running:
            self.coach.open((routine_id, self.coach.chosen_level()))
