"""The window: a stack of screens and the keys that work from across the room."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from coach.ui.first_run_screen import FirstRunScreen
from coach.ui.home_screen import HomeScreen
from coach.ui.pain_check import PainCheckScreen
from coach.ui.progress_screen import ProgressScreen
from coach.ui.session_overlays import StopQuestion
from coach.ui.session_screen import SessionScreen
from coach.ui.theme import LIGHT, Theme, palette_for

K = Qt.Key


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
        first_run, home, pain_check, session, progress: the screens.
        session_actions: the actions live only on the session screen.
        theme: the palette in use (windows of their own, such as reminders, follow it).
        close_guard: called on close; returning False keeps the app (hidden or minimised).

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
        self.first_run = FirstRunScreen()
        self.home = HomeScreen()
        self.session = SessionScreen()
        self.pain_check = PainCheckScreen()
        self.progress = ProgressScreen()
        self.stack = QStackedWidget()
        for screen in (self.first_run, self.home, self.pain_check, self.session, self.progress):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        # Asked before the window closes; False keeps the app running (the tray, or minimised).
        self.close_guard: Callable[[], bool] | None = None
        self.theme: Theme = LIGHT

        self.session.pause_clicked.connect(self.pause_toggle_requested)
        self.session.next_clicked.connect(self.next_requested)
        self.session.back_clicked.connect(self.back_requested)
        self.session.stop_clicked.connect(self.stop_requested)

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
        for action in self.session_actions:
            # A key says the person is at the keyboard: show the controls and the key hint.
            action.triggered.connect(self.session.reveal_controls)
        self.stack.currentChanged.connect(self._enable_session_keys)
        self.session.stop_question.answered.connect(self._enable_session_keys)
        self._enable_session_keys()

    def _action(self, text: str, signal: Signal | None, *keys: K | QKeySequence) -> QAction:
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
        question = self.session.stop_question
        return question if question.isVisible() else None

    def _enable_session_keys(self) -> None:
        on_session = self.stack.currentWidget() is self.session and self.stop_prompt is None
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
        self.setPalette(palette_for(theme))
        self.first_run.set_theme(theme)
        self.home.set_theme(theme)
        self.session.set_theme(theme)
        self.pain_check.set_theme(theme)
        self.progress.set_theme(theme)

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.close_guard is not None and not self.close_guard():
            event.ignore()  # hidden to the tray, or minimised: the app carries on
            return
        if self.stop_prompt is not None:
            self.stop_prompt.answer(False)
        super().closeEvent(event)
