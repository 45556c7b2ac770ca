"""Before and after a session: how is your back, 0 to 10? Optional, and usable from the floor.

Everything is big (the number is a quarter of the window's height) and works
from the keyboard alone: arrows or a digit choose, Enter saves, S skips.
Nothing is recorded until Enter or Save, so a stray key cannot save a rating.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from coach.ui.scaling import font_unit, set_pixel_size
from coach.ui.screen_keys import add_screen_keys
from coach.ui.theme import LIGHT, Theme

MIN_SCORE, MAX_SCORE = 0, 10
MOMENTS = ("before", "after")
# "1" then "0" within this many seconds means 10, as people type it.
TEN_WINDOW = 1.0
# Sizes as fractions of font_unit: the number reads from 3 m, the handle is easy to hit.
NUMBER_SIZE, WORD_SIZE, TITLE_SIZE, SMALL_SIZE, BUTTON_SIZE = 0.25, 0.055, 0.06, 0.035, 0.045
GROOVE_SHARE, HANDLE_SHARE, SCALE_SHARE = 0.025, 0.075, 0.06


class PainSlider(QSlider):
    """A 0–10 slider with a tall groove, a big round handle and numbered ticks under it.

    Style sheets switch off Qt's own tick marks, so the ticks and their
    numbers are painted here, under the groove, at the handle's centre for
    each value.

    Attributes:
        scale_height: the strip under the groove where the ticks are drawn (px).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(MIN_SCORE, MAX_SCORE)
        self.setSingleStep(1)
        self.setPageStep(1)
        self.setTickInterval(1)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        # The screen's shortcuts own the arrow keys; a focused slider would take them first.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.scale_height = 30
        self._theme = LIGHT
        self._groove, self._handle = 18, 54

    def set_look(self, theme: Theme, groove: int, handle: int, scale_height: int) -> None:
        """Colours and sizes (px); the handle stands out against both the groove and the window."""
        self._theme = theme
        self.scale_height = max(12, scale_height)
        groove = self._groove = max(4, groove)
        # The style sheet grows the handle by whole pixels above and below the groove.
        spill = (max(12, handle) - groove) // 2
        handle = self._handle = groove + 2 * spill
        border = max(2, round(handle * 0.06))
        sheet = (
            f"QSlider::groove:horizontal {{ height: {groove}px; background: {theme.surface}; "
            f"border-radius: {groove // 2}px; margin-bottom: {self.scale_height}px; }}"
            f"QSlider::sub-page:horizontal {{ background: {theme.accent}; border-radius: {groove // 2}px; "
            f"margin-bottom: {self.scale_height}px; }}"
            f"QSlider::handle:horizontal {{ width: {handle - 2 * border}px; margin: -{spill}px 0; "
            # The border is inside the height but outside the width: width + 2 borders = height, a circle.
            f"border-radius: {handle // 2}px; background: {theme.accent}; border: {border}px solid {theme.text}; }}")
        if sheet != self.styleSheet():  # called on every resize; re-polishing is not free
            self.setStyleSheet(sheet)
        self.setFixedHeight(handle + self.scale_height)
        self.update()

    def handle_rect(self) -> QRect:
        """Where the handle is drawn, as the style computes it."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderHandle, self)

    def tick_x(self, value: int) -> float:
        """The x of the handle's centre when it shows this value."""
        handle = self.handle_rect()
        span = max(0, self.width() - handle.width())
        offset = QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), value, span)
        return offset + handle.width() / 2

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._handle + self.scale_height * 0.05
        tick = self.scale_height * 0.3
        painter.setPen(QPen(QColor(self._theme.secondary_text), max(2.0, self._groove * 0.12)))
        font = QFont(self.font())
        font.setPixelSize(max(9, round(self.scale_height * 0.55)))
        painter.setFont(font)
        box = self.scale_height * 1.6
        for value in range(self.minimum(), self.maximum() + 1):
            x = self.tick_x(value)
            painter.drawLine(QPointF(x, top), QPointF(x, top + tick))
            painter.drawText(QRectF(x - box / 2, top + tick, box, self.scale_height - tick),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(value))
        painter.end()


class PainCheckScreen(QWidget):
    """Asks for a 0–10 pain rating before or after a session; skipping is always fine.

    Attributes:
        title_label: the question ("Before you start: how is your back right now?").
        routine_label: the routine the rating belongs to.
        number_label: the chosen value, very large.
        word_label: the value in words ("mild", "severe", …).
        slider: the 0–10 scale (also works with the mouse).
        hint_label: the keys.
        save_button, skip_button, never_button: "Save (Enter)", "Skip (S)" and "Don't ask again (N)".

    Signals:
        rated(str, int): moment ("before" or "after") and score; Enter or Save, once per ask().
        skipped(str): moment; S, Esc or Skip, once per ask().
        never_ask(str): moment; N or "Don't ask again": skip, and stop asking at this moment.
    """

    rated = Signal(str, int)
    skipped = Signal(str)
    never_ask = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._moment = "before"
        self._answered = False
        # When "1" was last pressed, so that "1" then "0" makes 10.
        self._one_pressed_at: float | None = None
        self._theme = LIGHT
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the shortcuts need focus inside the screen

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.routine_label = QLabel()
        self.routine_label.setTextFormat(Qt.TextFormat.PlainText)  # a routine's title, from a file
        self.routine_label.setWordWrap(True)
        self.number_label = QLabel("0")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word_label = QLabel()
        self.word_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slider = PainSlider()
        self.slider.setAccessibleName(self.tr("Pain from 0 (none) to 10 (worst imaginable)"))
        self.slider.valueChanged.connect(self._show_value)
        self.hint_label = QLabel(self.tr("← → or 0–9 to choose · Enter to save · S to skip"))
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("Skip (S)"))
        self.never_button = QPushButton(self.tr("Don't ask again (N)"))
        for button in (self.save_button, self.skip_button, self.never_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(self.skip)
        self.never_button.clicked.connect(self.stop_asking)

        keys: list[tuple[Qt.Key, Callable[[], None]]] = [
            (Qt.Key.Key_Return, self.save), (Qt.Key.Key_Enter, self.save),
            (Qt.Key.Key_S, self.skip), (Qt.Key.Key_Escape, self.skip), (Qt.Key.Key_N, self.stop_asking),
            (Qt.Key.Key_Left, lambda: self.step(-1)), (Qt.Key.Key_Right, lambda: self.step(+1)),
        ]
        keys += [(Qt.Key(Qt.Key.Key_0.value + digit), lambda d=digit: self.press_digit(d)) for digit in range(10)]
        add_screen_keys(self, keys)

        self.layout_ = layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.routine_label)
        layout.addStretch(1)
        layout.addWidget(self.number_label)
        layout.addWidget(self.word_label)
        layout.addStretch(1)
        layout.addWidget(self.slider)
        layout.addWidget(self.hint_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.never_button, 1)
        buttons.addWidget(self.skip_button, 1)
        buttons.addWidget(self.save_button, 2)
        layout.addLayout(buttons)
        self._show_value(self.slider.value())

    # ----- what the owner calls

    def ask(self, moment: str, routine_title: str, suggested: int | None = None) -> None:
        """Get ready for a new answer; starts at ``suggested`` (e.g. the last rating), else 0."""
        if moment not in MOMENTS:
            raise ValueError(f"moment must be one of {MOMENTS}, not {moment!r}")
        self._moment = moment
        self._answered = False
        self._one_pressed_at = None
        if moment == "before":
            self.title_label.setText(self.tr("Before you start: how is your back right now?"))
        else:
            self.title_label.setText(self.tr("How is your back now, after the session?"))
        self.routine_label.setText(routine_title)
        self.routine_label.setVisible(bool(routine_title))
        self.set_value(0 if suggested is None else suggested)
        self._show_value(self.slider.value())  # even when the value did not change
        self.setFocus()

    def moment(self) -> str:
        return self._moment

    def value(self) -> int:
        return self.slider.value()

    def set_value(self, score: int) -> None:
        self.slider.setValue(min(MAX_SCORE, max(MIN_SCORE, score)))

    def step(self, change: int) -> None:
        self._one_pressed_at = None
        self.set_value(self.value() + change)

    def press_digit(self, digit: int) -> None:
        """A digit sets the value; "1" then "0" within a second makes 10."""
        now = self._clock()
        if digit == 0 and self._one_pressed_at is not None and now - self._one_pressed_at <= TEN_WINDOW:
            self.set_value(10)
            self._one_pressed_at = None
            return
        self.set_value(digit)
        self._one_pressed_at = now if digit == 1 else None

    def save(self) -> None:
        if not self._answered:
            self._answered = True  # a held or repeated Enter records one rating
            self.rated.emit(self._moment, self.value())

    def skip(self) -> None:
        if not self._answered:
            self._answered = True
            self.skipped.emit(self._moment)

    def stop_asking(self) -> None:
        if not self._answered:
            self._answered = True
            self.never_ask.emit(self._moment)

    def word_for(self, score: int) -> str:
        if score <= 0:
            return self.tr("no pain")
        if score <= 3:
            return self.tr("mild")
        if score <= 6:
            return self.tr("moderate")
        if score <= 9:
            return self.tr("severe")
        return self.tr("worst imaginable")

    def texts(self) -> list[str]:
        return [w.text() for w in (self.title_label, self.routine_label, self.number_label, self.word_label,
                                   self.hint_label, self.save_button, self.skip_button, self.never_button)]

    # ----- looks

    def _show_value(self, score: int) -> None:
        self.number_label.setText(str(score))
        self.word_label.setText(self.word_for(score))
        self.slider.setAccessibleDescription(f"{score}: {self.word_for(score)}")

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.title_label.setStyleSheet(f"color: {theme.text};")
        self.number_label.setStyleSheet(f"color: {theme.text};")
        self.word_label.setStyleSheet(f"color: {theme.text};")
        self.routine_label.setStyleSheet(f"color: {theme.secondary_text};")
        self.hint_label.setStyleSheet(f"color: {theme.secondary_text};")
        self.save_button.setStyleSheet(f"QPushButton {{ background: {theme.accent}; color: {theme.accent_text}; "
                                       f"border: none; border-radius: 10px; padding: 0 0.8em; }}")
        plain = (f"QPushButton {{ background: {theme.surface}; color: {theme.text}; "
                 f"border: none; border-radius: 10px; padding: 0 0.8em; }}")
        self.skip_button.setStyleSheet(plain)
        self.never_button.setStyleSheet(plain)
        self._size_slider()

    def _size_slider(self) -> None:
        unit = font_unit(self)
        self.slider.set_look(self._theme, round(unit * GROOVE_SHARE), round(unit * HANDLE_SHARE),
                             round(unit * SCALE_SHARE))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.setFocus()  # keys work at once, without a click first

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        unit = font_unit(self)
        margin = round(unit * 0.04)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(round(unit * 0.012))
        set_pixel_size(self.title_label, unit * TITLE_SIZE, bold=True)
        set_pixel_size(self.routine_label, unit * SMALL_SIZE)
        set_pixel_size(self.number_label, unit * NUMBER_SIZE, bold=True)
        set_pixel_size(self.word_label, unit * WORD_SIZE, bold=True)
        set_pixel_size(self.hint_label, unit * SMALL_SIZE)
        for button in (self.save_button, self.skip_button, self.never_button):
            set_pixel_size(button, unit * BUTTON_SIZE, bold=button is self.save_button)
            button.setMinimumHeight(round(unit * 0.095))
        self._size_slider()
