"""Voice commands in the app: listens during sessions (when the person turned it on) and acts on what it hears.

Wires a ListeningService to the controller: starts it when a session starts and
``settings.voice.listen`` is on, stops it when the session ends or is left; tells it
whether commands need the wake phrase "Hey coach" first (``settings.voice.wake_word``) and
shows on the badge when "Hey coach" alone was heard; tells it whether "yes" and "no" count
(only while the stop question is open); tells it
when the app's own voice and chimes sound (so it never obeys itself); turns each
heard command into the controller's slot (coach.listening.commands.decide), flashes
it on the session screen and acknowledges it with a short chime. Asks, once, people who
read the safety note before voice commands existed whether they want them (the home
screen's card, coach.ui.home.listen_offer).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from coach.domain.player import PlayerState
from coach.listening.commands import LABELS, Action, Command, decide
from coach.storage.settings import Settings
from coach.ui.controller import CoachController
from coach.ui.session.listening_badge import ListeningBadge

if TYPE_CHECKING:  # QtMultimedia loads only when a session first listens
    from coach.listening.service import ListeningService

VOLUME_STEP = 0.15
STOP_QUESTION = "Stop the session? Say yes to stop, or no to carry on."


class VoiceCommands(QObject):
    """Voice control for one controller.

    Attributes:
        controller: the app's controller.
        listening: the ListeningService (made on first need: it loads QtMultimedia).
        make_service: makes it (tests give a stand-in).
        badge: the overlay on the session screen.
    """

    def __init__(self, controller: CoachController,
                 make_service: Callable[[], ListeningService] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.listening: ListeningService | None = None
        self.make_service = make_service or self._default_service
        self._badge: ListeningBadge | None = None
        self._speech_linked: object = None
        self._in_session = False
        controller.runner.started.connect(lambda _driver: self._set_in_session(True))
        controller.runner.leaving.connect(lambda _driver: self._set_in_session(False))
        controller.runner.finished.connect(lambda _completed: self._set_in_session(False))
        controller.settings_changed.connect(lambda _settings: self._follow_settings())
        controller.window.home.listen_offer.answered.connect(self.answer_offer)
        self._show_offer()

    @property
    def badge(self) -> ListeningBadge:
        """Made on first need, so the session screen is not built at start-up for it."""
        if self._badge is None:
            self._badge = ListeningBadge(self.controller.window.session)
        return self._badge

    def stop(self) -> None:
        if self.listening is not None:
            self.listening.stop()

    def _set_in_session(self, in_session: bool) -> None:
        self._in_session = in_session
        self._follow_settings()

    def _follow_settings(self) -> None:
        self._show_offer()
        if not (self.controller.settings.voice.listen and self._in_session):
            self.stop()
            return
        service = self._service()
        self._link_speech(service)
        service.set_wake_word(self.controller.settings.voice.wake_word)
        service.set_answers_wanted(self.controller.window.stop_prompt is not None)
        service.start()

    def _show_offer(self) -> None:
        """The home screen's offer, for people who read the safety note but were never asked.

        New people are asked with the note itself; nobody is asked twice, nor when already listening,
        nor when the recogniser is not installed.
        """
        settings = self.controller.settings
        ask = (settings.first_run.safety_note_read is not None and not settings.first_run.listen_offered
               and not settings.voice.listen and importlib.util.find_spec("pocketsphinx") is not None)
        self.controller.window.home.listen_offer.setVisible(ask)

    def answer_offer(self, listen: bool) -> None:
        """Turn on (or not) from the home screen's card; either way it is never shown again."""
        settings = self.controller.settings
        self.controller.apply_settings(replace(settings, voice=replace(settings.voice, listen=listen),
                                               first_run=replace(settings.first_run, listen_offered=True)))

    def _service(self) -> ListeningService:
        if self.listening is None:
            service = self.make_service()
            service.heard.connect(self.act)
            service.armed.connect(self.badge.show_armed)
            service.listening_changed.connect(self.badge.set_listening)
            service.note_changed.connect(self.badge.show_note)
            # "yes" and "no" mean something only while the stop question is open (however it was asked).
            self.controller.window.session.stop_question.open_changed.connect(service.set_answers_wanted)
            self.listening = service
        return self.listening

    def _default_service(self) -> ListeningService:
        from coach.listening.service import ListeningService

        return ListeningService(parent=self)

    def _link_speech(self, service: ListeningService) -> None:
        speech = self.controller.speech
        if speech is not None and self._speech_linked is not speech:
            speech.sounding.connect(service.sounding)
            speech.silenced.connect(service.silenced)
            self._speech_linked = speech

    def act(self, command: Command, _words: str = "") -> None:
        """Do what a heard command asks, if it means something now."""
        controller = self.controller
        runner = controller.runner
        if not runner.running:
            return
        decision = decide(command, controller.window.stop_prompt is not None)
        if decision.action is None:
            return
        self.badge.disarm()
        self.badge.show_heard(QCoreApplication.translate("VoiceCommands", LABELS[command]))
        speech = controller.speech
        if speech is not None:
            speech.chime("heard")
        action = decision.action
        if action is Action.PAUSE:
            runner.pause()
        elif action is Action.RESUME:
            if runner.driver is not None and runner.driver.state is PlayerState.PAUSED:
                runner.resume()
        elif action is Action.NEXT:
            runner.next()
        elif action is Action.BACK:
            runner.back()
        elif action is Action.SKIP:
            runner.skip_exercise()
        elif action is Action.REPEAT:
            runner.repeat_instruction()
        elif action in (Action.LOUDER, Action.QUIETER):
            self._change_volume(VOLUME_STEP if action is Action.LOUDER else -VOLUME_STEP)
        elif action is Action.ASK_TO_STOP:
            runner.ask_to_stop()
            if speech is not None and controller.window.stop_prompt is not None:
                speech.speak(STOP_QUESTION)
        elif action in (Action.STOP, Action.KEEP_GOING):
            runner.answer_stop_question(action is Action.STOP)

    def _change_volume(self, step: float) -> None:
        settings: Settings = self.controller.settings
        volume = round(min(1.0, max(0.1, settings.voice.volume + step)), 2)
        self.controller.apply_settings(replace(settings, voice=replace(settings.voice, volume=volume, muted=False)))
