"""The screen followed from the floor: one hero number in the ring, the figure, the step's words.

Laid out by hand from the window's size alone, never from the texts, so the
ring and the figure keep one place and size for a whole session: a longer
caption, a pause or a stop question moves nothing. Everything a person needs
mid-exercise (the rep of how many, the seconds, the side, the words, the time
left) is sized to read from 3 m; the buttons stay away until the mouse moves.

The rectangles come from session_layout.py, the details row and the rest's card from
details_band.py, the overlays from session_overlays.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from coach.domain.figure_track import FigureFrame
from coach.domain.floor_view import (
    HeroKind,
    SessionSummary,
    exercise_name,
    hero_of,
    next_step,
)
from coach.domain.player import PlayerState
from coach.domain.timeline import Segment, Timeline
from coach.ui.widgets.caption_label import CaptionLabel
from coach.ui.widgets.figure_flip import FigureFlip
from coach.ui.widgets.figure_view import FigureView
from coach.ui.widgets.progress_strip import ProgressStrip
from coach.ui.widgets.ring import CountdownRing
from coach.ui.widgets.scaling import font_unit, set_pixel_size
from coach.ui.widgets.screen_keys import add_screen_keys
from coach.ui.session.details_band import DetailsBand
from coach.ui.session.session_overlays import ControlsBar, StopQuestion, Veil, plain_label
from coach.ui.session.session_words import SessionWords
from coach.ui.session.session_layout import SessionLayout, session_layout
from coach.ui.session.summary_card import SummaryCard
from coach.ui.widgets.theme import LIGHT, Theme

# Type sizes as fractions of the font unit (the window's height, unless it is narrow).
NAME_SIZE, INFO_SIZE, BADGE_SIZE = 0.065, 0.055, 0.035
CAPTION_LARGE, CAPTION_SMALL = 0.08, 0.055


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class SessionScreen(QWidget):
    """Shows one session: the hero number in a ring, the figure, the step, what comes next, time left.

    The screen only shows what it is told; the controller connects it to a
    SessionDriver and answers its signals.

    Attributes:
        ring, figure: the countdown ring and the moving figure (fixed places).
        exercise_label, position_label, time_left_label: the header (a long name is shortened with "…").
        details: the details band (details_band.py); details_label (round, side, the rep while a hold's
            seconds are the hero), next_label (the next step worth knowing) and up_next_label (the rest's
            "Up next" card) are its labels.
        caption_label: the step's words.
        flip: turns the figure over at a switch of side.
        paused_veil, stop_question, controls, summary: the layers and the end card.
        layout_rects: where everything sits at the current size.
        words: makes the generated words (details, next step, the rest's card).

    Signals:
        pause_clicked, back_clicked, next_clicked, stop_clicked: the controls' buttons.
        home_clicked(): leave a finished session (Enter or the card's button).
    """

    pause_clicked = Signal()
    back_clicked = Signal()
    next_clicked = Signal()
    stop_clicked = Signal()
    home_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._names: dict[str, str] = {}
        self._theme = LIGHT
        self._showing_done = False
        self._time_left_shown = -1
        self._figure_wanted = True
        self._paused = False
        self._full_name = ""
        self._shown_side: str | None = None
        self.layout_rects: SessionLayout | None = None
        self.words = SessionWords(self)

        self.exercise_label = plain_label(wrap=False, parent=self)
        self.position_label = plain_label(wrap=False, right=True, parent=self)
        self.time_left_label = plain_label(wrap=False, right=True, parent=self)
        self.ring = CountdownRing(self)
        self.figure = FigureView(self)
        self.caption_label = CaptionLabel(self)
        self.details = DetailsBand(self, self.words, self.caption_label)
        self.details_label, self.next_label, self.up_next_label = self.details.labels()
        self.muted_label = plain_label(self.tr("Muted (M)"), wrap=False, parent=self)
        self.voice_note_label = plain_label(parent=self)
        for hidden in (self.muted_label, self.voice_note_label):
            hidden.hide()
        self.progress_bar = ProgressStrip(self)

        self.flip = FigureFlip(self.figure, self)
        self.summary = SummaryCard(self)
        self.summary.done_clicked.connect(self.home_clicked)
        self.controls = ControlsBar(self)
        self.controls.pause_clicked.connect(self.pause_clicked)
        self.controls.back_clicked.connect(self.back_clicked)
        self.controls.next_clicked.connect(self.next_clicked)
        self.controls.stop_clicked.connect(self.stop_clicked)
        self.paused_veil = Veil(self, self.tr("Paused"), self.tr("Space to go on"))
        self.stop_question = StopQuestion(self)

        # Enter leaves a finished session; it is live only then, so it never takes Enter from a dialog.
        self.done_shortcuts = add_screen_keys(self, ((Qt.Key.Key_Return, self.home_clicked.emit),
                                                     (Qt.Key.Key_Enter, self.home_clicked.emit)))
        for shortcut in self.done_shortcuts:
            shortcut.setEnabled(False)
        # Any mouse move over the screen brings the controls back for a while.
        # The parts that only show things let the mouse through to the screen (an event filter on
        # them would run Python for every paint of every frame).
        self.setMouseTracking(True)
        # (The details band does the same for its labels.)
        for shown in (self.exercise_label, self.position_label, self.time_left_label, self.ring, self.figure,
                      self.caption_label, self.muted_label, self.voice_note_label, self.progress_bar,
                      self.paused_veil):
            shown.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    # ----- what it shows

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.ring.set_theme(theme)
        self.figure.set_theme(theme)
        for layer in (self.paused_veil, self.stop_question, self.controls, self.summary):
            layer.set_theme(theme)
        for label in (self.exercise_label, self.caption_label):
            label.setStyleSheet(f"color: {theme.text};")
        for label in (self.position_label, self.time_left_label):
            label.setStyleSheet(f"color: {theme.secondary_text};")
        self.details.set_theme(theme)
        self.muted_label.setStyleSheet(f"color: {theme.warning}; font-weight: bold;")
        self.voice_note_label.setStyleSheet(f"color: {theme.warning};")
        self.progress_bar.set_theme(theme)

    def set_timeline(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._names = {exercise: exercise_name(timeline, exercise) for exercise in timeline.exercise_ids()}
        self.summary.set_exercise_names(self._names)
        self._time_left_shown = -1
        self.summary.hide()
        self.flip.finish()
        self._shown_side = None
        self.stop_question.hide()
        self.controls.dismiss()
        self._set_running_parts_visible(True)
        self.set_state(PlayerState.IDLE)

    def show_segment(self, segment: Segment) -> None:
        timeline = self._timeline
        assert timeline is not None, "set_timeline() first"
        exercise_ids = timeline.exercise_ids()
        if segment.exercise is None:
            name, position = timeline.title, ""
        else:
            name = self._names[segment.exercise]
            position = self.tr("Exercise {number} of {count}").format(
                number=exercise_ids.index(segment.exercise) + 1, count=len(exercise_ids)) \
                if len(exercise_ids) > 1 else ""
        if (name, position) != (self._full_name, self.position_label.text()):
            self._full_name = name
            self.position_label.setText(position)
            self._place_header()
        hero = hero_of(segment)
        self._showing_done = hero.kind is HeroKind.DONE
        if segment.side is not None:
            if hero.kind is HeroKind.SIDE and self._shown_side not in (None, segment.side) \
                    and self.figure.isVisible():
                self.flip.flip()
            self._shown_side = segment.side
        if hero.kind is HeroKind.REPS:
            self.ring.set_centre(str(hero.rep), f"/{hero.reps}")
        elif hero.kind is HeroKind.SIDE:
            self.ring.set_centre(self.words.side_word(hero.side))
        elif hero.kind is HeroKind.DONE:
            self.ring.set_centre("✓")
        else:
            self.ring.set_centre()
        self.caption_label.set_caption(segment.caption)
        self.paused_veil.set_detail(segment.caption)
        self.details.show(segment, hero.kind, next_step(timeline, segment))

    def show_figure(self, frame: FigureFrame | None) -> None:
        """The figure at this instant (None: the background only, e.g. at the end)."""
        self.figure.show_frame(frame)

    def set_figure_shown(self, shown: bool) -> None:
        """Hidden for a routine none of whose exercises has a figure; the ring keeps its place."""
        self._figure_wanted = shown
        self.figure.setVisible(shown and not self.summary.isVisibleTo(self))

    def set_countdown(self, remaining: float, fraction_left: float, session_progress: float,
                      session_remaining: float) -> None:
        # The end is not a countdown: a full ring around the tick.
        self.ring.set_countdown(remaining, 1.0 if self._showing_done else fraction_left)
        whole = int(session_remaining + 0.999)
        if whole != self._time_left_shown:  # once a second, not every frame
            self._time_left_shown = whole
            self.progress_bar.set_fraction(session_progress)
            self.time_left_label.setText(self.tr("{time} left").format(time=clock_text(session_remaining)))

    def set_state(self, state: PlayerState) -> None:
        paused = self._paused = state is PlayerState.PAUSED
        self.controls.set_paused(paused)
        self.paused_veil.setVisible(paused and not self.stop_question.isVisible())
        if paused:
            self.paused_veil.raise_()
        self.controls.pin(paused)
        # The controls, pinned while paused, cover the caption's second line: the veil shows the step
        # in full instead, and the cut caption is not left showing under it. Nothing else moves.
        self.caption_label.setVisible(not paused)
        finished = state is PlayerState.FINISHED
        # Enter leaves only a finished session: during the closing words it would cut the session short.
        for shortcut in self.done_shortcuts:
            shortcut.setEnabled(finished)
        self.summary.done_button.setVisible(finished)
        if finished:
            self.paused_veil.hide()
            self.stop_question.hide()
            self.controls.dismiss()

    def show_summary(self, summary: SessionSummary, streak: str = "") -> None:
        """The end: the card replaces the ring, figure and words (no stale caption, no "0:00 left").

        Shown from the start of the closing words; Enter leaves it once the session has finished.
        """
        self.summary.show_summary(summary, streak)
        if self._timeline is not None:  # the header names the routine, not the exercise it ended in
            self._full_name = self._timeline.title
            self.position_label.setText("")
            self._place_header()
        self._set_running_parts_visible(False)
        self.flip.finish()
        self.summary.show()
        self.summary.raise_()

    def ask_to_stop(self, answer: Callable[[bool], None]) -> StopQuestion:
        """Ask in the app's own large type; ``answer(True)`` to stop, ``answer(False)`` to go on."""
        question = self.stop_question

        def answered(stop: bool) -> None:
            question.answered.disconnect(answered)
            answer(stop)
            if self._paused:  # "go on" to a session that was paused before the question: say so again
                self.set_state(PlayerState.PAUSED)

        question.answered.connect(answered)
        self.paused_veil.hide()
        self.controls.dismiss()
        question.ask()
        return question

    def set_voice_note(self, note: str) -> None:
        """Why the voice is not working, if it is not; the session goes on with captions."""
        self.voice_note_label.setText(note)
        self.voice_note_label.setVisible(bool(note))
        self._place_badges()

    def set_muted(self, muted: bool) -> None:
        self.muted_label.setVisible(muted)
        self._place_badges()

    def reveal_controls(self) -> None:
        """A key or a mouse move: show the controls and the key hint for a few seconds."""
        if not self.summary.isVisible() and not self.stop_question.isVisible():
            self.controls.reveal()

    # ----- layout

    def _set_running_parts_visible(self, visible: bool) -> None:
        for part in (self.ring, self.caption_label, self.progress_bar, self.time_left_label):
            part.setVisible(visible)
        self.details.set_running(visible)
        self.figure.setVisible(visible and self._figure_wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        unit = font_unit(self)
        # The details' size first (it depends on the language's longest line and the row's width),
        # then the layout that gives it, and the rest's card, their heights.
        row_width = session_layout(self.width(), self.height(), unit).details.width()
        details_height, card_height = self.details.fit(row_width, unit)
        rects = session_layout(self.width(), self.height(), unit, details_height=details_height,
                               card_height=card_height)
        self.layout_rects = rects
        set_pixel_size(self.exercise_label, unit * NAME_SIZE, bold=True)
        set_pixel_size(self.position_label, unit * INFO_SIZE)
        set_pixel_size(self.time_left_label, unit * NAME_SIZE, bold=True)
        for label in (self.muted_label, self.voice_note_label):
            set_pixel_size(label, unit * BADGE_SIZE)
        self.caption_label.set_sizes(round(unit * CAPTION_LARGE), round(unit * CAPTION_SMALL))
        self._place_header()
        self.ring.setGeometry(rects.ring)
        self.flip.finish()
        self.figure.setGeometry(rects.figure)
        self.caption_label.setGeometry(rects.caption)
        self.details.place(rects.details, rects.card)
        self.progress_bar.setGeometry(rects.progress)
        self.controls.set_unit(unit)
        self.controls.setGeometry(rects.controls)
        for layer in (self.paused_veil, self.stop_question):
            layer.set_unit(unit)
            layer.setGeometry(self.rect())
        self.summary.set_unit(unit)
        self.summary.setGeometry(rects.summary)
        self._place_badges()

    def _place_header(self) -> None:
        """Time left on the right, "Exercise 1 of 5" beside it, the name in what is left (shortened if long)."""
        rects = self.layout_rects
        if rects is None:
            return
        header = rects.header
        time_width = self.time_left_label.fontMetrics().horizontalAdvance(
            self.tr("{time} left").format(time="88:88")) + 4
        gap = round(header.height() * 0.5)
        right = header.right() + 1
        # Thai marks stack above and below the line: its fonts need taller lines than Latin at the same size.
        # The header's texts get the height their font asks for, centred on the header's row.
        sample = self.tr("{time} left").format(time="88:88")
        height = max(header.height(), self.time_left_label.fontMetrics().boundingRect(QRect(), 0, sample).height())
        header = QRect(header.left(), header.center().y() - height // 2, header.width(), height)
        self.time_left_label.setGeometry(right - time_width, header.top(), time_width, header.height())
        right -= time_width + gap
        position = self.position_label.text()
        position_width = self.position_label.fontMetrics().horizontalAdvance(position) + 4 if position else 0
        self.position_label.setGeometry(right - position_width, header.top(), position_width, header.height())
        right -= position_width + gap if position else 0
        width = max(0, right - header.left())
        self.exercise_label.setGeometry(header.left(), header.top(), width, header.height())
        name = self._full_name
        self.exercise_label.setText(self.exercise_label.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideRight, width))
        self.exercise_label.setAccessibleName(name)

    def _place_badges(self) -> None:
        """The muted mark and a voice problem: small, in the figure's top right corner."""
        rects = self.layout_rects
        if rects is None:
            return
        box = rects.figure
        y = box.top()
        for label in (self.muted_label, self.voice_note_label):
            if label.isVisibleTo(self):
                width = min(box.width() // 2 if label is self.voice_note_label else box.width(),
                            label.sizeHint().width())
                height = label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height()
                label.setGeometry(box.right() + 1 - width, y, width, height)
                label.raise_()
                y += height

    # ----- the controls come back on a mouse move

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.reveal_controls()
        super().mouseMoveEvent(event)
