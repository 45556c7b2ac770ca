"""The voice settings dialog and what its choices change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coach.domain.timeline import SegmentKind


def test_v_opens_the_dialog_and_ok_applies_the_choices(coach, qtbot):
    changed = []
    coach.controller.settings_changed.connect(changed.append)
    qtbot.keyClick(coach.window.home.routine_list, Qt.Key.Key_V)
    dialog = coach.controller.voice_dialog
    assert dialog.isVisible() and dialog.voice_box.count() >= 1
    dialog.rate_slider.setValue(140)
    dialog.volume_slider.setValue(40)
    dialog.counts_box.setChecked(False)
    dialog.ticks_box.setChecked(True)
    dialog.accept()
    voice = coach.controller.settings.voice
    assert (voice.rate, voice.volume, voice.counts, voice.rest_ticks) == (140, 0.4, False, True)
    assert changed and changed[-1].voice == voice

    coach.controller.runner.start("lower-back")
    timeline = coach.driver.player.timeline
    lifts = [s.say for s in timeline.segments if s.exercise == "bridge" and s.kind is SegmentKind.MOVE]
    assert lifts[0] == "Lift", "rep counts are off"
    rest = next(s for s in timeline.segments if s.kind is SegmentKind.REST)
    assert [c.sound for c in rest.cues if c.sound] == ["tick", "tick", "tick"]


def test_cancel_keeps_the_old_settings(coach):
    before = coach.controller.settings
    dialog = coach.controller.open_voice_settings()
    dialog.rate_slider.setValue(300)
    dialog.reject()
    assert coach.controller.settings == before


def test_the_dialog_lists_voices_with_their_language_and_keeps_a_chosen_one(coach):
    from coach.speech.engine import VoiceInfo

    dialog = coach.controller.open_voice_settings()
    dialog.set_voices([VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
                       VoiceInfo("roa/fr", "French", ("fr-fr",))])
    texts = [dialog.voice_box.itemText(i) for i in range(dialog.voice_box.count())]
    assert "English (Great Britain) (en-gb)" in texts and "French (fr-fr)" in texts
    dialog.voice_box.setCurrentIndex(dialog.voice_box.findData("roa/fr"))
    dialog.set_voices([VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",))])
    assert dialog.voice_box.currentData() == "roa/fr", "a voice the engine stopped listing is not lost"
    dialog.reject()


def test_m_mutes_and_the_choice_is_a_setting(coach, qtbot):
    coach.controller.runner.start("cat-stretch")
    qtbot.keyClick(coach.window, Qt.Key.Key_M)
    assert coach.controller.settings.voice.muted


def test_the_language_entry_lists_each_language_by_its_own_name_and_ok_saves_it(coach, monkeypatch):
    from coach.storage import settings as settings_store

    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    dialog = coach.controller.open_voice_settings()
    box = dialog.language_box
    names = [box.itemText(i) for i in range(box.count())]
    assert names == ["System default", "English", "Deutsch", "Español", "ไทย"]
    assert box.currentData() == "" and not dialog.language_note.isVisible()
    box.setCurrentIndex(box.findData("th"))
    assert dialog.language_note.isVisible(), "the screens change at the next start: the dialog says so"
    dialog.accept()
    assert coach.controller.settings.appearance.language == "th"
    assert settings_store.load_or_repair().appearance.language == "th"

    dialog = coach.controller.open_voice_settings()
    assert dialog.language_box.currentData() == "th"
    dialog.language_box.setCurrentIndex(0)  # back to the desktop's, which is English: nothing to restart for
    assert not dialog.language_note.isVisible()
    dialog.reject()
