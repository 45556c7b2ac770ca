"""Voice commands in a session: what each heard command does, the stop question, the badge, opt-in."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QObject, Signal

from coach.domain.player import PlayerState
from coach.listening.commands import Command
from coach.listening.wake import WAKE_PHRASE
from coach.ui.voice_commands import STOP_QUESTION, VoiceCommands

from ..recording_speech import RecordingSpeech as BaseRecordingSpeech


class FakeListening(QObject):
    """Stands in for ListeningService: records start/stop and what the app told it about its sound."""

    heard = Signal(object, str)
    armed = Signal(float)
    listening_changed = Signal(bool)
    note_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []
        self.wake_word: bool | None = None
        self.answers_wanted: bool | None = None

    def set_wake_word(self, on):
        self.wake_word = on

    def set_answers_wanted(self, on):
        self.answers_wanted = on

    def start(self):
        self.calls.append("start")
        self.listening_changed.emit(True)

    def stop(self):
        self.calls.append("stop")
        self.listening_changed.emit(False)

    def sounding(self, start, end):
        self.calls.append("sounding")

    def silenced(self, at):
        self.calls.append("silenced")


class RecordingSpeech(BaseRecordingSpeech):
    """Stands in for SpeechService once a session runs."""

    def apply(self, settings):
        self.asked.append(("apply", settings.volume))

    def prepare(self, phrases):
        self.asked.append(("prepare", len(list(phrases))))


@pytest.fixture
def voice(coach):
    """The app's VoiceCommands with a fake microphone side; voice control turned on."""
    commands = coach.controller.findChild(VoiceCommands)
    assert commands is not None, "build() attaches voice commands"
    fake = FakeListening()
    commands.make_service = lambda: fake
    settings = coach.controller.settings
    coach.controller.apply_settings(replace(settings, voice=replace(settings.voice, listen=True)))
    return commands, fake


def start_with_speech(coach) -> RecordingSpeech:
    coach.controller.runner.start("cat-stretch")
    speech = RecordingSpeech()
    coach.controller.speech = speech  # after start: this session has no SessionVoice to feed
    return speech


def test_off_by_default_nothing_listens(coach):
    commands = coach.controller.findChild(VoiceCommands)
    made = []
    commands.make_service = lambda: made.append(1) or FakeListening()
    coach.controller.runner.start("cat-stretch")
    assert not coach.controller.settings.voice.listen and made == []


def test_listens_only_during_a_session(coach, voice):
    commands, fake = voice
    coach.controller.runner.start("cat-stretch")
    assert fake.calls[-1] == "start" and commands.badge.mark.isVisible()
    coach.controller.go_home()
    assert fake.calls[-1] == "stop" and not commands.badge.mark.isVisible()


def test_the_apps_own_sound_reaches_the_gate(coach, voice):
    _commands, fake = voice
    speech = start_with_speech(coach)
    coach.controller.apply_settings(coach.controller.settings)  # links the voice that came after the start
    speech.sounding.emit(1.0, 2.0)
    speech.silenced.emit(1.5)
    assert fake.calls[-2:] == ["sounding", "silenced"]


def test_pause_and_go_on_and_every_command_works_while_paused(coach, voice):
    commands, fake = voice
    speech = start_with_speech(coach)
    fake.heard.emit(Command.PAUSE, "pause")
    assert coach.driver.state is PlayerState.PAUSED
    assert commands.badge.flash.isVisible() and commands.badge.flash.text() == "Pause"
    assert ("chime", "heard") in speech.asked
    before = coach.driver.player.index
    fake.heard.emit(Command.NEXT, "next")
    assert coach.driver.player.index > before and coach.driver.state is PlayerState.PAUSED
    fake.heard.emit(Command.BACK, "back")
    assert coach.driver.player.index == before
    fake.heard.emit(Command.REPEAT, "repeat")
    assert speech.asked[-1] == ("say", coach.driver.player.segment.say)
    fake.heard.emit(Command.RESUME, "go on")
    assert coach.driver.state is PlayerState.RUNNING


def test_stop_asks_and_only_yes_stops(coach, voice):
    _commands, fake = voice
    speech = start_with_speech(coach)
    fake.heard.emit(Command.YES, "yes")
    assert coach.driver.state is PlayerState.RUNNING, "a yes with no question does nothing"
    fake.heard.emit(Command.STOP, "stop the session")
    assert coach.window.stop_prompt is not None and coach.driver.state is PlayerState.PAUSED
    assert speech.asked[-1] == ("say", STOP_QUESTION)
    fake.heard.emit(Command.NEXT, "next")
    assert coach.window.stop_prompt is not None, "only yes or no answers the question"
    fake.heard.emit(Command.NO, "no")
    assert coach.window.stop_prompt is None and coach.driver.state is PlayerState.RUNNING
    fake.heard.emit(Command.STOP, "stop the session")
    fake.heard.emit(Command.RESUME, "go on")
    assert coach.window.stop_prompt is None and coach.driver.state is PlayerState.RUNNING
    finished = []
    coach.controller.runner.finished.connect(finished.append)
    fake.heard.emit(Command.STOP, "stop the session")
    fake.heard.emit(Command.YES, "yes")
    assert finished == [False] and coach.driver.state is PlayerState.FINISHED
    assert fake.calls[-1] == "stop", "listening ends with the session"


def test_yes_and_no_are_listened_for_only_while_the_stop_question_is_open(coach, voice):
    """Said with no question open they mean nothing, and checking them is most of what talk costs the recogniser."""
    _commands, fake = voice
    start_with_speech(coach)
    assert fake.answers_wanted is False
    fake.heard.emit(Command.STOP, "stop the session")
    assert fake.answers_wanted is True
    fake.heard.emit(Command.NO, "no")
    assert fake.answers_wanted is False
    coach.controller.runner.ask_to_stop()  # Esc asks the same question: a spoken answer counts
    assert fake.answers_wanted is True
    coach.window.stop_prompt.answer(False)
    assert fake.answers_wanted is False


def test_skip_goes_to_the_next_exercise(coach, voice):
    _commands, fake = voice
    coach.controller.runner.start("lower-back")
    exercise = coach.driver.player.segment.exercise
    coach.advance_to_segment(3)
    exercise = coach.driver.player.segment.exercise
    fake.heard.emit(Command.SKIP, "skip")
    assert coach.driver.player.segment.exercise != exercise


def test_louder_and_quieter_change_the_volume_and_are_saved(coach, voice):
    _commands, fake = voice
    start_with_speech(coach)
    volume = coach.controller.settings.voice.volume
    fake.heard.emit(Command.QUIETER, "quieter")
    assert coach.controller.settings.voice.volume == pytest.approx(volume - 0.15)
    fake.heard.emit(Command.LOUDER, "louder")
    fake.heard.emit(Command.LOUDER, "louder")
    assert coach.controller.settings.voice.volume == 1.0


def test_turning_it_off_mid_session_stops_listening(coach, voice):
    _commands, fake = voice
    coach.controller.runner.start("cat-stretch")
    settings = coach.controller.settings
    coach.controller.apply_settings(replace(settings, voice=replace(settings.voice, listen=False)))
    assert fake.calls[-1] == "stop"


def test_a_fault_shows_a_note_and_the_session_goes_on(coach, voice):
    commands, fake = voice
    coach.controller.runner.start("cat-stretch")
    fake.listening_changed.emit(False)
    fake.note_changed.emit("No microphone found: voice commands are off. Keys and buttons work as usual.")
    assert commands.badge.mark.isVisible() and "No microphone" in commands.badge.mark.text()
    assert coach.driver.state is PlayerState.RUNNING


def test_commands_after_the_session_do_nothing(coach, voice):
    commands, _fake = voice
    commands.act(Command.PAUSE)
    assert coach.controller.runner.driver is None and not commands.badge.flash.isVisible()


def test_the_voice_dialog_turns_it_on_and_it_is_saved(coach, qtbot):
    from coach.storage import settings as settings_store
    from coach.ui.home.voice_settings_dialog import VoiceSettingsDialog

    dialog = coach.controller.open_voice_settings()
    assert not dialog.listen_box.isChecked(), "off until the person turns it on"
    dialog.listen_box.setChecked(True)
    dialog.done(VoiceSettingsDialog.DialogCode.Accepted)
    assert coach.controller.settings.voice.listen
    assert settings_store.load_or_repair().voice.listen, "saved to settings.toml"


def test_the_wake_word_setting_reaches_the_recogniser_and_follows_changes(coach, voice):
    _commands, fake = voice
    coach.controller.runner.start("cat-stretch")
    assert fake.wake_word is True, "on by default"
    settings = coach.controller.settings
    coach.controller.apply_settings(replace(settings, voice=replace(settings.voice, wake_word=False)))
    assert fake.wake_word is False
    coach.controller.apply_settings(replace(settings, voice=replace(settings.voice, wake_word=True)))
    assert fake.wake_word is True


def test_coach_alone_changes_the_mark_until_a_command_is_taken(coach, voice, qtbot):
    commands, fake = voice
    coach.controller.runner.start("cat-stretch")
    assert commands.badge.mark.text() == "● Listening"
    fake.armed.emit(4.0)
    assert commands.badge.mark.text() == "● Coach is listening…" and commands.badge.mark.isVisible()
    fake.heard.emit(Command.PAUSE, "pause")
    assert commands.badge.mark.text() == "● Listening"


def test_the_armed_mark_goes_back_when_its_seconds_are_over(coach, voice, qtbot):
    commands, fake = voice
    coach.controller.runner.start("cat-stretch")
    fake.armed.emit(0.05)
    assert commands.badge.armed
    qtbot.waitUntil(lambda: commands.badge.mark.text() == "● Listening", timeout=3000)
    assert not commands.badge.armed


def test_the_voice_dialog_has_the_wake_word_box_and_it_is_saved(coach, qtbot):
    from coach.storage import settings as settings_store
    from coach.ui.home.voice_settings_dialog import VoiceSettingsDialog

    dialog = coach.controller.open_voice_settings()
    assert dialog.wake_box.isChecked(), "on by default"
    # The box names the phrase the recogniser listens for: changing one means changing the other.
    assert WAKE_PHRASE.text in dialog.wake_box.text().lower() and "4 seconds" in dialog.wake_box.toolTip()
    assert not dialog.wake_box.isEnabled(), "means nothing while not listening"
    dialog.listen_box.setChecked(True)
    assert dialog.wake_box.isEnabled()
    dialog.wake_box.setChecked(False)
    dialog.done(VoiceSettingsDialog.DialogCode.Accepted)
    assert not coach.controller.settings.voice.wake_word
    assert not settings_store.load_or_repair().voice.wake_word, "saved to settings.toml"
