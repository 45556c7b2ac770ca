"""The window: a stack of screens and the keys that work from across the room.

Only the home screen is built with the window; every other screen is built
(and its module imported) the first time something asks for it, so start-up
pays for what the first screen shows and nothing else (BENCHMARKS.md §10).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from coach.ui.home.home_screen import HomeScreen
from coach.ui.widgets.theme import LIGHT, Theme, palette_for

if TYPE_CHECKING:  # built on first use
    from coach.ui.home.first_run_screen import FirstRunScreen
    from coach.ui.session.pain_check import PainCheckScreen
    from coach.ui.progress.progress_screen import ProgressScreen
    from coach.ui.session.session_overlays import StopQuestion
    from coach.ui.session.session_screen import SessionScreen

K = Qt.Key


def _first_run_screen() -> QWidget:
    from coach.ui.home.first_run_screen import FirstRunScreen

    return FirstRunScreen()


def _pain_check_screen() -> QWidget:
    from coach.ui.session.pain_check import PainCheckScreen

    return PainCheckScreen()


def _session_screen() -> QWidget:
    from coach.ui.session.session_screen import SessionScreen

    return SessionScreen()


def _progress_screen() -> QWidget:
    from coach.ui.progress.progress_screen import ProgressScreen

    return ProgressScreen()


# The screens built on first use, by the attribute that reaches them.
LAZY_SCREENS: dict[str, Callable[[], QWidget]] = {
    "first_run": _first_run_screen, "pain_check": _pain_check_screen, "session": _session_screen,
    "progress": _progress_screen,
}


class MainWindow(QMainWindow):
    """Holds the first-run, home, pain-check, session and progress screens; turns keys into requests.

    Session keys work while the session screen shows, whatever has focus:
    Space and the media play, pause and play/pause keys toggle pause (a
    keyboard's single play/pause key sends "play" on X11), Right/Left and the
    next/previous media keys move by a step, PageDown or Shift+Right skips the
    rest of the exercise, Esc asks to stop, M mutes. While the stop question
    is open, only its own keys work (Enter stops, Esc goes on).
    F11 and F toggle full screen anywhere.

    Attributes:
        home: the home screen, built with the window.
        first_run, pain_check, session, progress: the other screens, each built on first access
            (``when_built`` wires a screen up as it is built; ``built`` tells whether it is).
        session_actions: the actions live only on the session screen.
        theme: the palette in use (windows of their own, such as reminders, follow it), set at once even
            when the screens take it only as they first show (``style_when_shown``).

    Signals:
        pause_toggle_requested, next_requested, skip_exercise_requested, back_requested, stop_requested,
        mute_requested.
        visibility_changed(bool): shown (and not minimised) or not.
    """

    pause_toggle_requested = Signal()
    next_requested = Signal()
    skip_exercise_requested = Signal()
    back_requested = Signal()
    stop_requested = Signal()
    mute_requested = Signal()
    visibility_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back Coach"))
        self.setMinimumSize(640, 480)
        self.home = HomeScreen()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self._screens: dict[str, QWidget] = {}
        self._waiting: dict[str, list[Callable[[Any], None]]] = {}
        self._close_guard: Callable[[], bool] | None = None
        self.theme: Theme = LIGHT
        self._themed = False  # the screens have taken self.theme
        self._style_waits_for_show = False  # style_when_shown(), until the window first shows
        self._style_pending = False  # a theme was chosen while the styling waited

        self.session_actions = [
            self._action(self.tr("Pause or resume"), self.pause_toggle_requested,
                         K.Key_Space, K.Key_MediaTogglePlayPause, K.Key_MediaPlay, K.Key_MediaPause),
            self._action(self.tr("Next step"), self.next_requested, K.Key_Right, K.Key_MediaNext),
            self._action(self.tr("Skip this exercise"), self.skip_exercise_requested, K.Key_PageDown,
                         QKeySequence(Qt.KeyboardModifier.ShiftModifier | K.Key_Right)),
            self._action(self.tr("Back a step"), self.back_requested, K.Key_Left, K.Key_MediaPrevious),
            self._action(self.tr("Stop"), self.stop_requested, K.Key_Escape, K.Key_MediaStop),
            self._action(self.tr("Mute"), self.mute_requested, K.Key_M),
        ]
        self.fullscreen_action = self._action(self.tr("Full screen"), None, K.Key_F11, K.Key_F)
        self.fullscreen_action.triggered.connect(self.toggle_full_screen)
        self.when_built("session", self._wire_session)
        self.stack.currentChanged.connect(self._enable_session_keys)
        self._enable_session_keys()

    # ----- screens built on first use

    @property
    def first_run(self) -> FirstRunScreen:
        return self._screen("first_run")  # type: ignore[return-value]

    @property
    def pain_check(self) -> PainCheckScreen:
        return self._screen("pain_check")  # type: ignore[return-value]

    @property
    def session(self) -> SessionScreen:
        return self._screen("session")  # type: ignore[return-value]

    @property
    def progress(self) -> ProgressScreen:
        return self._screen("progress")  # type: ignore[return-value]

    def built(self, name: str) -> Any:
        """The screen called ``name`` if it has been built, else None (never builds it)."""
        return self._screens.get(name)

    def when_built(self, name: str, wire: Callable[[Any], None]) -> None:
        """Call ``wire(screen)`` as the screen called ``name`` is built (at once if it already is).

        Callbacks run in the order they were given, before anything else sees the screen.
        """
        if name not in LAZY_SCREENS:
            raise KeyError(f"no screen called {name!r} is built on first use")
        screen = self._screens.get(name)
        if screen is not None:
            wire(screen)
        else:
            self._waiting.setdefault(name, []).append(wire)

    def _screen(self, name: str) -> QWidget:
        screen = self._screens.get(name)
        if screen is None:
            screen = self._screens[name] = LAZY_SCREENS[name]()
            self.stack.addWidget(screen)
            if self._themed:
                screen.set_theme(self.theme)  # type: ignore[attr-defined]
            for wire in self._waiting.pop(name, []):
                wire(screen)
        return screen

    def _wire_session(self, session: SessionScreen) -> None:
        session.pause_clicked.connect(self.pause_toggle_requested)
        session.next_clicked.connect(self.next_requested)
        session.back_clicked.connect(self.back_requested)
        session.stop_clicked.connect(self.stop_requested)
        for action in self.session_actions:
            # A key says the person is at the keyboard: show the controls and the key hint.
            action.triggered.connect(session.reveal_controls)
        session.stop_question.answered.connect(self._enable_session_keys)

    def _action(self, text: str, signal: SignalInstance | None, *keys: K | QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([key if isinstance(key, QKeySequence) else QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if signal is not None:
            action.triggered.connect(signal)
        self.addAction(action)
        return action

    @property
    def stop_prompt(self) -> StopQuestion | None:
        """The stop question, while it is open."""
        session = self.built("session")
        if session is None:
            return None
        question: StopQuestion = session.stop_question
        return question if question.isVisible() else None

    def _enable_session_keys(self) -> None:
        session = self.built("session")
        on_session = session is not None and self.stack.currentWidget() is session and self.stop_prompt is None
        for action in self.session_actions:
            action.setEnabled(on_session)

    # ----- screens

    def show_first_run(self) -> None:
        self.stack.setCurrentWidget(self.first_run)
        self.first_run.button.setFocus()

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.home.routine_list.setFocus()

    def show_session(self) -> None:
        self.stack.setCurrentWidget(self.session)
        self.session.setFocus()

    def show_pain_check(self, moment: str, routine_title: str, suggested: int | None = None) -> None:
        self.pain_check.ask(moment, routine_title, suggested)
        self.stack.setCurrentWidget(self.pain_check)
        self.pain_check.setFocus()

    def show_progress(self) -> None:
        self.stack.setCurrentWidget(self.progress)
        self.progress.setFocus()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self._style_waits_for_show:
            self._style_pending = True
            return
        self._style_screens()

    def style_when_shown(self) -> None:
        """Style the screens (their palette and style sheets) only just before the window first shows.

        For an app started in the tray, whose window may never open: the style sheets cost memory and
        time for screens nobody sees (BENCHMARKS.md §20). The screens look the same as styled at once.
        """
        if not self.isVisible():
            self._style_waits_for_show = True

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        # show(), showMinimized() and the rest all come here: the one place before the first show.
        if visible and self._style_waits_for_show:
            self._style_waits_for_show = False
            if self._style_pending:
                self._style_pending = False
                self._style_screens()
        super().setVisible(visible)

    def _style_screens(self) -> None:
        self._themed = True
        self.setPalette(palette_for(self.theme))
        self.home.set_theme(self.theme)
        for screen in self._screens.values():  # the others take the theme as they are built
            screen.set_theme(self.theme)  # type: ignore[attr-defined]

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def ask_to_stop(self, answer: Callable[[bool], None]) -> StopQuestion:
        """Ask before stopping a session, on the session screen itself; Enter stops, Esc goes on.

        ``answer(True)`` is called if the person chose to stop, ``answer(False)`` otherwise.
        """
        question = self.session.ask_to_stop(answer)
        self._enable_session_keys()
        return question

    # ----- visibility, for the animation timer

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.visibility_changed.emit(not self.isMinimized())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.visibility_changed.emit(self.isVisible() and not self.isMinimized())

    def set_close_guard(self, guard: Callable[[], bool]) -> None:
        """Ask ``guard`` before the window closes; False keeps the app running (hidden to the tray, or minimised)."""
        self._close_guard = guard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._close_guard is not None and not self._close_guard():
            event.ignore()  # hidden to the tray, or minimised: the app carries on
            return
        if self.stop_prompt is not None:
            self.stop_prompt.answer(False)
        super().closeEvent(event)
