"""The home screen's card that offers voice commands, once, to people the safety note never asked."""

from __future__ import annotations

import importlib.util
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from coach.storage import settings as settings_store
from coach.ui import voice_commands

from ..conftest import make_coach


def offer_shown(coach) -> bool:
    return coach.window.home.listen_offer.isVisibleTo(coach.window.home)


@pytest.mark.parametrize("answer", [True, False], ids=["turn on", "not now"])
def test_someone_who_read_the_note_before_voice_commands_is_asked_once(qtbot, catalogue, answer):
    settings_store.record_safety_note_read()  # read on an earlier version: never offered
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    assert offer_shown(coach)
    card = coach.window.home.listen_offer
    assert "pause" in card.text_label.text() and "recorded" in card.text_label.text()
    qtbot.mouseClick(card.yes_button if answer else card.no_button, Qt.MouseButton.LeftButton)
    assert not offer_shown(coach)
    saved = settings_store.load()
    assert saved.voice.listen is answer and saved.first_run.listen_offered is True
    again = make_coach(qtbot, catalogue)
    again.controller.open()
    assert not offer_shown(again), "answered either way: never asked again"


def test_new_people_are_asked_with_the_note_not_by_the_card(qtbot, catalogue):
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    assert not offer_shown(coach), "the safety note has the offer"
    qtbot.keyClick(coach.window.first_run, Qt.Key.Key_Return)
    assert coach.window.stack.currentWidget() is coach.window.home
    assert not offer_shown(coach), "the note's offer was the once"


def test_not_shown_when_already_listening_nor_after_the_voice_dialog(qtbot, catalogue):
    settings_store.record_safety_note_read()
    settings = settings_store.load()
    settings_store.save(replace(settings, voice=replace(settings.voice, listen=True)))
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    assert not offer_shown(coach)
    dialog = coach.controller.open_voice_settings()
    dialog.listen_box.setChecked(False)  # turned off in the dialog, which has the same box: asked already
    dialog.accept()
    assert settings_store.load().first_run.listen_offered is True
    assert not offer_shown(coach)


def test_not_offered_without_the_recogniser(qtbot, catalogue, monkeypatch):
    settings_store.record_safety_note_read()
    real = importlib.util.find_spec
    monkeypatch.setattr(voice_commands.importlib.util, "find_spec",
                        lambda name, *args: None if name == "pocketsphinx" else real(name, *args))
    coach = make_coach(qtbot, catalogue)
    coach.controller.open()
    assert not offer_shown(coach)
