"""The coach's logic on the Qt side: holds the window, starts sessions, answers keys.

The controller holds the view (never the other way round): the window only
emits requests; the controller decides, drives the SessionDriver and tells
the screens what to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from coach.domain.compiler import compile_timeline
from coach.domain.player import PlayerState
from coach.domain.routine import DEFAULT_LEVEL, Level
from coach.domain.routine_loader import Catalogue
from coach.domain.timeline import Segment
from coach.ui.home_screen import RoutineChoice
from coach.ui.main_window import MainWindow
from coach.ui.session_driver import SessionDriver

DEFAULT_ROUTINE = "lower-back"


class CoachController(QObject):
    """Runs the app's flow: safety note, home, session, done.

    Attributes:
        window: the view.
        driver: the running session's driver, or None.
        muted: whether the voice is muted (shown on screen; the voice honours it).

    Signals:
        session_finished(bool): a session ended; True if it ran to the end.
        quit_requested(): --exit-when-done and the session is over.
    """

    session_finished = Signal(bool)
    quit_requested = Signal()

    def __init__(self, window: MainWindow, catalogue: Catalogue, *, speed: float = 1.0,
                 exit_when_done: bool = False, safety_note_read: Callable[[], bool],
                 mark_safety_note_read: Callable[[], None], clock: Callable[[], float] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.catalogue = catalogue
        self.speed = speed
        self.exit_when_done = exit_when_done
        self.driver: SessionDriver | None = None
        self.muted = False
        self._clock = clock
        self._safety_note_read = safety_note_read
        self._mark_safety_note_read = mark_safety_note_read
        self._pending_start: tuple[str, Level] | None = None
        self._resume_after_prompt = False

        window.home.set_routines(self._choices(), selected=DEFAULT_ROUTINE)
        window.home.set_problems([str(problem) for problem in catalogue.problems])
        window.home.start_requested.connect(lambda routine_id, level: self.start(routine_id, Level(level)))
        window.first_run.acknowledged.connect(self._on_acknowledged)
        window.pause_toggle_requested.connect(self.toggle_pause)
        window.play_requested.connect(self.resume)
        window.pause_requested.connect(self.pause)
        window.next_requested.connect(self.next)
        window.back_requested.connect(self.back)
        window.stop_requested.connect(self.ask_to_stop)
        window.mute_requested.connect(self.toggle_mute)
        window.session.home_clicked.connect(self.go_home)
        window.visibility_changed.connect(self._on_visibility)

    # ----- flow

    def open(self, start: tuple[str, Level] | None = None) -> None:
        """Show the first screen: the safety note if unread, else home or the session asked for."""
        self._pending_start = start
        if not self._safety_note_read():
            self.window.show_first_run()
            if self.exit_when_done:
                # Demos and tests: nobody is there to answer. Show it, don't wait, don't record it.
                QTimer.singleShot(0, self._continue_after_safety_note)
            return
        self._continue_after_safety_note()

    def _on_acknowledged(self) -> None:
        self._mark_safety_note_read()
        self._continue_after_safety_note()

    def _continue_after_safety_note(self) -> None:
        if self._pending_start is not None:
            routine_id, level = self._pending_start
            self._pending_start = None
            self.start(routine_id, level)
        else:
            self.go_home()

    def go_home(self) -> None:
        self._drop_driver()
        self.window.setWindowTitle(self.tr("Back Coach"))
        self.window.show_home()

    def start(self, routine_id: str, level: Level = DEFAULT_LEVEL, first_segment: int = 0) -> None:
        routine = self.catalogue.routines[routine_id]
        timeline = compile_timeline(routine, level)
        self._drop_driver()
        driver = SessionDriver(timeline, clock=self._clock, speed=self.speed, parent=self)
        self.driver = driver
        screen = self.window.session
        screen.set_timeline(timeline)
        screen.set_muted(self.muted)
        driver.segment_started.connect(self._on_segment)
        driver.state_changed.connect(lambda state: screen.set_state(PlayerState(state)))
        driver.frame.connect(self.refresh_countdown)
        driver.finished.connect(self._on_finished)
        self.window.setWindowTitle(self.tr("{routine} — Back Coach").format(routine=routine.title))
        self.window.show_session()
        driver.set_visible(self.window.isVisible() and not self.window.isMinimized())
        driver.start(first_segment)

    # ----- commands from keys and buttons

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

    def back(self) -> None:
        if self.driver is not None:
            self.driver.back()

    def toggle_mute(self) -> None:
        self.muted = not self.muted
        self.window.session.set_muted(self.muted)

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

    def _on_stop_answer(self, stop: bool) -> None:
        if stop:
            self.stop()
        elif self.driver is not None and self._resume_after_prompt:
            self.driver.resume()
        self.refresh_countdown()

    # ----- from the driver

    def _on_segment(self, segment: Segment) -> None:
        self.window.session.show_segment(segment)
        self.refresh_countdown()

    def refresh_countdown(self) -> None:
        driver = self.driver
        if driver is None:
            return
        player = driver.player
        self.window.session.set_countdown(player.segment_remaining(), 1.0 - player.segment_progress(),
                                          driver.session_progress(), player.session_remaining())

    def _on_finished(self, completed: bool) -> None:
        self.refresh_countdown()
        self.window.session.set_state(PlayerState.FINISHED, completed)
        self.session_finished.emit(completed)
        if self.exit_when_done:
            self.quit_requested.emit()

    def _on_visibility(self, visible: bool) -> None:
        if self.driver is not None:
            self.driver.set_visible(visible)

    def _drop_driver(self) -> None:
        if self.driver is not None:
            # Leaving a session is not finishing it: no finished signal, no --exit-when-done quit.
            self.driver.blockSignals(True)
            self.driver.stop()
            self.driver.deadline_timer.stop()
            self.driver.frame_timer.stop()
            self.driver.deleteLater()
            self.driver = None

    def _choices(self) -> list[RoutineChoice]:
        return [RoutineChoice(r.id, r.title, r.description, len(r.exercises),
                              {level: compile_timeline(r, level).total_seconds for level in Level})
                for r in self.catalogue.routines.values()]
