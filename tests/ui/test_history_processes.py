"""The real app, killed with SIGKILL mid-session: the history opens and keeps every finished session."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import replace

import pytest

from coach.domain.history_records import SessionOutcome
from coach.storage import history
from coach.storage import settings as settings_store
from coach.storage.history_schema import open_database

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]


def backcoach(*args: str) -> subprocess.Popen[str]:
    # The environment of the moment: each test has XDG folders of its own.
    return subprocess.Popen([sys.executable, "-m", "coach", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def finish(*args: str) -> None:
    process = backcoach(*args)
    _out, err = process.communicate(timeout=90)
    assert process.returncode == 0, err


def sessions() -> list:
    with closing(open_database(history.history_path())) as connection:
        return history.sessions(connection)


def test_killed_mid_session_every_finished_session_is_there_and_the_killed_one_is_interrupted():
    settings_store.record_safety_note_read()
    chosen = settings_store.load()
    # Nobody is there to answer the pain check, as if the person had switched it off.
    settings_store.save(replace(chosen, coach=replace(chosen.coach, ask_pain_before=False)))
    finish("--start", "cat-stretch", "--speed", "50", "--exit-when-done")
    (done,) = sessions()
    assert done.outcome is SessionOutcome.COMPLETED and done.segments_done == done.segments_total

    running = backcoach("--start", "lower-back", "--speed", "20")
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert running.poll() is None, running.communicate()[1]
            rows = [s for s in sessions() if s.routine == "lower-back"] if history.history_path().exists() else []
            if rows and rows[0].segments_done >= 3:
                break
            time.sleep(0.05)
        else:
            pytest.fail("the session never got three segments in")
    finally:
        running.send_signal(signal.SIGKILL)
        running.communicate(timeout=30)

    with closing(sqlite3.connect(history.history_path())) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    first, killed = sessions()
    assert first == done, "the finished session is untouched"
    assert killed.outcome is SessionOutcome.RUNNING and killed.segments_done >= 3 and killed.ended is None

    finish("--start", "cat-stretch", "--speed", "50", "--exit-when-done")
    first, killed, again = sessions()
    assert killed.outcome is SessionOutcome.INTERRUPTED and killed.ended is not None
    assert again.outcome is SessionOutcome.COMPLETED
