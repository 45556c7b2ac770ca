"""The app always starts (a damaged or foreign lock is taken over) and SIGTERM shuts it down cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest

from coach.storage import history
from coach.storage import settings as settings_store
from coach.storage.history_schema import open_database
from coach.storage.paths import user_state_dir
from coach.platform.single_instance import SingleInstance, server_name_for

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Unix signals and sockets")


@pytest.mark.parametrize("content", ["", "garbage\n", "folder", "foreign"])
def test_a_damaged_or_foreign_lock_is_taken_over(qapp, tmp_path, content):
    lock_dir = tmp_path / "state"
    lock_dir.mkdir()
    lock = lock_dir / "instance.lock"
    sleeper = None
    if content == "folder":
        lock.mkdir()
    elif content == "foreign":
        sleeper = subprocess.Popen(["sleep", "30"])
        # Named as the live process is, so QLockFile itself takes it for a live holder.
        lock.write_text(f"{sleeper.pid}\nsleep\n{os.uname().nodename}\n")
    else:
        lock.write_text(content)
    instance = SingleInstance(lock_dir)
    try:
        assert instance.claim() is True
        assert instance.recovery is not None and str(lock) in instance.recovery
    finally:
        instance.release()
        if sleeper is not None:
            sleeper.kill()
            sleeper.wait()


@pytest.fixture
def runtime():
    """A short runtime folder, as /run/user/<uid> is (a socket path has at most 108 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="bc-run-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_socket_is_in_the_runtime_folder(tmp_path, monkeypatch, runtime):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert server_name_for(tmp_path).startswith(f"{runtime}/backcoach-")
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert "/" not in server_name_for(tmp_path)


@pytest.mark.slow
def test_sigterm_closes_the_session_as_interrupted_and_removes_lock_and_socket(monkeypatch, runtime):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    settings_store.record_safety_note_read()
    saved = settings_store.load()
    settings_store.save(replace(saved, coach=replace(saved.coach, ask_pain_before=False, ask_pain_after=False)))
    app = subprocess.Popen([sys.executable, "-m", "coach", "--start", "cat-stretch"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not (history.history_path().exists() and list(runtime.glob("backcoach-*"))):
            assert time.monotonic() < deadline and app.poll() is None, "the app did not start its session"
            time.sleep(0.1)
        time.sleep(0.5)
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0 and "Traceback" not in err, err
    assert not (user_state_dir() / "instance.lock").exists()
    assert not list(runtime.glob("backcoach-*"))
    connection = open_database(history.history_path())
    try:
        assert [s.outcome.value for s in history.sessions(connection)] == ["interrupted"]
    finally:
        connection.close()
