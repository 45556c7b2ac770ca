"""Start the Qt application: the window, the controller, the theme, the translations."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from coach.domain.routine import Level
from coach.domain.routine_loader import Catalogue
from coach.storage import safety_note
from coach.storage import settings as settings_store
from coach.storage.paths import user_cache_dir, user_state_dir
from coach.storage.settings import Settings
from coach.ui.controller import CoachController
from coach.ui.i18n import install_translators
from coach.ui.main_window import MainWindow
from coach.ui.resident import Resident
from coach.ui.single_instance import SingleInstance
from coach.ui.theme import THEMES, ThemeName, system_theme

if TYPE_CHECKING:
    from coach.speech.service import SpeechService

DEFAULT_SIZE = (1280, 720)


def application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, created once, named and styled for the app."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "backcoach", *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("backcoach")
    app.setApplicationDisplayName("Back Coach")
    app.setDesktopFileName("io.github.backcoach.BackCoach")
    app.setStyle("Fusion")  # the same look on every desktop, and our palette applies fully
    return app


def build(catalogue: Catalogue, *, speed: float = 1.0, exit_when_done: bool = False,
          theme: ThemeName | None = None, clock: Callable[[], float] | None = None,
          settings: Settings | None = None) -> tuple[MainWindow, CoachController]:
    window = MainWindow()
    chosen = THEMES[theme] if theme is not None else system_theme()
    window.apply_theme(chosen)
    controller = CoachController(window, catalogue, speed=speed, exit_when_done=exit_when_done,
                                 safety_note_read=safety_note.was_read,
                                 mark_safety_note_read=safety_note.mark_read, clock=clock, settings=settings,
                                 parent=window)
    return window, controller


def start_speech(controller: CoachController, worker_command: list[str] | None = None) -> SpeechService:
    """Start the voice: its worker, its cache, its chimes. Called once the window shows.

    Imported here, not at the top: QtMultimedia takes a noticeable share of start-up
    and the first screen does not need it.
    """
    from coach.speech.service import SpeechService
    from coach.speech.wav_cache import WavCache

    speech = SpeechService(WavCache(user_cache_dir() / "speech"), user_cache_dir() / "chimes",
                           controller.settings.voice, worker_command=worker_command, parent=controller)
    controller.attach_speech(speech)
    return speech


def save_settings(controller: CoachController, settings: Settings) -> None:
    try:
        settings_store.save(settings)
    except OSError as error:
        controller.window.home.set_problems([f"{settings_store.settings_path()}: could not be saved ({error})"])


def hand_over(instance: SingleInstance, start: tuple[str, Level] | None) -> int:
    """Another Back Coach runs: give it our request (raise its window, or start a routine) and exit."""
    message: dict[str, str] = {"command": "show"}
    if start is not None:
        message = {"command": "start", "routine": start[0], "level": start[1].value}
    if instance.send(message):
        return 0
    print(f"backcoach: another Back Coach is running but does not answer; if it is stuck, end it "
          f"(its lock is {instance.lock_path})", file=sys.stderr)
    return 1


def run(catalogue: Catalogue, *, start: tuple[str, Level] | None = None, speed: float = 1.0,
        exit_when_done: bool = False, background: bool = False) -> int:
    app = application()
    guard = SingleInstance(user_state_dir(), parent=app)
    instance: SingleInstance | None = guard
    try:
        if not guard.claim():
            return hand_over(guard, start)
    except OSError as error:  # ListenError, or the lock file cannot be made
        # Still useful alone: a second start would open a second window, which is the lesser harm.
        logging.getLogger(__name__).warning("runs without the one-instance guard: %s", error)
        instance = None
    install_translators(app)
    settings = settings_store.load()
    window, controller = build(catalogue, speed=speed, exit_when_done=exit_when_done, settings=settings)
    if settings.problem:
        window.home.set_problems([settings.problem, *(str(p) for p in catalogue.problems)])
    controller.settings_changed.connect(lambda changed: save_settings(controller, changed))
    controller.quit_requested.connect(lambda: app.exit(0), Qt.ConnectionType.QueuedConnection)
    # Follow the desktop when it switches between light and dark.
    hints = app.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _scheme: window.apply_theme(system_theme()))
    def speak_reminder(text: str) -> None:
        speech = controller.speech or start_speech(controller)
        speech.speak(text)

    resident = Resident(controller, instance, theme=lambda: window.theme, speak=speak_reminder, watch_sleep=True,
                        parent=app)
    # With a tray the app lives on when its windows close; without one, closing the window quits.
    app.setQuitOnLastWindowClosed(not resident.has_tray)
    def voice_once_shown(visible: bool) -> None:
        # The voice starts after the first paint: a worker process and a cache need not delay the window
        # (and an app waiting in the tray needs no voice until its window opens or a reminder speaks).
        if visible and controller.speech is None:
            QTimer.singleShot(0, lambda: controller.speech or start_speech(controller))

    window.visibility_changed.connect(voice_once_shown)
    window.resize(*DEFAULT_SIZE)
    if not background:
        window.show()
    elif not resident.has_tray:
        window.showMinimized()  # never hide into a tray that is not there
    controller.open(start)
    resident.start()
    app.aboutToQuit.connect(lambda: controller.speech.shutdown() if controller.speech else None)
    if instance is not None:
        app.aboutToQuit.connect(instance.release)
    return app.exec()
