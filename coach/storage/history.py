"""The history database: applying operations (coach/storage/history_operations.py), and reading sessions,
reminders and level choices.

Every operation is idempotent, so replaying one after a crash, or from the
spill file (see ``history_writer``), never doubles or damages a row. Writes
go through ``HistoryWriter``; reading may open a connection of its own
(write-ahead logging lets it read while the writer writes).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from coach.domain.history_records import (LevelChoice, ReminderOutcome, ReminderOutcomeKind, SessionOutcome,
                                          SessionRecord)
from coach.storage.history_operations import (
    OPERATIONS,
    FinishSession,
    Operation,
    RatePain,
    RecordLevelChoice,
    RecordReminder,
    SessionProgress,
    StartSession,
    from_text,
    to_text,
)
from coach.storage.paths import user_data_dir, user_state_dir

# The operations and the instants' text form are part of this module's interface.
__all__ = [
    "FILE_NAME", "OPERATIONS", "SPILL_NAME", "FinishSession", "Operation", "RatePain", "RecordLevelChoice",
    "RecordReminder", "SessionProgress", "StartSession", "apply", "apply_all", "from_text", "history_path",
    "level_choices", "mark_interrupted", "op_from_json", "op_to_json", "reminder_outcomes", "rollback", "sessions",
    "spill_path", "to_text",
]

FILE_NAME = "history.sqlite3"
SPILL_NAME = "history-pending.jsonl"
_log = logging.getLogger(__name__)


def history_path() -> Path:
    return user_data_dir() / FILE_NAME


def spill_path() -> Path:
    """Operations that could not be written before the app quit; the next start writes them first."""
    return user_state_dir() / SPILL_NAME


def memory_spill_path() -> Path | None:
    """Where the spill goes when the state folder cannot take it (its disk is full): the session's
    runtime folder, in memory (tmpfs) on Linux, kept until log-out. None where there is none."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not runtime or not os.path.isabs(runtime) or not os.path.isdir(runtime):
        return None
    return Path(runtime) / "backcoach" / SPILL_NAME


# ----- writing


def apply(connection: sqlite3.Connection, op: Operation) -> None:
    """Write one operation: a single statement, so atomic on its own; ``apply_all`` groups several."""
    if not isinstance(op, tuple(OPERATIONS.values())):
        raise TypeError(f"not a history operation: {op!r}")
    op.write(connection)


def apply_all(connection: sqlite3.Connection, ops: Iterable[Operation]) -> None:
    """All of them in one transaction, or none (rolled back, the error raised)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        for op in ops:
            apply(connection, op)
        connection.execute("COMMIT")
    except BaseException:
        rollback(connection)
        raise


def rollback(connection: sqlite3.Connection) -> None:
    # SQLite rolls some failures back by itself (a full disk, for one); a second ROLLBACK would fail.
    if connection.in_transaction:
        connection.execute("ROLLBACK")


# ----- operations as JSON (the spill file)


def op_to_json(op: Operation) -> dict[str, Any]:
    if not isinstance(op, tuple(OPERATIONS.values())):
        raise TypeError(f"not a history operation: {op!r}")
    return {"op": op.NAME, **op.to_json()}


def op_from_json(data: dict[str, Any]) -> Operation:
    """The inverse of ``op_to_json``; ValueError for anything else."""
    try:
        kind = OPERATIONS.get(data["op"])
        if kind is not None:
            return kind.from_json(data)
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a history operation ({error!r}): {data!r}") from error
    raise ValueError(f"not a history operation: {data!r}")


# ----- start-up chores


def mark_interrupted(connection: sqlite3.Connection, now: datetime) -> int:
    """Sessions still running become interrupted, ended when last heard of; how many.

    Only call it at start-up, before any new session: the app is single-instance,
    so a running row then is left from a run that died.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        # In an UPDATE, "ended = updated" reads the old value, before "updated" is set to now.
        cursor = connection.execute(
            "UPDATE session SET outcome = 'interrupted', ended = updated, updated = ? WHERE outcome = 'running'",
            (to_text(now),))
        connection.execute("COMMIT")
    except BaseException:
        rollback(connection)
        raise
    return cursor.rowcount


# ----- reading


def sessions(connection: sqlite3.Connection, since: datetime | None = None) -> list[SessionRecord]:
    """Every session started at or after ``since`` (all if None), oldest first, with its pain ratings."""
    rows = connection.execute(
        "SELECT s.key, s.routine, s.routine_title, s.level, s.started, s.ended, s.outcome, s.segments_done,"
        " s.segments_total, s.exercise, pain_before.score, pain_after.score FROM session AS s"
        " LEFT JOIN pain_rating AS pain_before ON pain_before.session_key = s.key AND pain_before.moment = 'before'"
        " LEFT JOIN pain_rating AS pain_after ON pain_after.session_key = s.key AND pain_after.moment = 'after'"
        " WHERE :since IS NULL OR s.started >= :since ORDER BY s.started, s.rowid",
        {"since": None if since is None else to_text(since)}).fetchall()
    return [SessionRecord(key=key, routine=routine, routine_title=title, level=level, started=from_text(started),
                          ended=None if ended is None else from_text(ended), outcome=SessionOutcome(outcome),
                          segments_done=done, segments_total=total, exercise=exercise, pain_before=before,
                          pain_after=after)
            for key, routine, title, level, started, ended, outcome, done, total, exercise, before, after in rows]


def reminder_outcomes(connection: sqlite3.Connection, since: datetime | None = None) -> list[ReminderOutcome]:
    """Every reminder outcome at or after ``since``, oldest first; kinds this version does not know are skipped."""
    rows = connection.execute(
        "SELECT at, kind, rule, routine, slot, detail FROM reminder_outcome"
        " WHERE :since IS NULL OR at >= :since ORDER BY at, id",
        {"since": None if since is None else to_text(since)}).fetchall()
    found = []
    for at, kind, rule, routine, slot, detail in rows:
        try:
            known = ReminderOutcomeKind(kind)
        except ValueError:
            _log.warning("history: reminder outcome %r at %s is not known to this version, skipped", kind, at)
            continue
        try:
            extra = json.loads(detail)
        except ValueError:
            extra = {"unreadable": detail}
        found.append(ReminderOutcome(at=from_text(at), kind=known, rule=rule, routine=routine,
                                     slot=None if slot is None else from_text(slot),
                                     detail=extra if isinstance(extra, dict) else {"value": extra}))
    return found


def level_choices(connection: sqlite3.Connection) -> list[LevelChoice]:
    """Every answer to a suggested level, oldest first."""
    rows = connection.execute("SELECT at, from_level, to_level, suggested_level, accepted FROM level_choice"
                              " ORDER BY at, id").fetchall()
    return [LevelChoice(at=from_text(at), from_level=from_level, to_level=to_level, suggested_level=suggested,
                        accepted=bool(accepted)) for at, from_level, to_level, suggested, accepted in rows]
