"""The one thread that writes the history: the app never waits on the database and never loses a row.

``submit`` only queues. The thread writes whatever is queued in one
transaction; when it cannot (another program holds the lock, a full disk, a
file from a newer version) the operations stay queued, in order, and it tries
again after a delay. What is still unwritten when the app quits goes to the
spill file, which the next start writes first; if the state folder's disk is
full too, to a spill file in memory (the session's runtime folder), and the
person is told where it is (history_spill.py). A spill file only ever holds whole lines. Every
operation is idempotent (see ``history``), so writing one twice is harmless.
"""

from __future__ import annotations

import functools
import itertools
import logging
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from coach.storage import history, history_legacy
from coach.storage.history import Operation
from coach.storage.history_operations import squeezed
from coach.storage.history_spill import read_spill, spill
from coach.storage.history_problems import is_the_operations_fault, write_problem
from coach.storage.history_schema import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    HistoryCorrupt,
    HistoryError,
    error_code,
    move_aside_corrupt,
    open_database,
)

_log = logging.getLogger(__name__)
# One transaction (one fsync) per batch; a cap keeps a long backlog from holding the lock for long.
MAX_BATCH = 1000


class HistoryWriter:
    """Writes history operations on a thread of its own, in order, retrying until they are saved.

    Callbacks run on the writer thread; a Qt caller marshals them to its own.

    Attributes:
        path: the database file.
        spill_path: where unwritten operations go at close (and are read back at start).
        memory_spill_path: where they go if ``spill_path`` cannot take them (read back at start too).
        legacy_reminder_log: the old reminders log to import once, if it exists.
        pending: operations submitted but not yet written (property).
        problem: the message last reported, until a write succeeds again (property).
    """

    def __init__(self, path: Path, *, spill_path: Path, on_problem: Callable[[str], None],
                 on_recovered: Callable[[], None] | None = None,
                 on_written: Callable[[Operation], None] | None = None,
                 retry_delays: Sequence[float] = (0.2, 0.5, 1, 2, 5, 10, 30), busy_timeout: float = 2.0,
                 connection_hook: Callable[[sqlite3.Connection], None] | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 legacy_reminder_log: Path | None = None, memory_spill_path: Path | None = None) -> None:
        if not retry_delays:
            raise ValueError("retry_delays needs at least one delay")
        self.path = path
        self.spill_path = spill_path
        self.memory_spill_path = memory_spill_path
        self.legacy_reminder_log = legacy_reminder_log
        self._on_problem = on_problem
        self._on_recovered = on_recovered
        self._on_written = on_written
        self._delays = tuple(retry_delays)
        self._busy_timeout = busy_timeout
        self._hook = connection_hook
        self._clock = clock
        self._condition = threading.Condition()
        self._close_lock = threading.Lock()  # one close() at a time
        self._queue: deque[Operation] = deque()  # guarded by _condition, like every field below
        self._submitted = 0  # how many operations submit() has taken, ever
        self._written = 0  # how many of those are in the database (FIFO, so always the oldest)
        self._ready = False  # the start-up chores are done
        self._stopping = False
        self._closed = False
        self._close_result = True
        self._calls: deque[Callable[[sqlite3.Connection], None]] = deque()
        self._thread: threading.Thread | None = None
        self._connection: sqlite3.Connection | None = None  # used by the writer thread only
        self._reported: set[str] = set()
        self._problem: str | None = None
        self._failures = 0

    # ----- the app's side

    def start(self) -> None:
        with self._condition:
            if self._thread is not None or self._closed:
                return
            self._thread = threading.Thread(target=self._run, name="history-writer", daemon=True)
            self._thread.start()

    def submit(self, op: Operation) -> None:
        """Queue an operation; returns at once. After close it goes straight to the spill file."""
        with self._condition:
            if not self._closed:
                self._queue.append(op)
                self._submitted += 1
                self._condition.notify_all()
                return
        self._spill([op])

    @property
    def pending(self) -> int:
        with self._condition:
            return len(self._queue)

    @property
    def problem(self) -> str | None:
        with self._condition:
            return self._problem

    def flush(self, timeout: float) -> bool:
        """Wait until everything submitted so far (and the start-up chores) is written; False on timeout."""
        with self._condition:
            target = self._submitted
            return self._condition.wait_for(
                lambda: (self._ready and self._written >= target) or self._closed, timeout=timeout
            ) and self._written >= target

    def call_on_connection(self, function: Callable[[sqlite3.Connection], None]) -> None:
        """Run ``function(connection)`` on the writer thread before its next attempt (tests, diagnostics)."""
        with self._condition:
            self._calls.append(function)
            self._condition.notify_all()

    def close(self, timeout: float = 3.0) -> bool:
        """Flush for up to ``timeout`` s, stop the thread, spill what is left; True if nothing was spilled."""
        with self._close_lock:
            return self._close(timeout)

    def _close(self, timeout: float) -> bool:
        with self._condition:
            if self._closed:
                return self._close_result
            running = self._thread is not None and self._thread.is_alive()
        if running:
            self.flush(timeout)
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        thread = self._thread
        if thread is not None and thread.is_alive():
            # A statement may be waiting for a lock; give it that long to give up.
            thread.join(self._busy_timeout + 1.0)
        with self._condition:
            left = list(self._queue)
            self._queue.clear()
            self._closed = True
            self._condition.notify_all()
        # A thread still stuck in SQLite may yet write these too; every operation is idempotent.
        spilled = self._spill(left) if left else True
        self._close_result = not left and spilled
        return self._close_result

    # ----- the writer thread

    def _run(self) -> None:
        try:
            if self._startup():
                while self._next_batch():
                    pass
        finally:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
            with self._condition:
                self._condition.notify_all()

    def _startup(self) -> bool:
        """Open, write the spill, mark interrupted sessions, import the old reminders log; each retried.

        The spill goes before marking, so that a session whose end was spilled ends as it really did.
        False if asked to stop first.
        """
        steps = (self._open, self._replay_spill, self._mark_interrupted, self._import_legacy_log)
        for step in steps:
            while not step():
                if not self._pause():
                    return False
        with self._condition:
            self._ready = True
            self._condition.notify_all()
        return True

    def _open(self) -> bool:
        try:
            try:
                connection = open_database(self.path, timeout=self._busy_timeout)
            except HistoryCorrupt as error:
                stamp = self._clock().strftime("%Y%m%d-%H%M%S")
                moved = move_aside_corrupt(self.path, stamp)
                if moved is None:
                    self._failures += 1
                    self._report("corrupt", f"{error} It could not be moved aside either; move or delete it "
                                            "yourself. Back Coach keeps trying, and nothing is lost while it runs.")
                    return False
                self._report(None, f"{self.path}: could not be read and was moved to {moved}; a new "
                                   "history starts now.")
                connection = open_database(self.path, timeout=self._busy_timeout)
        except HistoryError as error:
            self._failures += 1
            self._report(type(error).__name__, f"{error} Until then Back Coach keeps new sessions aside and "
                                               "saves them once it can.")
            return False
        if self._hook is not None:
            try:
                self._hook(connection)
            except Exception:  # noqa: BLE001 (a failing hook is logged; the writer goes on)
                _log.exception("history writer: the connection hook failed")
        self._connection = connection
        return True

    def _replay_spill(self) -> bool:
        for path in self._spill_paths():
            ops = read_spill(path)
            if ops is None:  # unreadable: left for a later start
                continue
            if ops and not self._attempt(functools.partial(self._write, batch=ops)):
                return False
            if ops and path == self.memory_spill_path:
                self._report(None, f"{self.path}: the {len(ops)} history entries kept in {path} while the disk "
                                   "was full are saved now.")
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                # Harmless: replaying it again next time changes nothing.
                _log.warning("%s: written to the history but could not be removed: %s", path, error)
        return True

    def _spill_paths(self) -> list[Path]:
        return [self.spill_path, *([self.memory_spill_path] if self.memory_spill_path is not None else [])]

    def _mark_interrupted(self) -> bool:
        return self._attempt(lambda connection: _log_count(
            "sessions marked interrupted", history.mark_interrupted(connection, self._clock())))

    def _import_legacy_log(self) -> bool:
        log = self.legacy_reminder_log
        if log is None or not log.exists():
            return True

        def work(connection: sqlite3.Connection) -> None:
            try:
                imported = history_legacy.import_reminder_log(connection, log)
                _log_count(f"reminder outcomes imported from {log}", imported)
            except OSError as error:
                # The log stays where it is, and is tried again at the next start.
                _log.warning("%s: could not be imported: %s", log, error)

        return self._attempt(work)

    def _next_batch(self) -> bool:
        """Wait for work and write it; False when it is time to stop."""
        with self._condition:
            self._condition.wait_for(lambda: self._queue or self._calls or self._stopping)
            if self._stopping:
                return False
            batch = list(itertools.islice(self._queue, MAX_BATCH))
        if not batch:  # only calls were queued
            self._attempt(lambda connection: None)
            return True
        if self._attempt(lambda connection: self._write(connection, batch)):
            with self._condition:
                if not self._closed:
                    for _ in batch:
                        self._queue.popleft()
                    self._written += len(batch)
                self._condition.notify_all()
            if self._on_written is not None:
                for op in batch:
                    self._callback(self._on_written, op)
            return True
        return self._pause()

    def _write(self, connection: sqlite3.Connection, batch: list[Operation]) -> None:
        ops = squeezed(batch)
        try:
            history.apply_all(connection, ops)
        except Exception as error:
            if not is_the_operations_fault(error):
                raise
            # Some operation breaks a rule (a pain rating for a session never started) and never will
            # succeed; write the others one by one rather than block every later row behind it.
            for op in ops:
                try:
                    history.apply_all(connection, [op])
                except Exception as single:
                    if not is_the_operations_fault(single):
                        raise
                    _log.error("history: rejected %r: %s", op, single)

    def _attempt(self, work: Callable[[sqlite3.Connection], object]) -> bool:
        """Run queued calls then ``work`` on the connection; True if it succeeded, else the problem is reported."""
        connection = self._connection
        if connection is None:
            return self._open() and self._attempt(work)
        try:
            while True:
                with self._condition:
                    call = self._calls.popleft() if self._calls else None
                if call is None:
                    break
                call(connection)
            work(connection)
        except sqlite3.Error as error:
            self._failed(error)
            return False
        except Exception as error:  # noqa: BLE001 (logged, and the operations stay queued)
            # A bug, most likely; the operations stay queued, and the log has the details.
            _log.exception("history writer: unexpected failure")
            self._failed(error)
            return False
        self._succeeded()
        return True

    def _failed(self, error: Exception) -> None:
        self._failures += 1
        problem = write_problem(self.path, error, self._failures)
        if problem is None:
            _log.info("%s: busy (%s), will retry", self.path, error)
        else:
            self._report(*problem)
        if error_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB) and self._connection is not None:
            # Reopening checks the file and, if it is damaged, moves it aside and starts afresh.
            self._connection.close()
            self._connection = None

    def _succeeded(self) -> None:
        self._failures = 0
        with self._condition:
            recovered = bool(self._reported)
            self._reported.clear()
            self._problem = None
        if recovered and self._on_recovered is not None:
            self._callback(self._on_recovered)

    def _report(self, kind: str | None, message: str) -> None:
        """Tell the person, once per kind of problem until a write succeeds; kind None: a fact, told once."""
        with self._condition:
            if kind is not None:
                if kind in self._reported:
                    return
                self._reported.add(kind)
                self._problem = message
        _log.warning("%s", message)
        self._callback(self._on_problem, message)

    def _pause(self) -> bool:
        """Wait the next retry delay (the last one repeats); False if stopping meanwhile."""
        delay = self._delays[min(max(self._failures, 1), len(self._delays)) - 1]
        deadline = time.monotonic() + delay
        with self._condition:
            self._condition.wait_for(lambda: self._stopping or bool(self._calls) or time.monotonic() >= deadline,
                                     timeout=delay)
            return not self._stopping

    @staticmethod
    def _callback(function: Callable[..., None], *arguments: object) -> None:
        try:
            function(*arguments)
        except Exception:  # noqa: BLE001 (logged)
            # A broken listener must not stop the history being written.
            _log.exception("history writer: a callback failed")

    # ----- the spill file

    def _spill(self, ops: list[Operation]) -> bool:
        """Keep ``ops`` in the spill file (history_spill.spill); False if not all of them went there."""
        problem = spill(ops, self.spill_path, self.memory_spill_path, database=self.path)
        if problem is not None:
            self._report(None, problem)
        return problem is None


def _log_count(what: str, count: int) -> None:
    if count:
        _log.info("history: %d %s", count, what)
