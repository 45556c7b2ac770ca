"""Speech test set-up: a private, silent sound server, and a misbehaving worker.

The sound server is PulseAudio with a null sink (Debian package pulseaudio):
QtMultimedia sees a real output device and plays in real time, but nothing
reaches the developer's speakers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.speech.service import SpeechService
from coach.speech.voice import VoiceSettings
from coach.speech.wav_cache import WavCache

FAKE_WORKER = Path(__file__).with_name("fake_worker.py")


def fake_worker(behaviour: str) -> list[str]:
    return [sys.executable, str(FAKE_WORKER), behaviour]


@pytest.fixture(scope="session")
def sound_server(tmp_path_factory):
    """Start PulseAudio with a null sink and point this process (and QtMultimedia) at it."""
    pulseaudio = shutil.which("pulseaudio")
    assert pulseaudio, "speech tests need PulseAudio for a silent sound device: apt-get install pulseaudio"
    runtime = tmp_path_factory.mktemp("pulse")
    runtime.chmod(0o700)
    socket = runtime / "native"
    env = {**os.environ, "HOME": str(runtime), "XDG_RUNTIME_DIR": str(runtime),
           "XDG_CONFIG_HOME": str(runtime / "config")}
    server = subprocess.Popen(
        [pulseaudio, "--daemonize=no", "-n", "--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=no",
         "--load=module-null-sink sink_name=tests", f"--load=module-native-protocol-unix socket={socket}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not socket.exists():
        assert server.poll() is None, "PulseAudio did not start"
        assert time.monotonic() < deadline, "PulseAudio did not open its socket"
        time.sleep(0.05)
    previous = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    yield f"unix:{socket}"
    if previous is None:
        os.environ.pop("PULSE_SERVER", None)
    else:
        os.environ["PULSE_SERVER"] = previous
    server.terminate()
    server.wait(10)


@pytest.fixture
def make_service(qtbot, tmp_path, sound_server):
    """Make speech services on the silent sound server; each is shut down after the test."""
    made = []

    def make(**kwargs) -> SpeechService:
        service = SpeechService(WavCache(tmp_path / "speech"), tmp_path / "chimes",
                                kwargs.pop("settings", VoiceSettings()), **kwargs)
        made.append(service)
        return service

    yield make
    for service in made:
        service.shutdown()
