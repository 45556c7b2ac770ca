"""Opening the history database: its schema, the migrations between versions, and what can go wrong.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[i]`` takes
a database from version i to i+1, each applied in a transaction of its own,
so a crash mid-upgrade leaves the last complete version. Instants are ISO-8601
UTC text ending in "+00:00" with microseconds always written, so that text
order is time order.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from pathlib import Path

SCHEMA_VERSION = 2

# sqlite3.Error.sqlite_errorcode values (primary codes; extended codes are masked with 0xFF).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

MIGRATIONS: list[str] = [
    # 0 -> 1: everything.
    """
    CREATE TABLE session (
        key TEXT PRIMARY KEY,
        routine TEXT NOT NULL,
        routine_title TEXT NOT NULL,
        level TEXT NOT NULL,
        started TEXT NOT NULL,
        ended TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('running', 'completed', 'stopped', 'interrupted')),
        segments_done INTEGER NOT NULL DEFAULT 0,
        segments_total INTEGER NOT NULL,
        exercise TEXT,
        updated TEXT NOT NULL
    );
    CREATE INDEX session_started ON session (started);
    CREATE TABLE pain_rating (
        session_key TEXT NOT NULL REFERENCES session (key),
        moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        at TEXT NOT NULL,
        PRIMARY KEY (session_key, moment)
    );
    CREATE TABLE reminder_outcome (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        rule INTEGER,
        routine TEXT,
        slot TEXT,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX reminder_outcome_at ON reminder_outcome (at);
    -- A plain UNIQUE (at, kind, rule, slot) would let rows with a NULL rule or slot
    -- (pause, resume) repeat, since NULLs are all distinct; the expressions make them equal.
    CREATE UNIQUE INDEX reminder_outcome_once
        ON reminder_outcome (at, kind, ifnull(rule, -1), ifnull(slot, ''));
    """,
    # 1 -> 2: the person's answers to suggested levels (coach.domain.progression).
    # Levels are not CHECKed here: a later version may add one, and the operation checks them anyway.
    # "at" is unique so that replaying the operation (from the spill file) keeps one row.
    """
    CREATE TABLE level_choice (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL UNIQUE,
        from_level TEXT NOT NULL,
        to_level TEXT NOT NULL,
        suggested_level TEXT NOT NULL,
        accepted INTEGER NOT NULL CHECK (accepted IN (0, 1))
    );
    """,
]

_log = logging.getLogger(__name__)


class HistoryError(Exception):
    """The history database cannot be used; the message is for people (file, problem, fix).

    Attributes:
        path: the database file concerned, if known.
    """

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class HistoryTooNew(HistoryError):
    """The file was written by a newer Back Coach; it is left exactly as it was.

    Attributes:
        path: the database file.
        version: the schema version found in the file.
    """

    def __init__(self, message: str, path: Path, version: int) -> None:
        super().__init__(message, path)
        self.version = version


class HistoryCorrupt(HistoryError):
    """The file is not an SQLite database, or a damaged one.

    Attributes:
        path: the database file.
    """


def error_code(error: BaseException) -> int | None:
    """The primary SQLite result code of an sqlite3 error (extended codes masked), None if it has none."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def open_database(path: Path, timeout: float = 2.0) -> sqlite3.Connection:
    """Open (creating if need be) and bring the schema up to date; the caller closes the connection.

    ``timeout`` is how long a statement waits for another connection's lock.
    Autocommit mode (``isolation_level=None``): callers write inside explicit
    ``BEGIN IMMEDIATE`` ... ``COMMIT``. Raises HistoryTooNew, HistoryCorrupt or
    HistoryError.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise HistoryError(f"{path}: its folder could not be made ({error.strerror or error}); make sure "
                           f"{path.parent} can be created and written by you.", path) from error
    try:
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.Error as error:
        raise _translate(error, path) from error
    try:
        _prepare(connection, path)
    except BaseException as error:
        connection.close()
        if isinstance(error, sqlite3.Error):
            raise _translate(error, path) from error
        raise
    return connection


def _prepare(connection: sqlite3.Connection, path: Path) -> None:
    # The version is read before anything is written (journal mode included),
    # so a file from a newer version is left byte for byte as it was.
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise HistoryTooNew(f"{path}: was written by a newer Back Coach (schema {version}, this one reads up to "
                            f"{SCHEMA_VERSION}); update Back Coach. The file was not changed.", path, version)
    problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise HistoryCorrupt(f"{path}: the history file is damaged ({'; '.join(map(str, problems[:3]))}). Restart "
                             "Back Coach: it moves the damaged file aside and starts a new history.", path)
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        # Still usable (e.g. a file system without shared memory); only concurrent reading suffers.
        _log.warning("%s: could not switch to write-ahead logging (journal mode is %s)", path, mode)
    # FULL: a session that was reported saved survives a power cut.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    _migrate(connection)
    _check_tables(connection, path)


def _check_tables(connection: sqlite3.Connection, path: Path) -> None:
    """A file that says it is up to date but lacks a table (dropped by hand, a bad copy) is damaged:
    writing to it would fail for ever, so it is handled like any damaged file (moved aside)."""
    wanted = {name for script in MIGRATIONS for name in re.findall(r"CREATE TABLE (\w+)", script)}
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(wanted - present)
    if missing:
        raise HistoryCorrupt(f"{path}: the history file is damaged (no {', '.join(missing)} table). Restart "
                             "Back Coach: it moves the damaged file aside and starts a new history.", path)


def _migrate(connection: sqlite3.Connection) -> None:
    # Up to date (the usual case): no write lock, so opening never waits for a busy writer.
    while connection.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
        connection.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another connection may have migrated meanwhile.
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version >= SCHEMA_VERSION:
                connection.execute("COMMIT")
                return
            for statement in statements(MIGRATIONS[version]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1:d}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


def statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (``executescript`` would commit the open transaction)."""
    found, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \t\r\n;"):
                found.append(current.strip())
            current = ""
    if current.strip(" \t\r\n;"):
        found.append(current.strip().removesuffix(";"))
    return found


def _translate(error: sqlite3.Error, path: Path) -> HistoryError:
    code = error_code(error)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return HistoryCorrupt(f"{path}: is not a readable history database ({error}). Restart Back Coach: it "
                              "moves the damaged file aside and starts a new history.", path)
    if code == SQLITE_CANTOPEN:
        return HistoryError(f"{path}: could not be opened ({error}); make sure it is a file (not a folder) that you "
                            "may read and write, in a folder you may write to.", path)
    if code == SQLITE_READONLY:
        return HistoryError(f"{path}: may not be written ({error}); give yourself write permission on the file "
                            "and its folder.", path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return HistoryError(f"{path}: is locked by another program ({error}); close other programs that have it "
                            "open.", path)
    if code == SQLITE_FULL:
        return HistoryError(f"{path}: the disk is full ({error}); free some space.", path)
    return HistoryError(f"{path}: could not be opened ({error}); check the disk and the file's permissions.", path)


def move_aside_corrupt(path: Path, stamp: str) -> Path | None:
    """Rename the database and its -wal/-shm files to ``<name>.corrupt-<stamp>``; the new main path, or None.

    Nothing is deleted: the damaged file stays for anyone who wants to rescue it.
    An existing name gets a number rather than being overwritten.
    """
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        os.replace(path, target)
    except OSError as error:
        _log.warning("%s: could not be moved aside: %s", path, error)
        return None
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        try:
            os.replace(companion, Path(f"{target}{suffix}"))
        except FileNotFoundError:
            pass
        except OSError as error:
            # Left behind, a stale -wal could be applied to the fresh database; say so loudly.
            _log.error("%s: could not be moved aside: %s", companion, error)
    return target
