"""The system-tray icon and its menu: open, start a routine, next reminder, pause, reminders, quit.

Only made when the desktop has a tray (``QSystemTrayIcon.isSystemTrayAvailable()``);
without one the app keeps its window and notifies over D-Bus instead.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from coach.resources import app_icon_path
from coach.qt.plain_text import markup_escaped


class Tray(QObject):
    """The tray icon; it only emits requests, the reminder controller decides.

    Attributes:
        icon: the QSystemTrayIcon.
        menu: its context menu.
        next_action: the (disabled) "Next reminder: ..." line.
        pause_menu: 1 hour / rest of today / resume.

    Signals:
        open_requested(): show the main window (also a left click on the icon).
        start_requested(str): start this routine now.
        pause_requested(object): pause reminders for this timedelta.
        pause_for_today_requested(): pause until the end of the local day.
        resume_requested(): reminders on again.
        reminders_requested(): open the reminders dialog.
        quit_requested(): quit Back Coach (the only way out while a tray exists).
        message_clicked(): the last notification balloon was clicked.
    """

    open_requested = Signal()
    start_requested = Signal(str)
    pause_requested = Signal(object)
    pause_for_today_requested = Signal()
    resume_requested = Signal()
    reminders_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, routines: list[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(QIcon(str(app_icon_path())), self)
        self.icon.setToolTip(self.tr("Back Coach"))
        self.menu = QMenu()
        self.menu.addAction(self.tr("Open Back Coach"), self.open_requested.emit)
        start_menu = self.menu.addMenu(self.tr("Start"))
        for routine_id, title in routines:
            start_menu.addAction(title, lambda checked=False, chosen=routine_id: self.start_requested.emit(chosen))  # type: ignore[misc]
        self.menu.addSeparator()
        self.next_action = QAction(self.tr("No reminders set"), self.menu)
        self.next_action.setEnabled(False)
        self.menu.addAction(self.next_action)
        self.pause_menu = self.menu.addMenu(self.tr("Pause reminders"))
        self.pause_hour = self.pause_menu.addAction(self.tr("For 1 hour"),
                                                    lambda: self.pause_requested.emit(timedelta(hours=1)))
        self.pause_today = self.pause_menu.addAction(self.tr("For the rest of today"),
                                                     self.pause_for_today_requested.emit)
        self.resume_action = self.pause_menu.addAction(self.tr("Resume reminders"),
                                                       self.resume_requested.emit)
        self.menu.addAction(self.tr("Reminders…"), self.reminders_requested.emit)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit Back Coach"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self.message_clicked)
        self.set_state(None, None, None)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_state(self, next_text: str | None, paused_text: str | None, paused_until: datetime | None) -> None:
        """Refresh the menu line and tooltip: the next reminder, or that reminders are paused."""
        if paused_text:
            line = paused_text
        elif next_text:
            line = self.tr("Next reminder: {when}").format(when=next_text)
        else:
            line = self.tr("No reminders set")
        self.next_action.setText(line)
        self.icon.setToolTip(markup_escaped(self.tr("Back Coach — {line}").format(line=line)))
        self.resume_action.setVisible(paused_until is not None)
        self.pause_hour.setVisible(paused_until is None)
        self.pause_today.setVisible(paused_until is None)

    def notify(self, title: str, body: str) -> None:
        # Shown by Qt's balloon (a label that guesses rich text) or a notification server (markup).
        self.icon.showMessage(markup_escaped(title), markup_escaped(body), self.icon.icon(), 15_000)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
