"""One session at a time, on the Qt side: start it, pass the person's commands to it, end it.

The controller (controller.py) decides when a session starts and where the person goes after
it; the runner builds what a running session needs (its SessionDriver, the presenter that
draws it, the voice that speaks it), answers the session's keys, buttons and voice commands,
and takes it all down when the session is left. What a session shows and says lives in the
session room (session/session_presenter.py, session/session_voice.py); its timers in
session/session_driver.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from coach.domain.compiler import compile_timeline
from coach.domain.player import PlayerState
from coach.domain.routine import DEFAULT_LEVEL, Level
from coach.ui.main_window import MainWindow

if TYPE_CHECKING:
    # The session's parts load when the first session starts (tests/test_architecture.py).
    from coach.ui.controller import CoachController
    from coach.ui.session.session_driver import SessionDriver
    from coach.ui.session.session_presenter import SessionPresenter
    from coach.ui.session.session_voice import SessionVoice


class SessionRunner(QObject):
    """Starts, drives and ends the session; a new one drops the one before.

    What it starts a session with (the catalogue, the cue options, the voice, the figures,
    the pain check's streak line) it reads from the controller that holds it, at the start:
    the voice comes after the first paint and the settings change.

    Attributes:
        window: the view (the session screen and the stop question).
        driver: the running session's driver, or None.

    Signals:
        started(SessionDriver): a session began (the history starts its row).
        leaving(SessionDriver): a session is being left before it finished (its row is closed).
        finished(bool): a session ended; True if it ran to the end.
    """

    started = Signal(object)
    leaving = Signal(object)
    finished = Signal(bool)

    def __init__(self, coach: CoachController, window: MainWindow, *, speed: float = 1.0,
                 clock: Callable[[], float] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coach = coach
        self._speed = speed
        self._clock = clock
        self._presenter: SessionPresenter | None = None
        self._voice: SessionVoice | None = None
        self._resume_after_prompt = False
        self.window = window
        self.driver: SessionDriver | None = None
        window.pause_toggle_requested.connect(self.toggle_pause)
        window.next_requested.connect(self.next)
        window.skip_exercise_requested.connect(self.skip_exercise)
        window.back_requested.connect(self.back)
        window.stop_requested.connect(self.ask_to_stop)
        window.visibility_changed.connect(self._on_visibility)

    @property
    def running(self) -> bool:
        """A session is under way (running or paused), not finished."""
        return self.driver is not None and self.driver.state in (PlayerState.RUNNING, PlayerState.PAUSED)

    def start(self, routine_id: str, level: Level = DEFAULT_LEVEL, first_segment: int = 0) -> None:
        from coach.ui.session.session_driver import SessionDriver
        from coach.ui.session.session_presenter import SessionPresenter
        from coach.ui.session.session_voice import SessionVoice

        coach = self._coach
        routine = coach.catalogue.routines[routine_id]
        timeline = compile_timeline(routine, level, coach.cue_options(), coach.catalogue.language)
        self.drop()
        coach.remember(routine_id, level)
        speech = coach.speech
        driver = SessionDriver(timeline, clock=self._clock, speed=self._speed,
                               wait_for_speech=self._gate_on_speech(), parent=self)
        self.driver = driver
        if speech is not None:
            self._voice = SessionVoice(driver, speech, self)
        screen = self.window.session
        screen.set_muted(coach.muted)
        check_in = coach.check_in
        self._presenter = SessionPresenter(driver, screen, coach.figures, speed=self._speed, parent=driver,
                                           streak=check_in.streak_line if check_in is not None else lambda _done: "")
        driver.finished.connect(self._on_finished)
        self.window.setWindowTitle(self.tr("{routine} — Back Coach").format(routine=routine.title))
        self.window.show_session()
        driver.set_visible(self.window.isVisible() and not self.window.isMinimized())
        self.started.emit(driver)
        driver.start(first_segment)

    def _gate_on_speech(self) -> bool:
        """Spoken segments wait for the voice, except in a sped-up demo (speech is not sped up)."""
        speech = self._coach.speech
        return speech is not None and speech.can_speak and self._speed <= 1.0

    def refresh_waiting(self) -> None:
        """The voice settings changed: the session's voice says again whether segments wait for it."""
        if self._voice is not None:
            self._voice.refresh_waiting()

    # ----- commands from keys, buttons and voice commands

    def toggle_pause(self) -> None:
        if self.driver is not None:
            self.driver.toggle_pause()
            self.refresh_countdown()

    def pause(self) -> None:
        if self.driver is not None:
            self.driver.pause()
            self.refresh_countdown()

    def resume(self) -> None:
        if self.driver is not None:
            self.driver.resume()

    def next(self) -> None:
        if self.driver is not None:
            self.driver.next()

    def skip_exercise(self) -> None:
        """The rest of this exercise hurts or is not for today: go to the next one."""
        if self.driver is not None:
            self.driver.next_exercise()

    def back(self) -> None:
        if self.driver is not None:
            self.driver.back()

    def ask_to_stop(self) -> None:
        """Esc: pause while asking; stop on yes, carry on (if it was running) on no."""
        driver = self.driver
        if driver is None or driver.state not in (PlayerState.RUNNING, PlayerState.PAUSED):
            return
        if self.window.stop_prompt is not None:
            return
        self._resume_after_prompt = driver.state is PlayerState.RUNNING
        driver.pause()
        self.window.ask_to_stop(self._on_stop_answer)

    def stop(self) -> None:
        if self.driver is not None:
            self.driver.stop()

    def answer_stop_question(self, stop: bool) -> None:
        """Answer an open stop question (e.g. by voice): True stops, False goes on."""
        question = self.window.stop_prompt
        if question is not None:
            question.answer(stop)

    def _on_stop_answer(self, stop: bool) -> None:
        if stop:
            self.stop()
        elif self.driver is not None and self._resume_after_prompt:
            self.driver.resume()
        self.refresh_countdown()

    def repeat_instruction(self) -> None:
        """Say the current step's words again; the session's timing is untouched (running or paused)."""
        driver = self.driver
        speech = self._coach.speech
        if driver is None or speech is None or not self.running:
            return
        segment = driver.player.segment
        # The segment's own token: a spoken segment waiting for its words is released when they end.
        speech.speak(segment.say or segment.caption, token=segment.index)

    # ----- from the driver and the window

    def refresh_countdown(self) -> None:
        """Redraw the running session's countdown and figure now (after a pause or a step, not only per frame)."""
        if self._presenter is not None:
            self._presenter.refresh()

    def _on_finished(self, completed: bool) -> None:
        if self._presenter is not None:
            self._presenter.finish(completed)
        self.finished.emit(completed)

    def _on_visibility(self, visible: bool) -> None:
        if self.driver is not None:
            self.driver.set_visible(visible)

    def drop(self) -> None:
        """Take the session down (if any); one left before its end says so first (``leaving``)."""
        if self._voice is not None:
            self._voice.detach()
            self._voice.deleteLater()
            self._voice = None
        if self.driver is not None:
            if self.driver.state is not PlayerState.FINISHED:
                self.leaving.emit(self.driver)
            # Leaving a session is not finishing it: no finished signal, no --exit-when-done quit.
            self.driver.blockSignals(True)
            self.driver.stop()  # stops both of its timers too
            self.driver.deleteLater()  # and its presenter, a child
            self.driver = None
            self._presenter = None
