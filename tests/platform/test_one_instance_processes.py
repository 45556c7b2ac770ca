"""Two real `backcoach` processes: the second hands its request to the first and exits 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from coach.storage import settings as settings_store
from coach.storage.paths import user_state_dir
from coach.platform.single_instance import SingleInstance

pytestmark = pytest.mark.slow


def start_backcoach(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "coach", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def wait_until_listening(process: subprocess.Popen[str], qapp) -> None:
    probe = SingleInstance(user_state_dir())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1]
        if probe.send({"command": "show"}, timeout_ms=500):
            return
    pytest.fail("the first instance never started listening")


def test_the_second_start_hands_over_and_the_first_runs_the_routine(qapp):
    settings_store.record_safety_note_read()
    first = start_backcoach("--speed", "50", "--exit-when-done")
    try:
        wait_until_listening(first, qapp)
        second = subprocess.run([sys.executable, "-m", "coach", "--start", "cat-stretch"], capture_output=True,
                                text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert second.returncode == 0, second.stderr
        # The first got "start cat-stretch": it runs it (1:15 at speed 50) and, being --exit-when-done, quits.
        _out, err = first.communicate(timeout=60)
        assert first.returncode == 0, err
        assert "Traceback" not in err
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def test_a_crashed_first_instance_leaves_nothing_that_blocks_the_next(qapp):
    settings_store.record_safety_note_read()
    crashed = start_backcoach()
    try:
        wait_until_listening(crashed, qapp)
    finally:
        crashed.send_signal(signal.SIGKILL)
        crashed.communicate()
    assert (user_state_dir() / "instance.lock").exists(), "the crash left its lock behind"
    result = subprocess.run([sys.executable, "-m", "coach", "--start", "cat-stretch", "--speed", "50",
                             "--exit-when-done"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
