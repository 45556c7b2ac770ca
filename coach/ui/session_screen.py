"""The screen followed from the floor: exercise, step, countdown ring, what comes next."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.domain.figure_track import FigureFrame
from coach.domain.player import PlayerState
from coach.domain.timeline import Segment, SegmentKind, Timeline
from coach.ui.figure_view import FigureView
from coach.ui.fitting_label import FittingLabel
from coach.ui.ring import CountdownRing
from coach.ui.scaling import font_unit, set_pixel_size
from coach.ui.screen_keys import add_screen_keys
from coach.ui.theme import LIGHT, Theme

# Sizes as fractions of the screen's height: the caption (the step) never goes
# below 4 %; the ring takes up to 44 % beside the figure, or 26 % above it in a
# tall window, where the figure needs the height.
CAPTION_MAX, CAPTION_MIN = 0.085, 0.042
RING_SHARE, RING_SHARE_TALL = 0.44, 0.26
NAME_SIZE, DETAIL_MAX, DETAIL_MIN, NEXT_MAX, NEXT_MIN, SMALL_SIZE = 0.06, 0.045, 0.032, 0.045, 0.03, 0.032


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class SessionScreen(QWidget):
    """Shows one session: the current step large, a countdown ring, progress, and controls.

    The screen only shows what it is told; the controller connects it to a
    SessionDriver and handles the buttons.

    Signals:
        pause_clicked, back_clicked, next_clicked, stop_clicked, home_clicked: the buttons.
    """

    pause_clicked = Signal()
    back_clicked = Signal()
    next_clicked = Signal()
    stop_clicked = Signal()
    home_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._theme = LIGHT
        self._muted = False
        self._showing_done = False
        self._time_left_shown = -1

        self.exercise_label = QLabel()
        self.exercise_label.setTextFormat(Qt.TextFormat.PlainText)
        self.position_label = QLabel()
        self.position_label.setTextFormat(Qt.TextFormat.PlainText)
        self.muted_label = QLabel(self.tr("Muted (M)"))
        self.muted_label.hide()
        self.voice_note_label = QLabel()
        self.voice_note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.voice_note_label.setWordWrap(True)
        self.voice_note_label.hide()
        self.caption_label = FittingLabel(bold=True)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.details_label = FittingLabel(bold=True)
        self.next_label = FittingLabel()
        self.ring = CountdownRing()
        self.figure = FigureView()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.time_left_label = QLabel()
        self.time_left_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pause_button = QPushButton()
        self.back_button = QPushButton(self.tr("Back (←)"))
        self.next_button = QPushButton(self.tr("Next (→)"))
        self.stop_button = QPushButton(self.tr("Stop (Esc)"))
        self.home_button = QPushButton(self.tr("Done (Enter)"))
        self.home_button.hide()
        for button, signal in ((self.pause_button, self.pause_clicked), (self.back_button, self.back_clicked),
                               (self.next_button, self.next_clicked), (self.stop_button, self.stop_clicked),
                               (self.home_button, self.home_clicked)):
            # Keys work through the window's shortcuts; a focused button must not eat Space.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal)
        # Enter leaves a finished session; it is live only then, so it never takes Enter from a dialog.
        self.done_shortcuts = add_screen_keys(self, ((Qt.Key.Key_Return, self.home_clicked.emit),
                                                     (Qt.Key.Key_Enter, self.home_clicked.emit)))
        for shortcut in self.done_shortcuts:
            shortcut.setEnabled(False)
        self._set_pause_text(paused=False)
        self._build_layout()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.exercise_label, 1)
        header.addWidget(self.muted_label)
        header.addSpacing(24)
        header.addWidget(self.position_label)

        # The ring times the move, the figure beside it shows it, the words under both say it:
        # a step's words get the whole width, so long setup steps stay large.
        # In a tall window the figure goes under the ring, to have the whole width.
        self.middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.middle.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        self.middle.addWidget(self.figure, 1)

        text_column = QVBoxLayout()
        text_column.addWidget(self.caption_label, 4)
        text_column.addWidget(self.status_label)
        text_column.addWidget(self.details_label, 1)
        text_column.addWidget(self.next_label, 1)

        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.time_left_label)

        buttons = QHBoxLayout()
        for button in (self.pause_button, self.back_button, self.next_button, self.stop_button, self.home_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.outer = QVBoxLayout(self)
        outer = self.outer
        outer.addLayout(header)
        outer.addWidget(self.voice_note_label)
        outer.addLayout(self.middle, 3)
        outer.addLayout(text_column, 2)
        outer.addLayout(progress_row)
        outer.addLayout(buttons)

    # ----- what it shows

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.ring.set_theme(theme)
        self.figure.set_theme(theme)
        secondary = f"color: {theme.secondary_text};"
        for label in (self.position_label, self.next_label, self.time_left_label):
            label.setStyleSheet(secondary)
        self.muted_label.setStyleSheet(f"color: {theme.warning}; font-weight: bold;")
        self.status_label.setStyleSheet(f"color: {theme.warning}; font-weight: bold;")
        self.voice_note_label.setStyleSheet(f"color: {theme.warning};")
        self.progress_bar.setStyleSheet(
            f"QProgressBar {{ background: {theme.surface}; border: none; border-radius: 4px; }}"
            f"QProgressBar::chunk {{ background: {theme.accent}; border-radius: 4px; }}")

    def set_timeline(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self.home_button.hide()
        for shortcut in self.done_shortcuts:
            shortcut.setEnabled(False)
        for button in (self.pause_button, self.back_button, self.next_button, self.stop_button):
            button.show()
        self.set_state(PlayerState.IDLE)

    def show_segment(self, segment: Segment) -> None:
        timeline = self._timeline
        assert timeline is not None, "set_timeline() first"
        exercise_ids = timeline.exercise_ids()
        if segment.exercise is None:
            self.exercise_label.setText(timeline.title)
            self.position_label.setText("")
        else:
            routine_exercise = next(s for s in timeline.segments if s.exercise == segment.exercise)
            self.exercise_label.setText(routine_exercise.caption)
            self.position_label.setText(self.tr("Exercise {number} of {count}").format(
                number=exercise_ids.index(segment.exercise) + 1, count=len(exercise_ids))
                if len(exercise_ids) > 1 else "")
        self.caption_label.setText(segment.caption)
        self.details_label.setText("    ".join(self._details(segment)))
        self.next_label.setText(self._next_text(timeline, segment))
        done = segment.kind is SegmentKind.DONE
        self._showing_done = done
        self.ring.set_label(self._ring_word(segment.kind), "✓" if done else "")

    def show_figure(self, frame: FigureFrame | None) -> None:
        """The figure at this instant (None: the background only, e.g. at the end)."""
        self.figure.show_frame(frame)

    def set_figure_shown(self, shown: bool) -> None:
        """Hidden for a routine none of whose exercises has a figure, so the words get the room."""
        self.figure.setVisible(shown)

    def set_countdown(self, remaining: float, fraction_left: float, session_progress: float,
                      session_remaining: float) -> None:
        # The end is not a countdown: a full ring around the tick.
        self.ring.set_countdown(remaining, 1.0 if self._showing_done else fraction_left)
        whole = int(session_remaining + 0.999)
        if whole != self._time_left_shown:  # once a second, not every frame
            self._time_left_shown = whole
            self.progress_bar.setValue(round(session_progress * 1000))
            self.time_left_label.setText(self.tr("{time} left").format(time=clock_text(session_remaining)))

    def set_state(self, state: PlayerState, completed: bool = False) -> None:
        paused = state is PlayerState.PAUSED
        self._set_pause_text(paused)
        self.status_label.setText(self.tr("Paused. Press Space to go on.") if paused else "")
        self.status_label.setVisible(paused)
        if state is PlayerState.FINISHED:
            for button in (self.pause_button, self.back_button, self.next_button, self.stop_button):
                button.hide()
            self.home_button.show()
            for shortcut in self.done_shortcuts:
                shortcut.setEnabled(True)
            self.next_label.setText("" if completed else self.tr("Stopped early. That is fine: every bit helps."))

    def set_voice_note(self, note: str) -> None:
        """Why the voice is not working, if it is not; the session goes on with captions."""
        self.voice_note_label.setText(note)
        self.voice_note_label.setVisible(bool(note))

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.muted_label.setVisible(muted)

    # ----- helpers

    def _pause_texts(self) -> tuple[str, str]:
        return self.tr("Pause (Space)"), self.tr("Resume (Space)")

    def _set_pause_text(self, paused: bool) -> None:
        self.pause_button.setText(self._pause_texts()[1 if paused else 0])

    def _details(self, segment: Segment) -> list[str]:
        """Rep 7 / 15, Round 2 / 3, Left side: whichever apply."""
        details = []
        if segment.rep and segment.reps and segment.reps > 1:
            details.append(self.tr("Rep {rep} / {reps}").format(rep=segment.rep, reps=segment.reps))
        if segment.round and segment.rounds and segment.rounds > 1:
            details.append(self.tr("Round {round} / {rounds}").format(round=segment.round, rounds=segment.rounds))
        side = self._side_text(segment.side)
        if side:
            details.append(side)
        return details

    def _side_text(self, side: str | None) -> str:
        if side == "left":
            return self.tr("Left side")
        if side == "right":
            return self.tr("Right side")
        return ""

    def _ring_word(self, kind: SegmentKind) -> str:
        words = {SegmentKind.HOLD: self.tr("hold"), SegmentKind.REST: self.tr("rest"),
                 SegmentKind.MOVE: self.tr("move"), SegmentKind.SWITCH: self.tr("switch")}
        return words.get(kind, "")

    def _next_text(self, timeline: Timeline, segment: Segment) -> str:
        if segment.index + 1 >= len(timeline.segments):
            return ""
        # An exercise's first segment is its announcement, whose caption is its name. A preview is
        # a glance, not the instruction: the first sentence is enough.
        caption = timeline.segments[segment.index + 1].caption
        first_sentence = re.split(r"(?<=[.!?])\s", caption, maxsplit=1)[0]
        return self.tr("Next: {step}").format(step=first_sentence)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        height = self.height()
        unit = font_unit(self)
        margin = round(unit * 0.035)
        self.outer.setContentsMargins(margin, margin, margin, margin)
        self.outer.setSpacing(round(unit * 0.02))
        wide = self.width() >= height * 1.15
        # The ring never takes more than 40 % of the width: the figure beside it needs the rest.
        ring_side = round(min(height * (RING_SHARE if wide else RING_SHARE_TALL), self.width() * 0.4))
        self.middle.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        # Beside the figure its width is fixed and its height is what the row gets (the ring draws the
        # largest circle that fits); above the figure it is a fixed square.
        self.ring.setFixedWidth(ring_side)
        self.ring.setMinimumHeight(120 if wide else ring_side)
        self.ring.setMaximumHeight(16_777_215 if wide else ring_side)  # Qt's "no limit"
        # The step itself keeps its floor of 4 % of the window's height, whatever the shape.
        self.caption_label.set_size_range(round(height * CAPTION_MIN), round(max(unit, height * 0.6) * CAPTION_MAX))
        self.details_label.set_size_range(round(unit * DETAIL_MIN), round(unit * DETAIL_MAX))
        self.next_label.set_size_range(round(unit * NEXT_MIN), round(unit * NEXT_MAX))
        for label in (self.details_label, self.next_label):
            label.keep_one_line()
        set_pixel_size(self.exercise_label, unit * NAME_SIZE, bold=True)
        for label in (self.position_label, self.time_left_label, self.muted_label, self.voice_note_label):
            set_pixel_size(label, unit * SMALL_SIZE)
        set_pixel_size(self.status_label, unit * DETAIL_MAX, bold=True)
        for button in (self.pause_button, self.back_button, self.next_button, self.stop_button, self.home_button):
            set_pixel_size(button, unit * SMALL_SIZE)
            button.setMinimumHeight(round(unit * 0.075))
            # Wide enough for every text the button shows (Pause and Resume alike).
            texts = self._pause_texts() if button is self.pause_button else (button.text(),)
            widest = max(button.fontMetrics().horizontalAdvance(text) for text in texts)
            button.setMinimumWidth(widest + round(unit * 0.06))
        self.progress_bar.setFixedHeight(max(6, round(unit * 0.014)))
