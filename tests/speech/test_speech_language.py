"""The app's voice speaks the session's language, or, with no voice for it, steps aside for captions and says so."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.speech.wav_cache import wav_seconds
from coach.storage.settings import VoiceSettings

pytestmark = pytest.mark.slow

VOICELESS_WORKER = [sys.executable, str(Path(__file__).with_name("voiceless_worker.py"))]


def test_a_phrase_is_prepared_in_the_languages_voice_and_kept_apart_from_english(qtbot, make_service):
    thai = make_service(language="th")
    english = make_service()
    phrase = "สลับข้าง"
    assert thai._path(phrase) != english._path(phrase)
    progress = []
    thai.prepare_progress.connect(lambda ready, total: progress.append((ready, total)))
    thai.prepare([phrase])
    qtbot.waitUntil(lambda: progress and progress[-1] == (1, 1), timeout=20_000)
    assert wav_seconds(thai._path(phrase)) > 0.3
    assert thai.note == ""


def test_no_voice_for_the_language_means_captions_and_a_note_saying_so(qtbot, make_service):
    service = make_service(language="th", worker_command=VOICELESS_WORKER)
    finished = []
    service.finished.connect(finished.append)
    service.speak("สลับข้าง", "token")
    qtbot.waitUntil(lambda: finished == ["token"], timeout=10_000)
    qtbot.waitUntil(lambda: service.note.startswith("Captions only: no voice for ไทย (th) is installed"),
                    timeout=10_000)
    assert not service.can_speak

    # English needs no voice of its own (the engine's default speaks it): choosing it brings the voice back.
    service.set_language("en")
    assert service.note == "" and service.can_speak
    progress = []
    service.prepare_progress.connect(lambda ready, total: progress.append((ready, total)))
    service.prepare(["Switch sides."])
    qtbot.waitUntil(lambda: progress and progress[-1] == (1, 1), timeout=20_000)
    assert service.note == ""


def test_the_persons_chosen_voice_wins_over_the_language(qtbot, make_service):
    service = make_service(language="th", settings=VoiceSettings(voice="gmw/en-us"),
                           worker_command=VOICELESS_WORKER)
    progress = []
    service.prepare_progress.connect(lambda ready, total: progress.append((ready, total)))
    service.prepare(["Switch sides."])
    qtbot.waitUntil(lambda: progress and progress[-1] == (1, 1), timeout=20_000)
    assert service.note == ""
