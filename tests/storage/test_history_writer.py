"""The history writer: nothing is lost when the database is locked, full, damaged, too new, or the app is killed."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.domain.history_records import (
    LevelChoice,
    PainMoment,
    ReminderOutcome,
    ReminderOutcomeKind,
    SessionOutcome,
)
from coach.storage import history, history_spill
from coach.storage.history import FinishSession, RatePain, RecordReminder, SessionProgress, StartSession
from coach.storage.history_schema import open_database
from coach.storage.history_writer import HistoryWriter

from . import legacy_log

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 9, 30, 15, tzinfo=UTC)
FAST = (0.01, 0.02)


def a_session(key: str, at: datetime = T0) -> list[history.Operation]:
    return [StartSession(key, "cat-stretch", "Cat stretch", "gentle", at, 3),
            RatePain(key, PainMoment.BEFORE, 5, at),
            SessionProgress(key, 1, "cat", at + timedelta(seconds=40)),
            FinishSession(key, SessionOutcome.COMPLETED, at + timedelta(minutes=2), 3, "cow"),
            RatePain(key, PainMoment.AFTER, 3, at + timedelta(minutes=2))]


class Reports:
    """What a writer told us, with events to wait on."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.problem = threading.Event()
        self.recovered = threading.Event()
        self.written: list[history.Operation] = []

    def on_problem(self, message: str) -> None:
        self.problems.append(message)
        self.problem.set()

    def on_recovered(self) -> None:
        self.recovered.set()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def spill(tmp_path: Path) -> Path:
    return tmp_path / "state" / "history-pending.jsonl"


@pytest.fixture
def make_writer(db: Path, spill: Path) -> Iterator[Callable[..., tuple[HistoryWriter, Reports]]]:
    made: list[HistoryWriter] = []

    def make(**options) -> tuple[HistoryWriter, Reports]:
        reports = Reports()
        options = {"retry_delays": FAST, "busy_timeout": 0.05, "clock": lambda: NOW, **options}
        writer = HistoryWriter(db, spill_path=spill, on_problem=reports.on_problem, on_recovered=reports.on_recovered,
                               on_written=reports.written.append, **options)
        made.append(writer)
        writer.start()
        return writer, reports

    yield make
    for writer in made:
        writer.close(timeout=1.0)


def read_sessions(db: Path) -> list:
    with closing(open_database(db)) as connection:
        return history.sessions(connection)


@pytest.fixture
def lock(db: Path) -> Iterator[sqlite3.Connection]:
    """Another program's connection holding the write lock (roll it back to let go)."""
    with closing(open_database(db)):
        pass
    with closing(sqlite3.connect(db, isolation_level=None, timeout=0)) as other:
        other.execute("BEGIN IMMEDIATE")
        yield other
        if other.in_transaction:
            other.execute("ROLLBACK")


def test_writes_in_order_and_reports_each_operation(make_writer, db):
    writer, reports = make_writer()
    ops = a_session("a") + a_session("b", T0 + timedelta(days=1))
    for op in ops:
        writer.submit(op)
    assert writer.flush(5) and writer.pending == 0 and writer.problem is None
    assert reports.written == ops and reports.problems == []
    found = read_sessions(db)
    assert [(s.key, s.outcome, s.pain_before, s.pain_after) for s in found] == [
        ("a", SessionOutcome.COMPLETED, 5, 3), ("b", SessionOutcome.COMPLETED, 5, 3)]


def test_a_rejected_operation_does_not_hold_back_the_rest(make_writer, db):
    writer, _ = make_writer()
    writer.submit(RatePain("never-started", PainMoment.BEFORE, 4, T0))
    writer.submit(StartSession("odd", "r", "R", "gentle", T0, [1]))  # type: ignore[arg-type]  # cannot be stored
    for op in a_session("a"):
        writer.submit(op)
    assert writer.flush(5) and writer.pending == 0 and writer.problem is None
    assert [s.key for s in read_sessions(db)] == ["a"]


def test_a_locked_database_keeps_the_operations_until_it_is_free(make_writer, db, lock):
    writer, reports = make_writer()
    for op in a_session("a"):
        writer.submit(op)
    assert not writer.flush(0.3)
    assert writer.pending == 5, "nothing written, nothing dropped"
    assert reports.problem.wait(5), "a lock that lasts is worth saying"
    [message] = reports.problems
    assert str(db) in message and "locked" in message and "Close other programs" in message
    lock.execute("ROLLBACK")
    assert writer.flush(5) and writer.pending == 0
    assert reports.recovered.is_set() and writer.problem is None
    assert [(s.key, s.outcome) for s in read_sessions(db)] == [("a", SessionOutcome.COMPLETED)]


def test_a_lock_held_through_close_spills_and_the_next_start_replays(make_writer, db, spill, lock):
    writer, _ = make_writer()
    for op in a_session("a"):
        writer.submit(op)
    assert writer.close(timeout=0.3) is False
    assert writer.close() is False, "idempotent"
    lines = spill.read_text().splitlines()
    assert [json.loads(line)["op"] for line in lines] == ["start", "pain", "progress", "finish", "pain"]
    writer.submit(SessionProgress("a", 2, "late", T0))  # after close: straight to the spill file
    assert len(spill.read_text().splitlines()) == 6

    lock.execute("ROLLBACK")
    again, _ = make_writer()
    assert again.flush(5)
    assert [(s.key, s.outcome, s.pain_after) for s in read_sessions(db)] == [("a", SessionOutcome.COMPLETED, 3)]
    assert not spill.exists()


def test_a_spilled_finish_beats_the_interrupted_mark(make_writer, db, spill):
    writer, _ = make_writer()
    writer.submit(a_session("a")[0])
    assert writer.flush(5) and writer.close()
    spill.parent.mkdir(parents=True, exist_ok=True)
    ghost = RatePain("ghost", PainMoment.AFTER, 1, T0)  # its session was never started: rejected, not retried
    lines = [json.dumps(history.op_to_json(op)) for op in [ghost, *a_session("a")[1:]]]
    spill.write_text("\n".join(lines) + '\n{"op": "fini')  # the last line torn by a power cut
    again, _ = make_writer()
    assert again.flush(5)
    assert [(s.outcome, s.pain_after) for s in read_sessions(db)] == [(SessionOutcome.COMPLETED, 3)]
    assert not spill.exists()


def test_a_damaged_file_is_moved_aside_and_a_new_history_starts(make_writer, db):
    db.parent.mkdir(parents=True)
    db.write_bytes(b"not a database at all " * 100)
    writer, reports = make_writer()
    for op in a_session("a"):
        writer.submit(op)
    assert writer.flush(5)
    moved = db.with_name("history.sqlite3.corrupt-20260302-093015")
    assert moved.read_bytes() == b"not a database at all " * 100
    [message] = reports.problems
    assert str(moved) in message and "a new history starts now" in message
    assert [s.key for s in read_sessions(db)] == ["a"]


def test_a_file_from_a_newer_version_is_left_alone_and_nothing_is_lost(make_writer, db, spill):
    db.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("PRAGMA user_version = 7")
    before = db.read_bytes()
    writer, reports = make_writer()
    writer.submit(a_session("a")[0])
    assert reports.problem.wait(5)
    assert not writer.flush(0.1) and writer.pending == 1
    assert "newer Back Coach" in writer.problem and str(db) in writer.problem
    assert len(reports.problems) == 1, "said once, however often it retries"
    assert writer.close(timeout=0.1) is False
    assert db.read_bytes() == before
    assert history.op_from_json(json.loads(spill.read_text())) == a_session("a")[0]


def test_a_full_disk_is_reported_once_and_the_rows_are_written_when_space_returns(make_writer, db):
    writer, _ = make_writer()
    for op in a_session("a") + a_session("b", T0 + timedelta(days=1)):
        writer.submit(op)
    assert writer.flush(5) and writer.close()

    def no_more_pages(connection: sqlite3.Connection) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    writer, reports = make_writer(connection_hook=no_more_pages)
    big = [RecordReminder(ReminderOutcome(at=T0 + timedelta(minutes=n), kind=ReminderOutcomeKind.FIRED, rule=1,
                                          detail={"padding": "x" * 2000})) for n in range(40)]
    for op in big:
        writer.submit(op)
    assert reports.problem.wait(5)
    assert not writer.flush(0.2), "it kept trying meanwhile"
    [message] = reports.problems
    assert "disk is full" in message and str(db) in message and "nothing is lost" in message
    assert writer.pending == 40 and writer.problem == message and not reports.recovered.is_set()
    assert [s.key for s in read_sessions(db)] == ["a", "b"], "the earlier rows are intact"

    writer.call_on_connection(lambda connection: connection.execute("PRAGMA max_page_count = 1000000"))
    assert writer.flush(5) and writer.pending == 0
    assert reports.recovered.wait(5) and writer.problem is None
    with closing(open_database(db)) as connection:
        assert len(history.reminder_outcomes(connection)) == 40
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_legacy_reminder_log_is_imported_once(make_writer, db, tmp_path):
    log = tmp_path / "state" / "reminder-log.jsonl"
    legacy_log.append_outcome({"at": T0, "outcome": "fired", "rule": 1, "routine": "cat-stretch",
                                     "slot": T0, "late_seconds": 0.0}, log)
    legacy_log.append_outcome({"at": T0 + timedelta(hours=1), "outcome": "skipped", "rule": 1,
                                     "routine": "cat-stretch", "slot": T0}, log)
    writer, _ = make_writer(legacy_reminder_log=log)
    assert writer.flush(5) and writer.close()
    assert not log.exists() and log.with_name("reminder-log.jsonl.imported").exists()

    again, _ = make_writer(legacy_reminder_log=log)
    again.submit(RecordReminder(ReminderOutcome(at=T0 + timedelta(hours=2), kind=ReminderOutcomeKind.RESUMED)))
    assert again.flush(5)
    with closing(open_database(db)) as connection:
        kinds = [o.kind.value for o in history.reminder_outcomes(connection)]
    assert kinds == ["fired", "skipped", "resumed"]


def test_closing_a_writer_that_never_started_spills_at_once(db, spill):
    writer = HistoryWriter(db, spill_path=spill, on_problem=lambda message: None)
    writer.submit(a_session("a")[0])
    began = time.monotonic()
    assert writer.close() is False and time.monotonic() - began < 0.5
    assert len(spill.read_text().splitlines()) == 1 and not db.exists()



def test_a_level_choice_spilled_at_close_is_written_at_the_next_start(make_writer, db, spill):
    choice = LevelChoice(at=T0, from_level="standard", to_level="strong", suggested_level="strong", accepted=True)
    closed = HistoryWriter(db, spill_path=spill, on_problem=lambda message: None)
    closed.submit(history.RecordLevelChoice(choice))
    assert closed.close() is False
    assert json.loads(spill.read_text()) == {"op": "level", "at": "2026-03-01T08:00:00.000000+00:00",
                                             "from": "standard", "to": "strong", "suggested": "strong",
                                             "accepted": True}
    writer, _ = make_writer()
    assert writer.flush(5) and not spill.exists()
    with closing(open_database(db)) as connection:
        assert history.level_choices(connection) == [choice]


CRASHING_APP = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from coach.domain.history_records import SessionOutcome
from coach.storage.history import FinishSession, SessionProgress, StartSession
from coach.storage.history_writer import HistoryWriter

writer = HistoryWriter(Path(sys.argv[1]), spill_path=Path(sys.argv[2]),
                       on_problem=lambda message: print("problem", message, flush=True))
writer.start()
t0 = datetime(2026, 3, 1, 8, tzinfo=UTC)
for n in range(3):
    at = t0 + timedelta(hours=n)
    writer.submit(StartSession(f"s{n}", "cat-stretch", "Cat stretch", "gentle", at, 20))
    for step in range(1, 20):
        writer.submit(SessionProgress(f"s{n}", step, f"e{step}", at + timedelta(seconds=step)))
    writer.submit(FinishSession(f"s{n}", SessionOutcome.COMPLETED, at + timedelta(minutes=1), 20, "last"))
    assert writer.flush(10)
    print("finished", n, flush=True)
writer.submit(StartSession("s3", "cat-stretch", "Cat stretch", "gentle", t0 + timedelta(hours=3), 20))
assert writer.flush(10)
print("running", flush=True)
step = 0
while True:
    step += 1
    writer.submit(SessionProgress("s3", step % 20, "e", t0 + timedelta(hours=3, seconds=step)))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_mid_write_keeps_every_finished_session(make_writer, db, spill, tmp_path):
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as stderr, subprocess.Popen(
            [sys.executable, "-c", CRASHING_APP, str(db), str(spill)], stdout=subprocess.PIPE, stderr=stderr,
            text=True) as app:
        watchdog = threading.Timer(30, app.kill)
        watchdog.start()
        try:
            lines = [app.stdout.readline().strip() for _ in range(4)]
            assert lines == ["finished 0", "finished 1", "finished 2", "running"], errors.read_text()
            time.sleep(0.3)  # writing progress all the while
            app.send_signal(signal.SIGKILL)
            assert app.wait(10) == -signal.SIGKILL
        finally:
            watchdog.cancel()
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        last_heard = connection.execute("SELECT updated FROM session WHERE key = 's3'").fetchone()[0]
    found = read_sessions(db)
    assert [(s.key, s.outcome, s.segments_done, s.exercise) for s in found[:3]] == [
        (f"s{n}", SessionOutcome.COMPLETED, 20, "last") for n in range(3)]
    assert [(s.key, s.outcome) for s in found[3:]] == [("s3", SessionOutcome.RUNNING)]
    assert history.from_text(last_heard) > found[3].started, "progress was being written when it was killed"

    writer, _ = make_writer()
    assert writer.flush(5)
    last = read_sessions(db)[3]
    assert last.outcome is SessionOutcome.INTERRUPTED
    assert last.ended == history.from_text(last_heard) >= last.started, "ended when last heard of"


def test_squeezing_progress_out_of_a_batch_changes_no_row(tmp_path):
    from coach.storage.history_operations import squeezed

    rng = random.Random(7)
    ops: list[history.Operation] = [StartSession(key, "r", "R", "gentle", T0, 9) for key in "ab"]
    keys = ["a", "b"]
    for n in range(400):
        key = rng.choice(keys)
        at = T0 + timedelta(seconds=n)
        ops.extend(rng.choices([
            StartSession(key, "r", "R", "gentle", at, 9), SessionProgress(key, rng.randrange(9), f"e{n}", at),
            SessionProgress(key, rng.randrange(9), None, at), FinishSession(key, SessionOutcome.STOPPED, at, 3, "y"),
            RatePain(key, PainMoment.AFTER, n % 11, at), StartSession(f"{key}{n}", "r", "R", "gentle", at, 9),
        ], weights=[1, 30, 10, 1, 3, 1]))
        if isinstance(ops[-1], StartSession) and ops[-1].key not in keys:
            keys.append(ops[-1].key)
    kept = squeezed(ops)
    assert len(kept) < len(ops) and all(op in ops for op in kept)
    dumps = []
    for name, batch in (("all", ops), ("squeezed", kept)):
        with closing(open_database(tmp_path / f"{name}.sqlite3")) as connection:
            history.apply_all(connection, batch)
            dumps.append(list(connection.iterdump()))
    assert dumps[0] == dumps[1]


class FullDisk:
    """os.write for the spill files as on a full disk: ``room`` more bytes fit (the last write is
    short), then ENOSPC; ``room=None`` is a disk with space."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, rooms: dict[str, int | None]) -> None:
        self.rooms = rooms
        self._write = os.write
        monkeypatch.setattr(history_spill.os, "write", self.write)

    def write(self, descriptor: int, data: bytes) -> int:
        name = Path(os.readlink(f"/proc/self/fd/{descriptor}")).parent.name
        room = self.rooms.get(name)
        if room is None:
            return self._write(descriptor, data)
        if room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written = self._write(descriptor, bytes(data[:room]))
        self.rooms[name] = room - written
        return written


def a_full_database(connection: sqlite3.Connection) -> None:
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds the spill file's folder through /proc")
def test_disk_full_at_quit_keeps_a_completed_session_whole_and_says_where(make_writer, db, spill, tmp_path,
                                                                         monkeypatch):
    """Data and state folders both full at quit. The spill file gets only whole
    lines, the rest goes to the memory spill, the person is told what and where, and the next start
    saves the session as completed (it was marked interrupted)."""
    memory = tmp_path / "run" / "backcoach" / "history-pending.jsonl"
    writer, _ = make_writer()
    writer.submit(a_session("a")[0])
    assert writer.flush(5) and writer.close()
    writer, reports = make_writer(connection_hook=a_full_database, memory_spill_path=memory)
    big = RecordReminder(ReminderOutcome(at=T0, kind=ReminderOutcomeKind.FIRED, rule=1, detail={"pad": "x" * 9000}))
    for op in [big, *a_session("a")[1:]]:
        writer.submit(op)
    assert reports.problem.wait(5) and "disk is full" in reports.problems[0]
    spill.parent.mkdir(parents=True)
    spill.write_bytes(b'{"op":"progress","key":"z"')  # an earlier torn line (a power cut)
    room = 1 + len(json.dumps(history.op_to_json(big), separators=(",", ":"))) + 1 + 50
    disk = FullDisk(monkeypatch, {"state": room, "backcoach": None})
    assert writer.close(timeout=0.3) is False
    monkeypatch.undo()

    kept = spill.read_bytes()
    assert kept.endswith(b"\n") and kept.startswith(b'{"op":"progress","key":"z"\n'), "whole lines only"
    assert [json.loads(line)["op"] for line in kept.splitlines()[1:]] == ["reminder"]
    assert disk.rooms["state"] == 0, "the room was used, then the next line did not fit and was cut back"
    assert [json.loads(line)["op"] for line in memory.read_text().splitlines()] == \
        ["pain", "progress", "finish", "pain"]
    message = reports.problems[-1]
    assert "4 history entries (your latest session) could not be saved" in message
    assert str(spill) in message and f"kept in {memory} until you log out" in message

    again, reports = make_writer(memory_spill_path=memory)
    assert again.flush(5)
    assert [(s.outcome, s.pain_after) for s in read_sessions(db)] == [(SessionOutcome.COMPLETED, 3)]
    assert not spill.exists() and not memory.exists()
    assert any(f"kept in {memory} while the disk was full are saved now" in m for m in reports.problems)


def test_disk_full_everywhere_gives_the_entries_in_the_message(make_writer, db, spill, tmp_path, monkeypatch):
    writer, reports = make_writer(connection_hook=a_full_database, memory_spill_path=tmp_path / "run" / "pending")
    writer.submit(RecordReminder(ReminderOutcome(at=T0, kind=ReminderOutcomeKind.FIRED, detail={"pad": "x" * 9000})))
    assert reports.problem.wait(5)
    FullDisk(monkeypatch, {"state": 0, "run": 10})
    assert writer.close(timeout=0.3) is False
    monkeypatch.undo()
    assert spill.read_bytes() == b"" and (tmp_path / "run" / "pending").read_bytes() == b""
    message = reports.problems[-1]
    assert "1 history entry (your latest session) could not be saved anywhere" in message
    assert '{"op":"reminder"' in message and "No space left on device" in message


def test_a_file_without_its_tables_is_moved_aside_and_the_session_saved(make_writer, db):
    """It said it was up to date, so no migration made the tables, and every write failed for ever."""
    db.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("PRAGMA user_version = 2")
        connection.commit()
    writer, reports = make_writer()
    for op in a_session("a"):
        writer.submit(op)
    assert writer.flush(5)
    [message] = reports.problems
    assert "was moved to" in message and "a new history starts now" in message
    assert [s.outcome for s in read_sessions(db)] == [SessionOutcome.COMPLETED]
    assert db.with_name("history.sqlite3.corrupt-20260302-093015").exists()
