"""The safety note: shown once before anything else, remembered, never blocking a demo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coach.domain.routine import Level
from coach.storage import settings as settings_store

from ..conftest import make_coach


def test_first_run_shows_the_note_with_the_red_flags_then_home(qtbot, catalogue):
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    window = coach.window
    assert window.stack.currentWidget() is window.first_run
    text = "\n".join(window.first_run.texts())
    for words in ("not a doctor", "numbness", "bladder or bowels", "fever", "fall", "down a leg",
                  "Stop any exercise that makes your pain worse."):
        assert words in text
    qtbot.keyClick(window.first_run, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home
    assert settings_store.load().first_run.safety_note_read is not None


def test_once_read_it_is_not_shown_again(qtbot, catalogue):
    settings_store.record_safety_note_read()
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    assert coach.window.stack.currentWidget() is coach.window.home


def test_start_on_a_first_run_shows_the_note_before_the_session(qtbot, catalogue):
    coach = make_coach(qtbot, catalogue)
    coach.controller.open(start=("cat-stretch", Level.GENTLE))
    assert coach.window.stack.currentWidget() is coach.window.first_run
    assert coach.controller.runner.driver is None, "nothing starts before the note is read"
    qtbot.mouseClick(coach.window.first_run.button, Qt.MouseButton.LeftButton)
    assert coach.window.stack.currentWidget() is coach.window.session
    assert coach.driver.player.timeline.level is Level.GENTLE
    coach.controller.go_home()


def test_exit_when_done_shows_the_note_but_does_not_wait_or_record_it(qtbot, catalogue):
    coach = make_coach(qtbot, catalogue, exit_when_done=True)
    coach.controller.open(start=("cat-stretch", Level.STANDARD))
    assert coach.window.stack.currentWidget() is coach.window.first_run
    qtbot.waitUntil(lambda: coach.controller.runner.driver is not None, timeout=2000)
    assert coach.window.stack.currentWidget() is coach.window.session
    assert settings_store.load().first_run.safety_note_read is None, "nobody acknowledged it"
    quits = []
    coach.controller.quit_requested.connect(lambda: quits.append(True))
    coach.run_to_end()
    assert quits == [True]


def test_an_acknowledgement_that_cannot_be_saved_only_means_the_note_shows_again(qtbot, catalogue, user_dirs):
    config = user_dirs["XDG_CONFIG_HOME"]
    config.mkdir(parents=True)
    (config / "backcoach").write_text("a file where the folder should be")
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    qtbot.keyClick(coach.window.first_run, Qt.Key.Key_Return)
    assert coach.window.stack.currentWidget() is coach.window.home, "the app goes on"
    assert "could not be saved" in coach.window.home.problems_label.text()
    assert settings_store.load().first_run.safety_note_read is None


def test_voice_commands_are_offered_once_with_the_note_unticked_and_the_answer_is_kept(qtbot, catalogue):
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    screen = coach.window.first_run
    assert screen.listen_box.isVisibleTo(screen) and not screen.listen_box.isChecked(), "opt-in: offered, unticked"
    screen.listen_box.setChecked(True)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    saved = settings_store.load()
    assert saved.voice.listen is True
    assert saved.first_run.listen_offered is True


def test_declining_voice_commands_is_remembered_too(qtbot, catalogue):
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    qtbot.keyClick(coach.window.first_run, Qt.Key.Key_Return)
    saved = settings_store.load()
    assert saved.voice.listen is False and saved.first_run.listen_offered is True


def test_voice_commands_are_not_offered_again_nor_when_already_on(qtbot, catalogue):
    from dataclasses import replace

    for first_run, voice in ((settings_store.FirstRunSettings(listen_offered=True), settings_store.VoiceSettings()),
                             (settings_store.FirstRunSettings(), settings_store.VoiceSettings(listen=True))):
        settings_store.save(replace(settings_store.Settings(), first_run=first_run, voice=voice))
        coach = make_coach(qtbot, catalogue)
        coach.controller.open()
        screen = coach.window.first_run
        assert not screen.listen_box.isVisibleTo(screen)
        assert screen.listening_answer() is None
        qtbot.keyClick(screen, Qt.Key.Key_Return)
        assert settings_store.load().voice.listen is voice.listen, "an unasked question changes nothing"
