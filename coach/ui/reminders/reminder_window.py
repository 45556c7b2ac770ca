"""The small always-on-top window a reminder opens: Start, Snooze or Skip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui.widgets.screen_fit import centre_on_screen, fit_to_screen
from coach.qt.plain_text import plain_labels
from coach.ui.widgets.theme import Theme, palette_for


@dataclass(frozen=True)
class ReminderText:
    """What the window says (made by the reminder controller, which knows routines and clocks).

    Attributes:
        heading: e.g. "Time for your cat stretch".
        detail: e.g. "About 1 minute · the 18:00 reminder".
        already_done: the routine was done since the last reminder: thank, don't nag.
        snooze_minutes: for the Snooze button's label.
    """

    heading: str
    detail: str
    already_done: bool = False
    snooze_minutes: int = 10


class ReminderWindow(QWidget):
    """A reminder, on top of other windows until answered.

    Closing it (or Esc) counts as Skip, or as OK when there is nothing to do.

    Attributes:
        heading, detail: the labels.
        start_button, snooze_button, skip_button: the choices (snooze is hidden when already done).

    Signals:
        start_requested(), snooze_requested(), skip_requested(): exactly one, once, then it closes.
    """

    start_requested = Signal()
    snooze_requested = Signal()
    skip_requested = Signal()

    def __init__(self, text: ReminderText, theme: Theme) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Back Coach reminder"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._answered = False
        self.heading = QLabel(text.heading)
        self.heading.setWordWrap(True)
        self.detail = QLabel(text.detail)
        self.detail.setWordWrap(True)
        if text.already_done:
            self.start_button = QPushButton(self.tr("Start anyway"))
            self.skip_button = QPushButton(self.tr("OK"))
        else:
            self.start_button = QPushButton(self.tr("Start now"))
            self.skip_button = QPushButton(self.tr("Skip this time"))
        self.snooze_button = QPushButton(self.tr("Snooze {minutes} min").format(minutes=text.snooze_minutes))
        self.snooze_button.setVisible(not text.already_done)
        primary = self.skip_button if text.already_done else self.start_button
        primary.setDefault(True)
        primary.setAutoDefault(True)
        self.start_button.clicked.connect(lambda: self._answer(self.start_requested))
        self.snooze_button.clicked.connect(lambda: self._answer(self.snooze_requested))
        self.skip_button.clicked.connect(lambda: self._answer(self.skip_requested))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)  # type: ignore[call-overload]

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        for button in (self.start_button, self.snooze_button, self.skip_button):
            button.setMinimumHeight(48)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.apply_theme(theme, primary)
        plain_labels(self)  # names and texts from routine files are never markup
        fit_to_screen(self, QSize(max(520, self.sizeHint().width()), max(240, self.sizeHint().height())))

    def apply_theme(self, theme: Theme, primary: QPushButton) -> None:
        self.setPalette(palette_for(theme))
        self.setAutoFillBackground(True)
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 10.0) * 1.3)
        self.setFont(base)
        heading = QFont(base)
        heading.setPointSizeF(base.pointSizeF() * 1.5)
        heading.setBold(True)
        self.heading.setFont(heading)
        self.detail.setStyleSheet(f"color: {theme.secondary_text};")
        plain = (f"QPushButton {{ background: {theme.surface}; color: {theme.text}; border: none; "
                 f"border-radius: 8px; padding: 0 1em; }}")
        for button in (self.start_button, self.snooze_button, self.skip_button):
            button.setStyleSheet(plain)
        primary.setStyleSheet(f"QPushButton {{ background: {theme.accent}; color: {theme.accent_text}; "
                              f"border: none; border-radius: 8px; padding: 0 1em; }}")

    def present(self) -> None:
        """Show it in the middle of the screen, above the rest, with Start focused."""
        centre_on_screen(self)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._answered:
            self._answered = True
            self.skip_requested.emit()
        super().closeEvent(event)

    def _answer(self, choice: SignalInstance) -> None:
        if self._answered:
            return
        self._answered = True
        choice.emit()
        self.close()
