"""The history database: what the app sends to it (operations), and reading sessions, reminders and level choices.

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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coach.domain.history_records import (
    PAIN_MAX,
    PAIN_MIN,
    LevelChoice,
    PainMoment,
    ReminderOutcome,
    ReminderOutcomeKind,
    SessionOutcome,
    SessionRecord,
)
from coach.domain.routine import Level
from coach.storage.paths import user_data_dir, user_state_dir

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


# ----- instants as text


def to_text(instant: datetime) -> str:
    """UTC, always with microseconds, so text order is time order."""
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    """Aware UTC; naive text (hand-written logs) is taken as local time."""
    return datetime.fromisoformat(text).astimezone(UTC)


def _require_key(key: object) -> None:
    if not isinstance(key, str) or not key:
        raise ValueError(f"a session key is non-empty text, not {key!r}")


def _require_aware(name: str, instant: datetime) -> None:
    if not isinstance(instant, datetime) or instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, not {instant!r}")


# ----- operations


@dataclass(frozen=True)
class StartSession:
    """A session began; a row is made with outcome running (a replay leaves the existing row alone).

    Attributes:
        key: the session's unique id; routine, routine_title, level: what runs.
        started: when; segments_total: the timeline's length.
    """

    key: str
    routine: str
    routine_title: str
    level: str
    started: datetime
    segments_total: int

    def __post_init__(self) -> None:
        _require_key(self.key)
        _require_aware("started", self.started)


@dataclass(frozen=True)
class SessionProgress:
    """How far a running session is (it may go back, so this is set, not grown); ignored once finished.

    Attributes:
        key: the session; segments_done: segments behind it; exercise: where it is; at: when.
    """

    key: str
    segments_done: int
    exercise: str | None
    at: datetime

    def __post_init__(self) -> None:
        _require_key(self.key)
        _require_aware("at", self.at)


@dataclass(frozen=True)
class FinishSession:
    """A session ended, completed or stopped (this also overrides 'interrupted' should it arrive late).

    Attributes:
        key: the session; outcome: COMPLETED or STOPPED; ended: when;
        segments_done, exercise: where it got to.
    """

    key: str
    outcome: SessionOutcome
    ended: datetime
    segments_done: int
    exercise: str | None

    def __post_init__(self) -> None:
        _require_key(self.key)
        _require_aware("ended", self.ended)
        # Interrupted too: the app was told to end (log-out's SIGTERM) mid-session.
        if self.outcome not in (SessionOutcome.COMPLETED, SessionOutcome.STOPPED, SessionOutcome.INTERRUPTED):
            raise ValueError(f"a session finishes completed, stopped or interrupted, not {self.outcome!r}")


@dataclass(frozen=True)
class RatePain:
    """A 0-10 pain rating before or after a session; a new one for the same moment replaces the old.

    The session must have been started first (its row is referenced).

    Attributes:
        key: the session; moment: before or after; score: 0-10; at: when it was given.
    """

    key: str
    moment: PainMoment
    score: int
    at: datetime

    def __post_init__(self) -> None:
        _require_key(self.key)
        _require_aware("at", self.at)
        if not isinstance(self.moment, PainMoment):
            raise ValueError(f"a pain rating is before or after, not {self.moment!r}")
        if not isinstance(self.score, int) or isinstance(self.score, bool) or not PAIN_MIN <= self.score <= PAIN_MAX:
            raise ValueError(f"a pain score is a whole number from {PAIN_MIN} to {PAIN_MAX}, not {self.score!r}")


@dataclass(frozen=True)
class RecordReminder:
    """Something happened to a reminder; the same (at, kind, rule, slot) is kept once.

    Attributes:
        outcome: what, when, to which reminder.
    """

    outcome: ReminderOutcome

    def __post_init__(self) -> None:
        _require_aware("at", self.outcome.at)
        if self.outcome.slot is not None:
            _require_aware("slot", self.outcome.slot)
        if not isinstance(self.outcome.kind, ReminderOutcomeKind):
            raise ValueError(f"not a reminder outcome kind: {self.outcome.kind!r}")
        try:
            json.dumps(self.outcome.detail, default=_json_default)
        except (TypeError, ValueError) as error:
            raise ValueError(f"a reminder's detail must be JSON ({error})") from error


@dataclass(frozen=True)
class RecordLevelChoice:
    """The person answered a suggested level; the same ``at`` is kept once.

    Attributes:
        choice: what was suggested, what they chose, when.
    """

    choice: LevelChoice

    def __post_init__(self) -> None:
        choice = self.choice
        _require_aware("at", choice.at)
        levels = (choice.from_level, choice.to_level, choice.suggested_level)
        if not all(level in Level.names() for level in levels):
            raise ValueError(f"levels are {', '.join(Level.names())}, not {levels!r}")
        if not isinstance(choice.accepted, bool):
            raise ValueError(f"accepted is true or false, not {choice.accepted!r}")
        if choice.suggested_level == choice.from_level:
            raise ValueError(f"a suggestion is another level than {choice.from_level!r}")
        if choice.to_level != (choice.suggested_level if choice.accepted else choice.from_level):
            raise ValueError(f"an {'accepted' if choice.accepted else 'declined'} suggestion cannot lead to "
                             f"{choice.to_level!r}")


Operation = StartSession | SessionProgress | FinishSession | RatePain | RecordReminder | RecordLevelChoice


def apply(connection: sqlite3.Connection, op: Operation) -> None:
    """Write one operation: a single statement, so atomic on its own; ``apply_all`` groups several."""
    if isinstance(op, StartSession):
        connection.execute(
            "INSERT OR IGNORE INTO session (key, routine, routine_title, level, started, outcome, segments_done,"
            " segments_total, updated) VALUES (?, ?, ?, ?, ?, 'running', 0, ?, ?)",
            (op.key, op.routine, op.routine_title, op.level, to_text(op.started), op.segments_total,
             to_text(op.started)))
    elif isinstance(op, SessionProgress):
        connection.execute(
            "UPDATE session SET segments_done = ?, exercise = ?, updated = ? WHERE key = ? AND outcome = 'running'",
            (op.segments_done, op.exercise, to_text(op.at), op.key))
    elif isinstance(op, FinishSession):
        connection.execute(
            "UPDATE session SET outcome = ?, ended = ?, segments_done = ?, exercise = ?, updated = ?"
            " WHERE key = ? AND outcome IN ('running', 'interrupted')",
            (op.outcome.value, to_text(op.ended), op.segments_done, op.exercise, to_text(op.ended), op.key))
    elif isinstance(op, RatePain):
        connection.execute(
            "INSERT OR REPLACE INTO pain_rating (session_key, moment, score, at) VALUES (?, ?, ?, ?)",
            (op.key, op.moment.value, op.score, to_text(op.at)))
    elif isinstance(op, RecordReminder):
        insert_reminder(connection, op.outcome.at, op.outcome.kind.value, op.outcome.rule, op.outcome.routine,
                         op.outcome.slot, op.outcome.detail)
    elif isinstance(op, RecordLevelChoice):
        choice = op.choice
        connection.execute(
            "INSERT OR IGNORE INTO level_choice (at, from_level, to_level, suggested_level, accepted)"
            " VALUES (?, ?, ?, ?, ?)",
            (to_text(choice.at), choice.from_level, choice.to_level, choice.suggested_level, int(choice.accepted)))
    else:
        raise TypeError(f"not a history operation: {op!r}")


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


def insert_reminder(connection: sqlite3.Connection, at: datetime, kind: str, rule: int | None, routine: str | None,
                     slot: datetime | None, detail: dict[str, Any]) -> int:
    cursor = connection.execute(
        "INSERT OR IGNORE INTO reminder_outcome (at, kind, rule, routine, slot, detail) VALUES (?, ?, ?, ?, ?, ?)",
        (to_text(at), kind, rule, routine, None if slot is None else to_text(slot),
         json.dumps(detail, sort_keys=True, separators=(",", ":"), default=_json_default)))
    return cursor.rowcount


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


# ----- operations as JSON (the spill file)


def op_to_json(op: Operation) -> dict[str, Any]:
    if isinstance(op, StartSession):
        return {"op": "start", "key": op.key, "routine": op.routine, "routine_title": op.routine_title,
                "level": op.level, "started": to_text(op.started), "segments_total": op.segments_total}
    if isinstance(op, SessionProgress):
        return {"op": "progress", "key": op.key, "segments_done": op.segments_done, "exercise": op.exercise,
                "at": to_text(op.at)}
    if isinstance(op, FinishSession):
        return {"op": "finish", "key": op.key, "outcome": op.outcome.value, "ended": to_text(op.ended),
                "segments_done": op.segments_done, "exercise": op.exercise}
    if isinstance(op, RatePain):
        return {"op": "pain", "key": op.key, "moment": op.moment.value, "score": op.score, "at": to_text(op.at)}
    if isinstance(op, RecordReminder):
        outcome = op.outcome
        return {"op": "reminder", "at": to_text(outcome.at), "kind": outcome.kind.value, "rule": outcome.rule,
                "routine": outcome.routine, "slot": None if outcome.slot is None else to_text(outcome.slot),
                "detail": json.loads(json.dumps(outcome.detail, default=_json_default))}
    if isinstance(op, RecordLevelChoice):
        choice = op.choice
        return {"op": "level", "at": to_text(choice.at), "from": choice.from_level, "to": choice.to_level,
                "suggested": choice.suggested_level, "accepted": choice.accepted}
    raise TypeError(f"not a history operation: {op!r}")


def op_from_json(data: dict[str, Any]) -> Operation:
    """The inverse of ``op_to_json``; ValueError for anything else."""
    try:
        kind = data["op"]
        if kind == "start":
            return StartSession(_text(data["key"]), _text(data["routine"]), _text(data["routine_title"]),
                                _text(data["level"]), from_text(data["started"]), _whole(data["segments_total"]))
        if kind == "progress":
            return SessionProgress(_text(data["key"]), _whole(data["segments_done"]), _optional_text(data["exercise"]),
                                   from_text(data["at"]))
        if kind == "finish":
            return FinishSession(_text(data["key"]), SessionOutcome(data["outcome"]), from_text(data["ended"]),
                                 _whole(data["segments_done"]), _optional_text(data["exercise"]))
        if kind == "pain":
            return RatePain(_text(data["key"]), PainMoment(data["moment"]), _whole(data["score"]),
                            from_text(data["at"]))
        if kind == "reminder":
            detail = data.get("detail", {})
            if not isinstance(detail, dict):
                raise ValueError("detail is not an object")
            rule = data.get("rule")
            return RecordReminder(ReminderOutcome(
                at=from_text(data["at"]), kind=ReminderOutcomeKind(data["kind"]),
                rule=None if rule is None else _whole(rule), routine=_optional_text(data.get("routine")),
                slot=None if data.get("slot") is None else from_text(data["slot"]), detail=detail))
        if kind == "level":
            return RecordLevelChoice(LevelChoice(at=from_text(data["at"]), from_level=_text(data["from"]),
                                                 to_level=_text(data["to"]), suggested_level=_text(data["suggested"]),
                                                 accepted=data["accepted"]))
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a history operation ({error!r}): {data!r}") from error
    raise ValueError(f"not a history operation: {data!r}")


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


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
