"""Shown once before the first session: a coach is not a doctor, and when not to exercise."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTimeEdit, QVBoxLayout, QWidget

from coach.ui.widgets.scaling import font_unit, set_pixel_size
from coach.ui.widgets.screen_keys import add_screen_keys
from coach.ui.widgets.theme import Theme


# The smallest the texts get to fit (of their size from the window): still large on a 600-pixel screen.
MIN_TEXT_SCALE = 0.7


class FirstRunScreen(QWidget):
    """The safety note, acknowledged once with Enter or the button, and the twice-daily reminder offer.

    The article advises the cat stretch twice a day, so first run offers that
    reminder (on, at times the person picks) when the app is asked to.

    Attributes:
        remind_box, first_time, second_time: the reminder offer (hidden unless offered).

    Signals:
        acknowledged(): the person read it and wants to go on.
    """

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self.tr("Before you start"))
        self.intro_label = QLabel(self.tr(
            "Back Coach is a coach, not a doctor. It does not know your back."))
        self.flags_title = QLabel(self.tr("Do not exercise, and see a doctor, if you have:"))
        self.flags_label = QLabel("\n".join("•  " + flag for flag in (
            self.tr("new numbness or tingling"),
            self.tr("lost control of your bladder or bowels"),
            self.tr("a fever with your back pain"),
            self.tr("back pain after a fall or an accident"),
            self.tr("pain that spreads down a leg"),
        )))
        self.stop_label = QLabel(self.tr("Stop any exercise that makes your pain worse."))
        self.button = QPushButton(self.tr("I understand (Enter)"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.acknowledged)
        acknowledge = self.acknowledged.emit
        add_screen_keys(self, ((Qt.Key.Key_Return, acknowledge), (Qt.Key.Key_Enter, acknowledge)))
        for label in (self.intro_label, self.flags_title, self.flags_label, self.stop_label):
            label.setWordWrap(True)
        self.remind_box = QCheckBox(self.tr("Remind me to do the cat stretch twice a day, at"))
        self.remind_box.setChecked(True)
        self.first_time = QTimeEdit(QTime(8, 0))
        self.second_time = QTimeEdit(QTime(18, 0))
        self.and_label = QLabel(self.tr("and"))
        for edit, name in ((self.first_time, self.tr("First reminder")),
                           (self.second_time, self.tr("Second reminder"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.remind_box.toggled.connect(self.first_time.setEnabled)
        self.remind_box.toggled.connect(self.second_time.setEnabled)
        self.remind_row = QWidget()
        row = QHBoxLayout(self.remind_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.remind_box, self.first_time, self.and_label, self.second_time):
            row.addWidget(widget)
        row.addStretch(1)
        self.remind_row.hide()
        # Voice commands, offered once (opt-in: unticked); Enter answers it with the note. A check box
        # does not wrap, so the words to say are a wrapping label under a short one (German is long).
        self.listen_box = QCheckBox(self.tr("Listen for voice commands during a session"))
        self.listen_box.setChecked(False)
        self.listen_words = QLabel(self.tr("Say, in English, “Hey coach” and then: pause, go on, next, back, repeat, "
                                           "skip, louder, quieter, stop the session. No audio is kept or sent."))
        self.listen_words.setWordWrap(True)
        self.listen_words.setContentsMargins(24, 0, 0, 0)
        self.listen_row = QWidget()
        listen_layout = QVBoxLayout(self.listen_row)
        listen_layout.setContentsMargins(0, 0, 0, 0)
        listen_layout.addWidget(self.listen_box)
        listen_layout.addWidget(self.listen_words)
        self.listen_row.hide()

        self.layout_ = layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addSpacing(12)
        layout.addWidget(self.flags_title)
        layout.addWidget(self.flags_label)
        layout.addSpacing(12)
        layout.addWidget(self.stop_label)
        layout.addStretch(1)
        layout.addWidget(self.remind_row)
        layout.addWidget(self.listen_row)
        layout.addWidget(self.button)

    def offer_reminder(self, offered: bool) -> None:
        self.remind_row.setVisible(offered)

    def offer_listening(self, offered: bool) -> None:
        self.listen_row.setVisible(offered)

    def listening_answer(self) -> bool | None:
        """Whether the person ticked voice commands, or None if they were not offered."""
        return None if self.listen_row.isHidden() else self.listen_box.isChecked()

    def reminder_times(self) -> tuple[time, time] | None:
        """The two times, if the reminder was offered and kept ticked."""
        if self.remind_row.isHidden() or not self.remind_box.isChecked():
            return None
        first, second = self.first_time.time(), self.second_time.time()
        return time(first.hour(), first.minute()), time(second.hour(), second.minute())

    def set_theme(self, theme: Theme) -> None:
        self.stop_label.setStyleSheet(f"color: {theme.warning};")
        self.button.setStyleSheet(f"QPushButton {{ background: {theme.accent}; color: {theme.accent_text}; "
                                  f"border: none; border-radius: 10px; }}")

    def texts(self) -> list[str]:
        return [w.text() for w in (self.title_label, self.intro_label, self.flags_title, self.flags_label,
                                   self.stop_label, self.remind_box, self.and_label, self.listen_box,
                                   self.listen_words, self.button)]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # Sized from the window, then smaller until it all fits: the warning signs must never be cut
        # off, even with both offers showing, in Thai (taller lines) or on a 600-pixel screen.
        scale = 1.0
        for _ in range(4):
            self._size_texts(font_unit(self) * scale)
            needed = self.layout_.totalHeightForWidth(self.width()) if self.layout_.hasHeightForWidth() \
                else self.layout_.totalSizeHint().height()
            if needed <= self.height() or scale <= MIN_TEXT_SCALE:
                break
            scale = max(MIN_TEXT_SCALE, scale * self.height() / needed * 0.97)

    def _size_texts(self, height: float) -> None:
        margin = round(height * 0.05)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        set_pixel_size(self.title_label, height * 0.07, bold=True)
        for label in (self.intro_label, self.flags_title, self.flags_label):
            set_pixel_size(label, height * 0.042)
        set_pixel_size(self.stop_label, height * 0.048, bold=True)
        for widget in (self.remind_box, self.first_time, self.and_label, self.second_time, self.listen_box):
            set_pixel_size(widget, height * 0.04)
        set_pixel_size(self.listen_words, height * 0.032)
        self.listen_words.setContentsMargins(round(height * 0.035) + 8, 0, 0, 0)  # under the box's text
        for box in (self.remind_box, self.listen_box):
            box.setStyleSheet(
                f"QCheckBox::indicator {{ width: {round(height * 0.035)}px; height: {round(height * 0.035)}px; }}")
        set_pixel_size(self.button, height * 0.05, bold=True)
        self.button.setMinimumHeight(round(height * 0.1))
