"""Start the Qt application: the window, the controller, the theme, the translations.

An app started in the tray builds its window and controller when first opened (coach/ui/window_on_demand.py).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication

from coach.domain.history_records import SessionOutcome
from coach.domain.languages import chosen_language
from coach.domain.routine import Level
from coach.domain.routine_loader import Catalogue
from coach.storage import settings as settings_store
from coach.storage.paths import user_cache_dir, user_routines_dir, user_state_dir
from coach.storage.settings import Settings
from coach.ui.widgets.app_style import CoachStyle
from coach.ui.first_paint import after_next_paint
from coach.ui.garbage_collector import GarbageCollector
from coach.ui.history_keeper import HistoryKeeper, now_utc
from coach.ui.i18n import install_chosen_language
from coach.ui.resident import Resident
from coach.platform.single_instance import SingleInstance
from coach.platform.termination import TerminationWatch
from coach.ui.widgets.theme import THEMES, Theme, ThemeName, apply_to_application, system_theme
from coach.ui.window_on_demand import WindowOnDemand

if TYPE_CHECKING:  # the window's modules load as it is built: an app in the tray may never need them
    from coach.speech.service import SpeechService
    from coach.ui.controller import CoachController
    from coach.ui.main_window import MainWindow
    from coach.speech.voice import Voice, VoiceSettings
    from coach.ui.editor.routine_editor import RoutineEditor

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
    # Fusion, the same look on every desktop, so our palette applies fully (coach/ui/widgets/app_style.py).
    if not isinstance(app.style(), CoachStyle):
        app.setStyle(CoachStyle())
    if app.findChild(GarbageCollector) is None:
        # Reference cycles holding Qt objects must never be collected on the history writer's thread.
        GarbageCollector(app)
    return app


def build(catalogue: Catalogue, *, speed: float = 1.0, exit_when_done: bool = False,
          theme: ThemeName | None = None, clock: Callable[[], float] | None = None,
          wall_clock: Callable[[], datetime] = now_utc, settings: Settings | None = None,
          history: HistoryKeeper | None = None, language: str | None = None,
          style_when_shown: bool = False) -> tuple[MainWindow, CoachController]:
    """The window and its controller, with the history and the pain check wired in.

    ``settings`` None: read (and if need be repair) settings.toml; what went wrong shows on the home screen.
    Every settings change is saved. ``style_when_shown``: the screens take the theme only as the window
    first shows (an app started in the tray; the application's palette is set at once either way).
    """
    from coach.ui.check_in import CheckIn
    from coach.ui.controller import CoachController
    from coach.ui.main_window import MainWindow
    from coach.ui.voice_commands import VoiceCommands

    if settings is None:
        settings = settings_store.load_or_repair()
    window = MainWindow()
    if style_when_shown:
        window.style_when_shown()
    use_theme(window, chosen_theme(theme, settings))
    keeper = history or HistoryKeeper(clock=wall_clock, parent=window)
    # The check-in reads the settings as they are when it asks (the controller, made next, owns them).
    check_in = CheckIn(window, keeper, catalogue, settings=lambda: controller.settings, wall_clock=wall_clock,
                       parent=window)
    controller = CoachController(window, catalogue, speed=speed, exit_when_done=exit_when_done, clock=clock,
                                 settings=settings.cleared(), check_in=check_in, language=language,
                                 parent=window)
    if settings.problem:
        window.home.add_note(settings.problem)
    controller.runner.started.connect(keeper.track)
    controller.runner.leaving.connect(lambda _driver: keeper.finish_unended())
    check_in.level_chosen.connect(controller.suggest_level)
    check_in.asking_changed.connect(controller.set_pain_checks)
    window.home.progress_requested.connect(check_in.show_progress)
    window.home.routines_requested.connect(lambda: open_routine_editor(controller))
    controller.settings_changed.connect(lambda changed: save_settings(controller, changed))
    VoiceCommands(controller, parent=controller)  # listens during sessions when the person turned it on
    window.visibility_changed.connect(_once_shown(window, controller.show_figures))
    return window, controller


def _once_shown(window: MainWindow, work: Callable[[], object]) -> Callable[[bool], None]:
    """A slot for ``visibility_changed`` that runs ``work`` once, just after the window's first paint.

    The home screen's thumbnails come that way: reading the figures and drawing them would delay
    the first frame (BENCHMARKS.md §18); their row keeps its place meanwhile.
    """
    pending = [work]

    def shown(visible: bool) -> None:
        if visible and pending:
            after_next_paint(window, pending.pop())

    return shown


def open_routine_editor(controller: CoachController) -> RoutineEditor:
    """The routine editor over the window (it does not block); the home screen follows what it saves.

    Imported when first opened: the first screen does not need it.
    """
    from coach.ui.editor.routine_editor import RoutineEditor

    home = controller.window.home
    editor = RoutineEditor(controller.catalogue, user_routines_dir(), controller.figures,
                           selected=home.selected_routine(), level=home.level(), parent=controller.window)
    editor.routines_changed.connect(controller.refresh_routines)
    editor.finished.connect(editor.deleteLater)
    editor.open()
    return editor


def use_theme(window: MainWindow, theme: Theme) -> None:
    """The window's screens and every dialog and window of the app in ``theme``."""
    apply_to_application(theme)
    window.apply_theme(theme)


def chosen_theme(asked: ThemeName | None, settings: Settings) -> Theme:
    """--theme first, then the setting, then the desktop's scheme."""
    if asked is not None:
        return THEMES[asked]
    if settings.appearance.theme in ("light", "dark"):
        return THEMES[ThemeName(settings.appearance.theme)]
    return system_theme()


def start_speech(controller: CoachController, worker_command: list[str] | None = None) -> SpeechService:
    """Start the voice: its worker, its cache, its chimes. Called once the window shows."""
    speech = new_speech(controller.settings.voice, controller.language, worker_command=worker_command,
                        parent=controller)
    controller.attach_speech(speech)
    return speech


def new_speech(voice: VoiceSettings, language: str, *, worker_command: list[str] | None = None,
               parent: QObject | None = None) -> SpeechService:
    """A voice (its worker, its cache, its chimes), not yet given to a controller.

    Imported here, not at the top: QtMultimedia takes a noticeable share of start-up
    and the first screen does not need it.
    """
    from coach.speech.service import SpeechService
    from coach.speech.wav_cache import WavCache

    return SpeechService(WavCache(user_cache_dir() / "speech"), user_cache_dir() / "chimes", voice,
                         worker_command=worker_command, language=language, parent=parent)


def reminder_voice(app: QApplication, coach: WindowOnDemand, settings: Settings,
                   language: str) -> Callable[[str], None]:
    """What says a reminder aloud: the controller's voice, or in the tray one started without the window.

    The controller takes that voice as the window is built (a spoken reminder builds no window).
    ``settings`` and ``language``: as at start (nothing changes them before the window is built).
    """
    started: list[SpeechService] = []

    def voice() -> Voice:
        if coach.built is not None:
            return coach.built.speech or start_speech(coach.built)
        if not started:
            speech = new_speech(settings.voice, language, parent=coach)
            started.append(speech)
            coach.when_built(lambda controller: controller.attach_speech(speech))
            # Once built, the controller's voice is shut down with the window's own hooks (wire_window).
            app.aboutToQuit.connect(lambda: None if coach.built is not None else speech.shutdown())
        return started[0]

    return lambda text: voice().speak(text)


def save_settings(controller: CoachController, settings: Settings) -> None:
    try:
        settings_store.save(settings)
    except OSError as error:
        controller.tell(f"{settings_store.settings_path()}: could not be saved "
                        f"({error.strerror or error}); your change lasts until Back Coach closes")


def restore_geometry(window: MainWindow, settings: Settings) -> None:
    """Where and how big the window was last time, or the default size; either way within the screen.

    A saved place can be on a monitor since unplugged, or bigger than this screen: it is clamped too.
    """
    from coach.ui.widgets.screen_fit import fit_to_screen

    saved = settings.window.geometry
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        fit_to_screen(window)
    else:
        fit_to_screen(window, QSize(*DEFAULT_SIZE))
    if settings.window.full_screen:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)


def remember_geometry(controller: CoachController) -> None:
    """Called as the window closes or hides, and at quit."""
    window = controller.window
    geometry = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    full_screen = bool(window.windowState() & Qt.WindowState.WindowFullScreen)
    current = controller.settings.window
    if (current.geometry, current.full_screen) != (geometry, full_screen):
        controller.apply_settings(replace(controller.settings,
                                          window=replace(current, geometry=geometry, full_screen=full_screen)))


def wire_window(app: QApplication, controller: CoachController) -> None:
    """What the running app adds to a window and controller just built: the voice once the window
    shows, its place on screen, quitting, and what closes with the app."""
    from coach.ui.voice_commands import VoiceCommands

    window = controller.window
    controller.quit_requested.connect(lambda: app.exit(0), Qt.ConnectionType.QueuedConnection)

    def voice_once_shown(visible: bool) -> None:
        # The voice starts once the home screen is complete, after its first paint and then its thumbnails'
        # (build): a worker process and a cache need not delay either (and an app waiting in the tray needs
        # no voice until its window opens or a reminder speaks).
        if visible and controller.speech is None:
            after_next_paint(window, lambda: after_next_paint(window, lambda: controller.speech
                                                              or start_speech(controller)))

    window.visibility_changed.connect(voice_once_shown)
    restore_geometry(window, controller.settings)
    window.visibility_changed.connect(lambda visible: None if visible else remember_geometry(controller))
    app.aboutToQuit.connect(lambda: controller.speech.shutdown() if controller.speech else None)
    app.aboutToQuit.connect(lambda: remember_geometry(controller))
    app.aboutToQuit.connect(controller.findChild(VoiceCommands).stop)  # type: ignore[union-attr]


def follow_desktop_scheme(coach: WindowOnDemand, settings: Settings) -> None:
    """The desktop switched between light and dark: the app follows (its window too, if built)."""
    if coach.built is not None:
        use_theme(coach.built.window, chosen_theme(None, coach.built.settings))
    else:
        apply_to_application(chosen_theme(None, settings))


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
        exit_when_done: bool = False, background: bool = False, language: str | None = None) -> int:
    """The app until it quits. ``language``: this run's (``--lang``), else the setting, else the desktop's."""
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
    settings = settings_store.load_or_repair()
    # The setting first ("" follows the desktop): the screens are made in that language.
    install_chosen_language(app, language or settings.appearance.language, os.environ)
    # The routines' titles in the session's language now: the tray and reminders show them before any window.
    session_language = language or chosen_language(settings.appearance.language, os.environ)
    catalogue.use_language(session_language)
    # The application's palette at once: a reminder or a dialog opened from the tray takes it.
    apply_to_application(chosen_theme(None, settings))
    keeper = HistoryKeeper(parent=app)

    def make() -> CoachController:
        _window, controller = build(catalogue, speed=speed, exit_when_done=exit_when_done, settings=settings,
                                    history=keeper, language=language, style_when_shown=background)
        wire_window(app, controller)
        return controller

    coach = WindowOnDemand(make, catalogue=catalogue, settings=settings, keeper=keeper, parent=app)
    # Follow the desktop when it switches between light and dark.
    hints = app.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _scheme: follow_desktop_scheme(coach, settings))

    def theme() -> Theme:
        return coach.built.window.theme if coach.built is not None else chosen_theme(None, settings)

    resident = Resident(coach, instance, theme=theme, speak=reminder_voice(app, coach, settings, session_language),
                        watch_sleep=True, parent=app)

    def before_terminating() -> None:
        keeper.finish_unended(SessionOutcome.INTERRUPTED)
        resident.let_windows_close()

    # Log-out sends SIGTERM: a session under way is recorded as interrupted, then the app quits as usual.
    TerminationWatch(app, before_terminating)
    # With a tray the app lives on when its windows close; without one, closing the window quits.
    app.setQuitOnLastWindowClosed(not resident.has_tray)
    if background and resident.has_tray and start is None:
        # Waiting in the tray: the window and its controller are built when first opened, on the first
        # screen the app would have shown at start (BENCHMARKS.md §20).
        coach.when_built(lambda controller: controller.open(None))
    else:
        window = coach.controller().window
        if not background:
            window.show()
        else:
            window.showMinimized()  # never hide into a tray that is not there
        coach.open(start)
    resident.start()
    app.aboutToQuit.connect(keeper.close)
    if instance is not None:
        app.aboutToQuit.connect(instance.release)
    return app.exec()
