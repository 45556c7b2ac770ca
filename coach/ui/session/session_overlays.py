"""What the session screen lays over itself: the paused veil, the stop question, the controls bar.

Each is a child widget placed over the screen, so showing or hiding it never
moves the ring, the figure or the words underneath.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coach.ui.widgets.scaling import set_pixel_size
from coach.ui.widgets.theme import LIGHT, Theme

# How long the controls stay after the last mouse move or key.
CONTROLS_SHOWN_MS = 4000
# How much of the screen shows through the veil: enough to see where you are, not to read on.
VEIL_ALPHA = 215


def plain_label(text: str = "", *, centred: bool = False, wrap: bool = True, right: bool = False,
                parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as plain text (never as rich text), wrapped unless ``wrap`` is False."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    elif right:
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class Veil(QWidget):
    """A translucent layer over the whole screen with a large title and a line under it.

    Attributes:
        title, hint: the two labels.
        detail: a line between them, hidden while empty (the paused veil's step, see ``set_detail``).
        buttons: buttons under the hint (may be empty).
    """

    def __init__(self, parent: QWidget, title: str, hint: str) -> None:
        super().__init__(parent)
        self._theme = LIGHT
        self.title = plain_label(title, centred=True)
        self.detail = plain_label(centred=True)
        self.detail.hide()
        self.hint = plain_label(hint, centred=True)
        self.buttons: list[QPushButton] = []
        self._button_row = QHBoxLayout()
        self._button_row.addStretch(1)
        self._button_row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        column.addWidget(self.hint)
        column.addLayout(self._button_row)
        column.addStretch(1)
        self.hide()

    def add_button(self, text: str, clicked: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.clicked.connect(clicked)
        # Between the two stretches, so the row stays centred.
        self._button_row.insertWidget(self._button_row.count() - 1, button)
        self.buttons.append(button)
        return button

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self.detail.setVisible(bool(text))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        for label in (self.title, self.detail, self.hint):
            label.setStyleSheet(f"color: {theme.text};")
        self.update()

    def set_unit(self, unit: float) -> None:
        """Sizes from the screen's font unit: the title reads from across the room."""
        set_pixel_size(self.title, unit * 0.13, bold=True)
        set_pixel_size(self.hint, unit * 0.06)
        set_pixel_size(self.detail, unit * 0.06)
        self.layout().setSpacing(round(unit * 0.03))  # type: ignore[union-attr]
        for button in self.buttons:
            set_pixel_size(button, unit * 0.045)
            button.setMinimumHeight(round(unit * 0.09))
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + round(unit * 0.08))

    def cover(self, area: QRect) -> None:
        self.setGeometry(area)
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        veil = QColor(self._theme.background)
        veil.setAlpha(VEIL_ALPHA)
        painter.fillRect(event.rect(), veil)
        painter.end()


class StopQuestion(Veil):
    """"Stop the session?" drawn by the app in its own large type: Enter stops, Esc goes on.

    Signals:
        answered(bool): True to stop, False to go on.
        open_changed(bool): the question was asked (True) or answered (False).
    """

    answered = Signal(bool)
    open_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Stop the session?"), self.tr("Enter stops · Esc goes on"))
        self.stop_button = self.add_button(self.tr("Stop (Enter)"), lambda: self.answer(True))
        self.keep_button = self.add_button(self.tr("Keep going (Esc)"), lambda: self.answer(False))
        # Window-wide while shown: Enter and Esc answer wherever focus is. The window switches its
        # own session keys off meanwhile, so Esc is not also "stop".
        self._keys = [QShortcut(QKeySequence(key), parent.window(), context=Qt.ShortcutContext.WindowShortcut)
                      for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Space)]
        for shortcut in self._keys:
            shortcut.setEnabled(False)
            stop = shortcut.key()[0].key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[index]
            shortcut.activated.connect(lambda stop=stop: self.answer(stop))

    def ask(self) -> None:
        self.show()
        self.raise_()
        for shortcut in self._keys:
            shortcut.setEnabled(True)
        self.open_changed.emit(True)

    def answer(self, stop: bool) -> None:
        """Close the question with this answer (from a key, a button or the voice)."""
        if not self.isVisible():
            return
        for shortcut in self._keys:
            shortcut.setEnabled(False)
        self.hide()
        self.open_changed.emit(False)
        self.answered.emit(stop)


class ControlsBar(QWidget):
    """The buttons and a one-line key hint: shown on a mouse move or a key, gone a few seconds later.

    Attributes:
        hint: the key hint.
        pinned: shown for as long as it is pinned (while paused).

    Signals:
        pause_clicked, back_clicked, next_clicked, stop_clicked: the buttons.
    """

    pause_clicked = Signal()
    back_clicked = Signal()
    next_clicked = Signal()
    stop_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._theme = LIGHT
        self.pinned = False
        self.pause_button = QPushButton()
        self.back_button = QPushButton(self.tr("Back (←)"))
        self.next_button = QPushButton(self.tr("Next (→)"))
        self.stop_button = QPushButton(self.tr("Stop (Esc)"))
        self.hint = plain_label(self.tr("Space pause · ← → steps · Page Down skip exercise · M mute · F11 full screen"))
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        column.addLayout(row)
        column.addWidget(self.hint)
        for button, signal in ((self.pause_button, self.pause_clicked), (self.back_button, self.back_clicked),
                               (self.next_button, self.next_clicked), (self.stop_button, self.stop_clicked)):
            # Keys work through the window's shortcuts; a focused button must not eat Space.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal)
            row.addWidget(button)
        row.addStretch(1)
        self.set_paused(False)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(CONTROLS_SHOWN_MS)
        self._hide_timer.timeout.connect(self._hide_unless_pinned)
        self.hide()

    def pause_texts(self) -> tuple[str, str]:
        return self.tr("Pause (Space)"), self.tr("Resume (Space)")

    def set_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.pause_texts()[1 if paused else 0])

    def reveal(self) -> None:
        """Show for a few seconds more."""
        self.show()
        self.raise_()
        self._hide_timer.start()

    def pin(self, pinned: bool) -> None:
        self.pinned = pinned
        if pinned:
            self.show()
            self.raise_()
        else:
            self._hide_timer.start()

    def dismiss(self) -> None:
        self.pinned = False
        self._hide_timer.stop()
        self.hide()

    def _hide_unless_pinned(self) -> None:
        if not self.pinned:
            self.hide()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.hint.setStyleSheet(f"color: {theme.secondary_text};")
        self.update()

    def set_unit(self, unit: float) -> None:
        margin = round(unit * 0.02)
        self.layout().setContentsMargins(margin, margin, margin, margin)  # type: ignore[union-attr]
        set_pixel_size(self.hint, unit * 0.032)
        for button in (self.pause_button, self.back_button, self.next_button, self.stop_button):
            set_pixel_size(button, unit * 0.034)
            button.setMinimumHeight(round(unit * 0.07))
            # Wide enough for every text the button shows (Pause and Resume alike).
            texts = self.pause_texts() if button is self.pause_button else (button.text(),)
            widest = max(button.fontMetrics().horizontalAdvance(text) for text in texts)
            button.setMinimumWidth(widest + round(unit * 0.05))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(self._theme.surface))
        painter.end()
