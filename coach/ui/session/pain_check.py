"""Before and after a session: how is your back, 0 to 10? Optional, and usable from the floor.

Everything is big (the number is a quarter of the window's height) and works
from the keyboard alone: arrows or a digit choose, Enter saves, S skips.
The scale starts unset, before and after: Enter does nothing until a value is
chosen, so the Enter that started a session cannot record a false 0, and the
after-check shows the score before beside it instead of starting at it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QShowEvent
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

from coach.ui.widgets.scaling import font_unit, set_pixel_size
from coach.ui.widgets.screen_keys import add_screen_keys
from coach.ui.widgets.theme import LIGHT, Theme

MIN_SCORE, MAX_SCORE = 0, 10
MOMENTS = ("before", "after")
# "1" then "0" within this many seconds means 10, as people type it.
TEN_WINDOW = 1.0
# Sizes as fractions of font_unit: the number reads from 3 m, the handle is easy to hit.
NUMBER_SIZE, WORD_SIZE, TITLE_SIZE, SMALL_SIZE, BUTTON_SIZE = 0.25, 0.055, 0.06, 0.035, 0.045
GROOVE_SHARE, HANDLE_SHARE, SCALE_SHARE = 0.025, 0.075, 0.06
# "Before: 4" beside the number: read from the floor, yet clearly not the answer.
BEFORE_SIZE = 0.07
# The number while nothing is chosen.
UNSET_MARK = "–"


class PainSlider(QSlider):
    """A 0–10 slider with a tall groove, a big round handle and numbered ticks under it.

    Style sheets switch off Qt's own tick marks, so the ticks and their
    numbers are painted here, under the groove, at the handle's centre for
    each value.

    Attributes:
        scale_height: the strip under the groove where the ticks are drawn (px).
        chosen: False while no value is chosen: no handle and no filled part, whatever value() says.
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
        self.chosen = False
        self._theme = LIGHT
        self._groove, self._handle = 18, 54

    def set_chosen(self, chosen: bool) -> None:
        """Show the handle (a value is chosen) or not (the scale is unset)."""
        if chosen != self.chosen:
            self.chosen = chosen
            self.set_look(self._theme, self._groove, self._handle, self.scale_height)

    def set_look(self, theme: Theme, groove: int, handle: int, scale_height: int) -> None:
        """Colours and sizes (px); the handle stands out against both the groove and the window."""
        self._theme = theme
        self.scale_height = max(12, scale_height)
        groove = self._groove = max(4, groove)
        # The style sheet grows the handle by whole pixels above and below the groove.
        spill = (max(12, handle) - groove) // 2
        handle = self._handle = groove + 2 * spill
        border = max(2, round(handle * 0.06))
        # Unset: no handle and no filled part, so no value looks chosen.
        fill = theme.accent if self.chosen else "transparent"
        ring = theme.text if self.chosen else "transparent"
        sheet = (
            f"QSlider::groove:horizontal {{ height: {groove}px; background: {theme.surface}; "
            f"border-radius: {groove // 2}px; margin-bottom: {self.scale_height}px; }}"
            f"QSlider::sub-page:horizontal {{ background: {fill}; border-radius: {groove // 2}px; "
            f"margin-bottom: {self.scale_height}px; }}"
            f"QSlider::handle:horizontal {{ width: {handle - 2 * border}px; margin: -{spill}px 0; "
            # The border is inside the height but outside the width: width + 2 borders = height, a circle.
            f"border-radius: {handle // 2}px; background: {fill}; border: {border}px solid {ring}; }}")
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

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        # A click on a number chooses it (Qt would only page one step towards it); the handle,
        # now under the pointer, can then be dragged.
        x = event.position().x()
        if event.button() == Qt.MouseButton.LeftButton and not self.handle_rect().contains(event.position().toPoint()):
            self.setValue(min(range(self.minimum(), self.maximum() + 1), key=lambda value: abs(self.tick_x(value) - x)))
        super().mousePressEvent(event)

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

    The scale starts unset ("–"); a digit, an arrow or the mouse chooses a value.

    Attributes:
        title_label: the question ("Before you start: how is your back right now?").
        routine_label: the routine the rating belongs to.
        number_label: the chosen value, very large ("–" while unset).
        before_label: beside the number after a session: "Before: 4" (hidden when there was no rating before).
        word_label: the value in words ("mild", "severe", …), or what to do while unset.
        slider: the 0–10 scale (also works with the mouse).
        hint_label: the keys.
        save_button, skip_button, never_button: "Save (Enter)", "Skip (S)" and "Don't ask again (N)";
            Save is disabled while the scale is unset.

    Signals:
        rated(str, int): moment ("before" or "after") and score; Enter or Save once a value is chosen,
            once per ask().
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
        self._score: int | None = None  # None: not chosen yet
        # When "1" was last pressed, so that "1" then "0" makes 10.
        self._one_pressed_at: float | None = None
        self._theme = LIGHT
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the shortcuts need focus inside the screen

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.routine_label = QLabel()
        self.routine_label.setTextFormat(Qt.TextFormat.PlainText)  # a routine's title, from a file
        self.routine_label.setWordWrap(True)
        self.number_label = QLabel(UNSET_MARK)
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.before_label = QLabel()
        self.before_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.before_label.setTextFormat(Qt.TextFormat.PlainText)
        self.before_label.hide()
        self.word_label = QLabel()
        self.word_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slider = PainSlider()
        self.slider.setAccessibleName(self.tr("Pain from 0 (none) to 10 (worst imaginable)"))
        self.slider.valueChanged.connect(self._choose)
        # A press on the handle's current value changes nothing, yet it chooses that value.
        self.slider.sliderPressed.connect(lambda: self._choose(self.slider.value()))
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
        keys += [(Qt.Key(Qt.Key.Key_0.value + digit), lambda d=digit: self.press_digit(d))  # type: ignore[misc]
                 for digit in range(10)]
        add_screen_keys(self, keys)

        self.layout_ = layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.routine_label)
        layout.addStretch(1)
        # The score before sits beside the number, in a column as wide as an empty one on the
        # other side, so the number stays centred whether or not it shows.
        number_row = QHBoxLayout()
        self.before_spacer = QWidget()
        number_row.addWidget(self.before_spacer, 1)
        number_row.addWidget(self.number_label, 0)
        number_row.addWidget(self.before_label, 1)
        layout.addLayout(number_row)
        layout.addWidget(self.word_label)
        layout.addStretch(1)
        layout.addWidget(self.slider)
        layout.addWidget(self.hint_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.never_button, 1)
        buttons.addWidget(self.skip_button, 1)
        buttons.addWidget(self.save_button, 2)
        layout.addLayout(buttons)
        self._show_value()

    # ----- what the owner calls

    def ask(self, moment: str, routine_title: str, before: int | None = None) -> None:
        """Get ready for a new answer, with the scale unset; ``before`` (the rating before the session)
        is shown beside it, not chosen."""
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
        self.before_label.setText(self.tr("Before: {score}").format(score=before) if before is not None else "")
        self.before_label.setVisible(before is not None)
        self.clear()
        self.setFocus()

    def moment(self) -> str:
        return self._moment

    def value(self) -> int | None:
        """The chosen score, or None while the scale is unset."""
        return self._score

    def clear(self) -> None:
        """Back to an unset scale."""
        self._score = None
        self._one_pressed_at = None
        self.slider.blockSignals(True)  # the handle's hidden position is not a choice
        self.slider.setValue(MIN_SCORE)
        self.slider.blockSignals(False)
        self.slider.set_chosen(False)
        self._show_value()

    def set_value(self, score: int) -> None:
        self._choose(min(MAX_SCORE, max(MIN_SCORE, score)))

    def step(self, change: int) -> None:
        """An arrow: one up or down; from an unset scale either arrow chooses 0, the left end."""
        self._one_pressed_at = None
        self.set_value(MIN_SCORE if self._score is None else self._score + change)

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
        """Enter or Save: record the chosen value; nothing happens while the scale is unset."""
        if not self._answered and self._score is not None:
            self._answered = True  # a held or repeated Enter records one rating
            self.rated.emit(self._moment, self._score)

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
        return [w.text() for w in (self.title_label, self.routine_label, self.number_label, self.before_label,
                                   self.word_label, self.hint_label, self.save_button, self.skip_button,
                                   self.never_button)]

    # ----- looks

    def _choose(self, score: int) -> None:
        self._score = score
        if self.slider.value() != score:
            self.slider.setValue(score)  # comes back here through valueChanged, harmlessly
        self.slider.set_chosen(True)
        self._show_value()

    def _show_value(self) -> None:
        score = self._score
        if score is None:
            self.number_label.setText(UNSET_MARK)
            self.word_label.setText(self.tr("Choose 0 to 10"))
            self.slider.setAccessibleDescription(self.tr("not chosen yet"))
        else:
            self.number_label.setText(str(score))
            self.word_label.setText(self.word_for(score))
            self.slider.setAccessibleDescription(f"{score}: {self.word_for(score)}")
        self.save_button.setEnabled(score is not None)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.title_label.setStyleSheet(f"color: {theme.text};")
        self.number_label.setStyleSheet(f"color: {theme.text};")
        self.word_label.setStyleSheet(f"color: {theme.text};")
        self.routine_label.setStyleSheet(f"color: {theme.secondary_text};")
        self.before_label.setStyleSheet(f"color: {theme.secondary_text};")
        self.hint_label.setStyleSheet(f"color: {theme.secondary_text};")
        # Disabled (nothing chosen yet), Save looks like the other buttons, in secondary text.
        self.save_button.setStyleSheet(f"QPushButton {{ background: {theme.accent}; color: {theme.accent_text}; "
                                       f"border: none; border-radius: 10px; padding: 0 0.8em; }}"
                                       f"QPushButton:disabled {{ background: {theme.surface}; "
                                       f"color: {theme.secondary_text}; }}")
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
        set_pixel_size(self.before_label, unit * BEFORE_SIZE, bold=True)
        self.before_label.setContentsMargins(round(unit * 0.04), 0, 0, 0)
        set_pixel_size(self.hint_label, unit * SMALL_SIZE)
        for button in (self.save_button, self.skip_button, self.never_button):
            set_pixel_size(button, unit * BUTTON_SIZE, bold=button is self.save_button)
            button.setMinimumHeight(round(unit * 0.095))
        self._size_slider()
