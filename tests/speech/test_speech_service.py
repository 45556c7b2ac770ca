"""The voice in the app: prepared, timed, interruptible, and a session that survives any engine fault."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from coach.speech.wav_cache import wav_seconds
from coach.storage import settings as settings_store
from coach.ui.app import build
from coach.ui.session.session_voice import phrases_of

from ..domain.routines import timeline
from ..histories import close_at_end
from .conftest import fake_worker

pytestmark = pytest.mark.slow


def test_preparing_makes_every_phrase_once_and_the_second_time_nothing(qtbot, make_service):
    phrases = phrases_of(timeline("cat-stretch"))
    service = make_service()
    progress = []
    service.prepare_progress.connect(lambda ready, total: progress.append((ready, total)))
    service.prepare(phrases)
    qtbot.waitUntil(lambda: progress and progress[-1] == (len(phrases), len(phrases)), timeout=20_000)
    assert progress[0][0] < len(phrases), "progress is shown while it prepares"

    again = make_service()
    started = []
    again._files.ready.connect(lambda: started.append(True))
    progress.clear()
    again.prepare_progress.connect(lambda ready, total: progress.append((ready, total)))
    again.prepare(phrases)
    assert progress == [(len(phrases), len(phrases))], "all cached: ready at once"
    qtbot.wait(300)
    assert started == [], "the cache was hit: no engine was even started"


def test_a_prepared_phrase_plays_to_its_real_end_and_stop_silences_it(qtbot, make_service):
    service = make_service()
    text = "Lie on your back and bend your knees."
    service.prepare([text])
    qtbot.waitUntil(lambda: service._cache.has(text, None, service.settings.rate), timeout=10_000)
    seconds = wav_seconds(service._cache.path_for(text, None, service.settings.rate))
    clock = QElapsedTimer()
    clock.start()
    with qtbot.waitSignal(service.finished, timeout=int(seconds * 1000) + 2000) as spoken:
        service.speak(text, token=7)
        assert service.busy and service._voice.playing
    assert spoken.args == [7]
    assert clock.elapsed() >= seconds * 1000 - 20, "finished only when the words have been said"

    finished = []
    service.finished.connect(finished.append)
    service.speak(text, token=8)
    qtbot.wait(100)
    clock.restart()
    service.stop()
    assert clock.elapsed() < 50 and not service.busy and not service._voice.playing
    qtbot.wait(int(seconds * 1000))
    assert finished == [], "a stopped phrase reports nothing"


def test_the_window_never_waits_while_speaking_a_long_unprepared_text(qtbot, make_service):
    service = make_service()
    text = " ".join(["Keep your belly tight and your back pressed to the floor."] * 4)
    gaps = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(5)
    # Synthesising the text and starting to play it is where a stall would be; a second of playing
    # shows the playing is not one (the rest of its ~10 s would only repeat that second).
    service.speak(text, token=1)
    qtbot.waitUntil(lambda: service._voice.playing, timeout=10_000)
    qtbot.wait(1000)
    ticker.stop()
    assert service.busy, "still speaking: the whole long text was synthesised and is playing"
    service.stop()
    assert len(gaps) > 100
    assert max(gaps) < 100, f"the event loop stalled for {max(gaps)} ms"


# The cat stretch's spoken end ("Well done...", 5 s planned): the shortest tail that still has a
# segment waiting for the voice. The two phases before it added 4 s to each test and nothing more.
LAST_SEGMENT = 24


def run_session(qtbot, service, routine="cat-stretch", first_segment=LAST_SEGMENT, speed=1.0):
    """A real window and real timers, the voice attached; at real speed spoken segments wait for it.

    By default the spoken end of the cat stretch: about 5 s.
    """
    settings_store.record_safety_note_read()
    window, controller = build(_catalogue(), speed=speed)
    close_at_end(controller)
    qtbot.addWidget(window)
    window.show()
    controller.attach_speech(service)
    finished = []
    controller.runner.finished.connect(finished.append)
    controller.runner.start(routine, first_segment=first_segment)
    assert controller.runner.driver.player.timeline.segments[first_segment].say, "it starts on a spoken segment"
    return window, controller, finished


def _catalogue():
    from coach.domain.routine_loader import load_catalogue
    from coach.resources import builtin_routines_dir

    return load_catalogue(builtin_routines_dir(), None)


@pytest.mark.parametrize("behaviour", ["fatal", "no-start", "hang", "exit"])
def test_a_broken_engine_never_stops_the_session(qtbot, make_service, behaviour):
    service = make_service(worker_command=fake_worker(behaviour))
    window, controller, finished = run_session(qtbot, service)
    clock = QElapsedTimer()
    clock.start()
    qtbot.waitUntil(window.session.voice_note_label.isVisible, timeout=4000)
    noticed = clock.elapsed()
    assert controller.runner.driver.player._wait_for_speech is False, "a broken voice is not waited for"
    qtbot.waitUntil(lambda: finished == [True], timeout=20_000)
    assert window.session.voice_note_label.text() == service.note
    # Whether it cannot start, never starts, hangs or dies: noticed within 2 s (the watchdogs' limits).
    assert noticed < 2300, noticed
    # Once noticed, nothing waits for the voice: the rest of the session runs on plan.
    remaining_plan_ms = sum(s.seconds for s in controller.runner.driver.player.timeline.segments[LAST_SEGMENT:]) * 1000
    assert clock.elapsed() < remaining_plan_ms + 3000
    controller.go_home()


def test_no_sound_output_goes_on_with_captions_and_a_note(qtbot, make_service):
    service = make_service(sound_output=False, worker_command=fake_worker("fatal"))
    assert "No sound output" in service.note
    window, controller, finished = run_session(qtbot, service)
    assert window.session.voice_note_label.isVisible()
    qtbot.waitUntil(lambda: finished == [True], timeout=30_000)
    controller.go_home()


def test_the_home_screen_never_says_voice_ready_without_a_sound_output(qtbot, make_service, monkeypatch):
    """It said "Voice ready." with no sound output; once the phrases are ready it looks."""
    from coach.speech import sound_output

    monkeypatch.setattr(sound_output, "sound_output_available", lambda: False)
    settings_store.record_safety_note_read()
    window, controller = build(_catalogue())
    close_at_end(controller)
    qtbot.addWidget(window)
    window.show()
    controller.attach_speech(make_service())
    label = window.home.voice_label
    qtbot.waitUntil(lambda: label.text() and not label.text().startswith("Preparing"), timeout=30_000)
    assert label.text() == "No sound output found: the voice may be silent. Follow the captions."


def test_killing_the_engine_mid_routine_restarts_it_and_the_session_ends(qtbot, make_service):
    service = make_service()
    _, controller, finished = run_session(qtbot, service)
    qtbot.waitUntil(lambda: service._files._process is not None and service._files._ready, timeout=10_000)
    os.kill(service._files._process.processId(), signal.SIGKILL)
    qtbot.waitUntil(lambda: finished == [True], timeout=60_000)
    assert service._files.available, "one crash is forgiven: the engine was restarted"
    controller.go_home()


def test_muting_mid_session_releases_a_segment_waiting_for_the_voice(qtbot, make_service):
    service = make_service()
    _, controller, finished = run_session(qtbot, service)
    player = controller.runner.driver.player
    assert player._wait_for_speech
    controller.toggle_mute()
    assert not player._wait_for_speech and not service.busy
    qtbot.waitUntil(lambda: finished == [True], timeout=20_000)


def test_a_sped_up_demo_does_not_wait_for_real_time_speech(qtbot, make_service):
    service = make_service()
    _, controller, finished = run_session(qtbot, service, first_segment=0, speed=20)
    assert not controller.runner.driver.player._wait_for_speech
    qtbot.waitUntil(lambda: finished == [True], timeout=10_000)
    controller.go_home()


def test_qtmultimedia_loads_only_when_a_session_needs_sound(tmp_path, sound_server):
    """An app idling in the tray, even with the voice preparing phrases, keeps QtMultimedia (~22 MiB) out;
    so does looking for a sound output when a sound server answers. The first sound loads it."""
    script = f"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from coach.ui.app import application
from coach.speech.service import SpeechService
from coach.speech.wav_cache import WavCache
from coach.speech.voice import VoiceSettings
app = application()
service = SpeechService(WavCache(Path({str(tmp_path)!r}) / "speech"), Path({str(tmp_path)!r}) / "chimes",
                        VoiceSettings())
done = []
service.prepare_progress.connect(lambda ready, total: done.append(ready == total))
service.prepare(["Lift", "Lower", "Hold"])
end = time.monotonic() + 20
while not (done and done[-1]) and time.monotonic() < end:
    app.processEvents(); time.sleep(0.01)
print("prepared", bool(done and done[-1]), "PySide6.QtMultimedia" in sys.modules)
print("can speak", service.can_speak, "PySide6.QtMultimedia" in sys.modules)
service.chime("heard")
print("chimed", "PySide6.QtMultimedia" in sys.modules)
service.shutdown()
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PULSE_SERVER": sound_server})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["prepared True False", "can speak True False", "chimed True"]
