"""The coach's logic on the Qt side: holds the window, decides which screen comes next.

The controller holds the view (never the other way round): the window only
emits requests; the controller decides and tells the screens what to show.

It is the app's one flow (safety note, home, pain check, session, summary) and the one
place the settings change. What it delegates lives elsewhere: running a session and its
commands (session_runner.py), drawing it (session/session_presenter.py), speaking it
(session/session_voice.py), the pain check and progress (check_in.py), the voice and
language settings (home/voice_settings_dialog.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from coach.domain.compiler import CueOptions, compile_timeline
from coach.domain.languages import chosen_language
from coach.domain.routine import DEFAULT_LEVEL, Level
from coach.domain.routine_loader import Catalogue
from coach.resources import figures_dir
from coach.storage.settings import Settings, with_safety_note_read
from coach.ui.home.home_screen import RoutineChoice
from coach.ui.main_window import MainWindow
from coach.ui.session_runner import SessionRunner

if TYPE_CHECKING:
    # The voice (and QtMultimedia) loads after the first paint; the session's parts, the voice
    # settings dialog and the pain check load when first used (tests/test_architecture.py).
    from coach.domain.figure_exercise import ExerciseFigure
    from coach.speech.voice import Voice
    from coach.ui.check_in import CheckIn
    from coach.ui.home.first_run_screen import FirstRunScreen
    from coach.ui.session.session_screen import SessionScreen
    from coach.speech.voice import VoiceSettings
    from coach.ui.home.voice_settings_dialog import VoiceSettingsDialog

DEFAULT_ROUTINE = "lower-back"


class CoachController(QObject):
    """Runs the app's flow: safety note, home, session, done.

    Attributes:
        window: the view.
        runner: starts, drives and ends the sessions (its signals say when one starts, is left, ends).
        speech: the voice, once attached (None: sessions run silently).
        settings: the person's settings (``muted`` reads the voice's mute from them).
        voice_dialog: the voice settings dialog last opened, or None.
        check_in: asks for pain before and after and shows progress (None: sessions start at once).
        figures: the exercise figures, by exercise id (read when first needed: the home screen's first
            frame does without them, see ``show_figures``).

    Signals:
        quit_requested(): --exit-when-done and the session is over.
        settings_changed(Settings): the settings changed (the app saves them).
        routines_changed(): a routine was saved or deleted (reminders for a deleted one switch off).
    """

    quit_requested = Signal()
    settings_changed = Signal(object)
    routines_changed = Signal()

    def __init__(self, window: MainWindow, catalogue: Catalogue, *, speed: float = 1.0,
                 exit_when_done: bool = False, clock: Callable[[], float] | None = None,
                 settings: Settings | None = None, figures: Mapping[str, ExerciseFigure] | None = None,
                 check_in: CheckIn | None = None, language: str | None = None,
                 parent: QObject | None = None) -> None:
        """``language``: this run's language (``backcoach --lang``), ahead of the setting until that changes."""
        super().__init__(parent)
        self._asked_language = language
        self._figures = figures
        self.window = window
        self.catalogue = catalogue
        self.exit_when_done = exit_when_done
        self.speech: Voice | None = None
        self.settings = settings or Settings()
        self.voice_dialog: VoiceSettingsDialog | None = None
        self.check_in = check_in
        self._pending_start: tuple[str, Level] | None = None
        self._voice_note = ""
        self.runner = SessionRunner(self, window, speed=speed, clock=clock, parent=self)
        self.runner.finished.connect(self._on_session_finished)

        catalogue.use_language(self.language)  # the Language setting, else the desktop's
        window.home.set_routines(self._choices(), selected=self.settings.coach.routine or DEFAULT_ROUTINE)
        window.home.set_level(_level_or_default(self.settings.coach.level))
        window.home.set_problems([str(problem) for problem in catalogue.problems])
        window.home.start_requested.connect(lambda routine_id, level: self.begin(routine_id, Level(level)))
        window.when_built("first_run", self._wire_first_run)
        window.mute_requested.connect(self.toggle_mute)
        window.when_built("session", self._wire_session)
        window.home.selection_changed.connect(self._prepare_selection)
        window.home.voice_settings_requested.connect(self.open_voice_settings)

    @property
    def figures(self) -> Mapping[str, ExerciseFigure]:
        if self._figures is None:
            from coach.domain.figure_loader import load_figures

            self._figures = load_figures(figures_dir())
        return self._figures

    @figures.setter
    def figures(self, figures: Mapping[str, ExerciseFigure]) -> None:
        self._figures = figures

    def show_figures(self) -> None:
        """The home screen's thumbnails; the composition root calls it once the first frame is on screen."""
        self.window.home.set_figures(self.figures)

    def _wire_first_run(self, screen: FirstRunScreen) -> None:
        screen.acknowledged.connect(self._on_acknowledged)
        # Voice commands are offered once, with the note before the first session, unless already on.
        screen.offer_listening(not self.settings.first_run.listen_offered and not self.settings.voice.listen)

    def _wire_session(self, screen: SessionScreen) -> None:
        """The session screen is built (on the first session): connect it and bring it up to date."""
        screen.home_clicked.connect(self.leave_finished_session)
        screen.set_muted(self.muted)
        if self._voice_note:
            screen.set_voice_note(self._voice_note)

    # ----- the voice

    def attach_speech(self, speech: Voice) -> None:
        """Give sessions a voice (done after the window shows, so start-up does not wait for it)."""
        self.speech = speech
        speech.prepare_progress.connect(self.window.home.show_voice_progress)
        speech.prepare_progress.connect(self._on_voice_prepared)
        speech.note_changed.connect(self._show_voice_note)
        self._show_voice_note(speech.note)
        self._prepare_selection()

    def _on_voice_prepared(self, ready: int, total: int) -> None:
        # "Voice ready." must be true: once the phrases are ready, and the person can see the home
        # screen, look for a sound output (an app idling in the tray keeps QtMultimedia out until then).
        if self.speech is not None and total and ready >= total and self.window.isVisible():
            self.speech.check_output()

    @property
    def language(self) -> str:
        """The language sessions speak and show: the Language setting, else the desktop's (coach.domain.languages)."""
        return self._asked_language or chosen_language(self.settings.appearance.language, os.environ)

    def cue_options(self) -> CueOptions:
        voice = self.settings.voice
        return CueOptions(counts=voice.counts, countdown=voice.countdown, rest_ticks=voice.rest_ticks)

    @property
    def muted(self) -> bool:
        return self.settings.voice.muted

    def apply_settings(self, settings: Settings) -> None:
        """The one place the settings change: kept here, followed by the session and the voice, announced.

        ``settings_changed`` then saves them (coach.ui.app); every change, from any screen, comes through here.
        """
        voice_changed = settings.voice != self.settings.voice
        if settings.appearance.language != self.settings.appearance.language:
            self._asked_language = None  # the person chose again: their choice, not the command line's
        self.settings = settings
        session = self.window.built("session")
        if session is not None:
            session.set_muted(self.muted)
        if self.speech is not None:
            self.speech.apply(settings.voice)
        self.runner.refresh_waiting()
        self.settings_changed.emit(settings)
        language_changed = self.language != self.catalogue.language
        if language_changed:
            self.catalogue.use_language(self.language)
            if self.speech is not None:
                self.speech.set_language(self.language)
            self.refresh_routines()
        if voice_changed or language_changed:
            self._prepare_selection()  # the counts and countdown the phrases hold, or their language, changed

    def open_voice_settings(self) -> VoiceSettingsDialog:
        """The voice settings dialog (non-blocking); OK applies and saves them, Cancel restores the voice."""
        from coach.ui.home.voice_settings_dialog import open_voice_settings
        from coach.ui.i18n import shown_language

        def accept(voice: VoiceSettings, language: str) -> None:
            appearance = replace(self.settings.appearance, language=language)
            # The dialog has the voice commands' box: they were offered, whatever the answer.
            first_run = replace(self.settings.first_run, listen_offered=True)
            self.apply_settings(replace(self.settings, voice=voice, appearance=appearance, first_run=first_run))

        self.voice_dialog = open_voice_settings(self.window, self.speech, current=lambda: self.settings.voice,
                                                language=self.settings.appearance.language,
                                                shown_language=shown_language(), accept=accept)
        return self.voice_dialog

    def _prepare_selection(self) -> None:
        routine_id = self.window.home.selected_routine()
        if self.speech is None or routine_id is None:
            return
        from coach.ui.session.session_voice import phrases_of

        routine = self.catalogue.routines[routine_id]
        self.speech.prepare(phrases_of(compile_timeline(routine, self.window.home.level(), self.cue_options(),
                                                        self.catalogue.language)))

    def refresh_routines(self, selected: str = "") -> None:
        """The catalogue changed (the routine editor saved or deleted one): list the routines again."""
        home = self.window.home
        home.set_routines(self._choices(), selected=selected or home.selected_routine())
        home.set_problems([str(problem) for problem in self.catalogue.problems])
        self.routines_changed.emit()

    def _show_voice_note(self, note: str) -> None:
        self._voice_note = note
        session = self.window.built("session")
        if session is not None:
            session.set_voice_note(note)
        self.window.home.set_voice_note(note)

    # ----- what the rest of the app asks of the window

    def chosen_level(self) -> Level:
        """The level chosen on the home screen (a reminder or the tray starts its routine at it)."""
        return self.window.home.level()

    def tell(self, note: str) -> None:
        """A note for the person, on the home screen until they dismiss it."""
        self.window.home.add_note(note)

    # ----- flow

    def open(self, start: tuple[str, Level] | None = None) -> None:
        """Show the first screen: the safety note if unread, else home or the session asked for."""
        self._pending_start = start
        if self.settings.first_run.safety_note_read is None:
            self.window.show_first_run()
            if self.exit_when_done:
                # Demos and tests: nobody is there to answer. Show it, don't wait, don't record it.
                QTimer.singleShot(0, self._continue_after_safety_note)
            return
        self._continue_after_safety_note()

    def _on_acknowledged(self) -> None:
        settings = with_safety_note_read(self.settings)
        listen = self.window.first_run.listening_answer()
        if listen is not None:
            self.window.first_run.offer_listening(False)
            settings = replace(settings, voice=replace(settings.voice, listen=listen),
                               first_run=replace(settings.first_run, listen_offered=True))
        self.apply_settings(settings)
        self._continue_after_safety_note()

    def _continue_after_safety_note(self) -> None:
        if self._pending_start is not None:
            routine_id, level = self._pending_start
            self._pending_start = None
            self.begin(routine_id, level)
        else:
            self.go_home()

    def show_window(self) -> None:
        """Bring the window up (from the tray, a reminder or a second launch)."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def go_home(self) -> None:
        self.runner.drop()
        self.window.setWindowTitle(self.tr("Back Coach"))
        self.window.show_home()

    def begin(self, routine_id: str, level: Level = DEFAULT_LEVEL) -> None:
        """Start as a person asked to: the pain check first (if they want it), then the session.

        Demos (--exit-when-done) have nobody to answer, so they start at once.
        """
        if self.check_in is None or self.exit_when_done:
            self.runner.start(routine_id, level)
            return
        self.runner.drop()
        self.check_in.before(routine_id, level, lambda: self.runner.start(routine_id, level))

    def leave_finished_session(self) -> None:
        """Done (Enter) on a finished session: the pain check and progress, then home."""
        driver = self.runner.driver
        if self.check_in is None or driver is None:
            self.go_home()
            return
        self.check_in.after(driver.player.timeline.routine, self.go_home)

    def remember(self, routine_id: str, level: Level) -> None:
        """Next time, the home screen starts on this routine and level (the runner calls it as a session starts)."""
        coach = self.settings.coach
        if (coach.routine, coach.level) != (routine_id, level.value):
            self.apply_settings(replace(self.settings, coach=replace(coach, routine=routine_id, level=level.value)))

    def set_pain_checks(self, before: bool, after: bool) -> None:
        self.apply_settings(replace(self.settings, coach=replace(self.settings.coach, ask_pain_before=before,
                                                                 ask_pain_after=after)))

    def suggest_level(self, level: str) -> None:
        """The person accepted a suggested level (CheckIn.level_chosen): select it and remember it."""
        self.window.home.set_level(_level_or_default(level))
        self.apply_settings(replace(self.settings, coach=replace(self.settings.coach, level=level)))

    def toggle_mute(self) -> None:
        self.apply_settings(replace(self.settings, voice=replace(self.settings.voice, muted=not self.muted)))

    def _on_session_finished(self, _completed: bool) -> None:
        if self.exit_when_done:
            self.quit_requested.emit()

    def _choices(self) -> list[RoutineChoice]:
        options, language = self.cue_options(), self.catalogue.language
        return [RoutineChoice.of(routine, options, language) for routine in self.catalogue.routines.values()]


def _level_or_default(value: str) -> Level:
    try:
        return Level(value)
    except ValueError:
        return DEFAULT_LEVEL
