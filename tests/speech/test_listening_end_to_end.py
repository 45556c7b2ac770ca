"""Voice commands through a real audio path: the private PulseAudio null sink's monitor is the microphone.

Qt lists no monitor source as a microphone, so the monitor is remapped to an ordinary source
(module-remap-source) and made the default input. A command played into the sink then reaches
the app as a person's voice would reach a microphone,
and so does the app's own voice: the test hears both, through QAudioSource, the worker
process and the mute gate, as the person's session would.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import replace

import pytest

from coach.domain.player import PlayerState
from coach.storage import settings as settings_store
from coach.ui.app import build, start_speech
from coach.ui.voice_commands import VoiceCommands

from ..histories import close_at_end
from .test_speech_service import _catalogue

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def microphone(sound_server):
    """The null sink's monitor as the default input; unloaded afterwards."""
    env = {**os.environ, "PULSE_SERVER": sound_server}
    module = subprocess.run(["pactl", "load-module", "module-remap-source", "master=tests.monitor",
                             "source_name=test_microphone"], env=env, check=True, capture_output=True, text=True)
    subprocess.run(["pactl", "set-default-source", "test_microphone"], env=env, check=True)
    yield sound_server
    subprocess.run(["pactl", "unload-module", module.stdout.strip()], env=env, check=True)


def spoken(text: str, folder) -> str:
    raw, out = folder / "raw.wav", folder / f"{text.replace(' ', '_')}.wav"
    subprocess.run(["flite", "-voice", "slt", "-t", text, "-o", str(raw)], check=True, capture_output=True)
    subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", str(out), "norm", "-6", "pad", "0.3", "0.6"],
                   check=True, capture_output=True)
    return str(out)


@pytest.fixture
def listening_session(qtbot):
    """Start a session that listens (start_session below); whatever the test's end, its listening and speech
    are stopped after it: a worker process left running is destroyed with a warning, which fails the next test."""
    started = []

    def start(speed: float, muted: bool, wake_word: bool = True):
        session = start_session(qtbot, speed, muted, wake_word)
        started.append(session)
        return session

    yield start
    for _controller, speech, voice, _heard in started:
        voice.stop()
        speech.shutdown()


def start_session(qtbot, speed: float, muted: bool, wake_word: bool):
    settings_store.record_safety_note_read()
    settings = settings_store.load_or_repair()
    settings = replace(settings, voice=replace(settings.voice, listen=True, muted=muted, wake_word=wake_word),
                       coach=replace(settings.coach, ask_pain_before=False, ask_pain_after=False))
    window, controller = build(_catalogue(), speed=speed, settings=settings)
    close_at_end(controller)
    qtbot.addWidget(window)
    window.show()
    speech = start_speech(controller)
    voice = controller.findChild(VoiceCommands)
    heard = []
    controller.runner.start("lower-back")
    qtbot.waitUntil(lambda: voice.listening is not None and voice.listening.listening, timeout=30_000)
    voice.listening.heard.connect(lambda command, words: heard.append(words))
    return controller, speech, voice, heard


def play(qtbot, wav: str, server: str) -> None:
    player = subprocess.Popen(["paplay", wav], env={**os.environ, "PULSE_SERVER": server})
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=10_000)  # the event loop keeps reading the microphone


def test_a_spoken_pause_pauses_a_sped_up_session(qtbot, tmp_path, microphone, listening_session):
    """The wake phrase on (Say “Hey coach” first): "hey coach pause" through a real audio path pauses, "hey coach
    go on" resumes."""
    controller, _speech, voice, heard = listening_session(speed=5, muted=True)
    assert controller.runner.driver.state is PlayerState.RUNNING
    play(qtbot, spoken("hey coach pause", tmp_path), microphone)
    qtbot.waitUntil(lambda: controller.runner.driver.state is PlayerState.PAUSED, timeout=5_000)
    assert heard == ["hey coach pause"] and voice.badge.flash.text() == "Pause"
    play(qtbot, spoken("hey coach go on", tmp_path), microphone)
    qtbot.waitUntil(lambda: controller.runner.driver.state is PlayerState.RUNNING, timeout=5_000)
    controller.go_home()
    assert not voice.listening.listening


def test_the_app_never_obeys_its_own_voice(qtbot, tmp_path, microphone, listening_session):
    """Real time, the voice on: its cues, and then the words "Pause" and "Next" in its own voice, all
    play into the microphone, and nothing is obeyed. Without the wake word: any bare command would count,
    so only the mute gate keeps them out."""
    controller, speech, _, heard = listening_session(speed=1, muted=False, wake_word=False)
    started = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - started > 6, timeout=10_000)
    for word in ("Pause.", "Next."):
        speech.speak(word)
        started = time.monotonic()
        qtbot.waitUntil(lambda started=started: time.monotonic() - started > 2.5, timeout=5_000)
    assert heard == [] and controller.runner.driver.state is PlayerState.RUNNING
