"""What the app sends to the history: six operation types, each with its row write and its spill-file form.

Each operation type carries all three of its parts in one place: its checks (on
construction), ``write`` (one idempotent SQL statement, so replaying it after a crash
or from the spill file never doubles or damages a row) and its JSON form for the spill
file (``to_json`` / ``from_json``, tagged by ``NAME``). ``OPERATIONS`` is the table by
tag; coach/storage/history.py applies them and reads the rows back. ``squeezed`` drops
from a batch the progress that a later operation overwrites anyway.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from coach.domain.history_records import (
    PAIN_MAX,
    PAIN_MIN,
    LevelChoice,
    PainMoment,
    ReminderOutcome,
    ReminderOutcomeKind,
    SessionOutcome,
)
from coach.domain.routine import Level

# ----- instants as text


def to_text(instant: datetime) -> str:
    """UTC, always with microseconds, so text order is time order."""
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    """Aware UTC; naive text (hand-written logs) is taken as local time."""
    return datetime.fromisoformat(text).astimezone(UTC)


# ----- checks shared by the operations


def _require_key(key: object) -> None:
    if not isinstance(key, str) or not key:
        raise ValueError(f"a session key is non-empty text, not {key!r}")


def _require_aware(name: str, instant: datetime) -> None:
    if not isinstance(instant, datetime) or instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, not {instant!r}")


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


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def insert_reminder(connection: sqlite3.Connection, at: datetime, kind: str, rule: int | None, routine: str | None,
                    slot: datetime | None, detail: dict[str, Any]) -> int:
    """One reminder outcome row, kept once per (at, kind, rule, slot); 1 if it was new, else 0."""
    cursor = connection.execute(
        "INSERT OR IGNORE INTO reminder_outcome (at, kind, rule, routine, slot, detail) VALUES (?, ?, ?, ?, ?, ?)",
        (to_text(at), kind, rule, routine, None if slot is None else to_text(slot),
         json.dumps(detail, sort_keys=True, separators=(",", ":"), default=_json_default)))
    return cursor.rowcount


# ----- the operations


@dataclass(frozen=True)
class StartSession:
    """A session began; a row is made with outcome running (a replay leaves the existing row alone).

    Attributes:
        key: the session's unique id; routine, routine_title, level: what runs.
        started: when; segments_total: the timeline's length.
    """

    NAME: ClassVar[str] = "start"
    key: str
    routine: str
    routine_title: str
    level: str
    started: datetime
    segments_total: int

    def __post_init__(self) -> None:
        _require_key(self.key)
        _require_aware("started", self.started)

    def write(self, connection: sqlite3.Connection) -> None:
        connection.execute(
            "INSERT OR IGNORE INTO session (key, routine, routine_title, level, started, outcome, segments_done,"
            " segments_total, updated) VALUES (?, ?, ?, ?, ?, 'running', 0, ?, ?)",
            (self.key, self.routine, self.routine_title, self.level, to_text(self.started), self.segments_total,
             to_text(self.started)))

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "routine": self.routine, "routine_title": self.routine_title, "level": self.level,
                "started": to_text(self.started), "segments_total": self.segments_total}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StartSession:
        return cls(_text(data["key"]), _text(data["routine"]), _text(data["routine_title"]), _text(data["level"]),
                   from_text(data["started"]), _whole(data["segments_total"]))


@dataclass(frozen=True)
class SessionProgress:
    """How far a running session is (it may go back, so this is set, not grown); ignored once finished.

    Attributes:
        key: the session; segments_done: segments behind it; exercise: where it is; at: when.
    """

    NAME: ClassVar[str] = "progress"
    key: str
    segments_done: int
    exercise: str | None
    at: datetime

    def __post_init__(self) -> None:
        _require_key(self.key)
        _require_aware("at", self.at)

    def write(self, connection: sqlite3.Connection) -> None:
        connection.execute(
            "UPDATE session SET segments_done = ?, exercise = ?, updated = ? WHERE key = ? AND outcome = 'running'",
            (self.segments_done, self.exercise, to_text(self.at), self.key))

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "segments_done": self.segments_done, "exercise": self.exercise,
                "at": to_text(self.at)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SessionProgress:
        return cls(_text(data["key"]), _whole(data["segments_done"]), _optional_text(data["exercise"]),
                   from_text(data["at"]))


@dataclass(frozen=True)
class FinishSession:
    """A session ended, completed or stopped (this also overrides 'interrupted' should it arrive late).

    Attributes:
        key: the session; outcome: COMPLETED or STOPPED; ended: when;
        segments_done, exercise: where it got to.
    """

    NAME: ClassVar[str] = "finish"
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

    def write(self, connection: sqlite3.Connection) -> None:
        connection.execute(
            "UPDATE session SET outcome = ?, ended = ?, segments_done = ?, exercise = ?, updated = ?"
            " WHERE key = ? AND outcome IN ('running', 'interrupted')",
            (self.outcome.value, to_text(self.ended), self.segments_done, self.exercise, to_text(self.ended),
             self.key))

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "outcome": self.outcome.value, "ended": to_text(self.ended),
                "segments_done": self.segments_done, "exercise": self.exercise}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FinishSession:
        return cls(_text(data["key"]), SessionOutcome(data["outcome"]), from_text(data["ended"]),
                   _whole(data["segments_done"]), _optional_text(data["exercise"]))


@dataclass(frozen=True)
class RatePain:
    """A 0-10 pain rating before or after a session; a new one for the same moment replaces the old.

    The session must have been started first (its row is referenced).

    Attributes:
        key: the session; moment: before or after; score: 0-10; at: when it was given.
    """

    NAME: ClassVar[str] = "pain"
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

    def write(self, connection: sqlite3.Connection) -> None:
        connection.execute(
            "INSERT OR REPLACE INTO pain_rating (session_key, moment, score, at) VALUES (?, ?, ?, ?)",
            (self.key, self.moment.value, self.score, to_text(self.at)))

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "moment": self.moment.value, "score": self.score, "at": to_text(self.at)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RatePain:
        return cls(_text(data["key"]), PainMoment(data["moment"]), _whole(data["score"]), from_text(data["at"]))


@dataclass(frozen=True)
class RecordReminder:
    """Something happened to a reminder; the same (at, kind, rule, slot) is kept once.

    Attributes:
        outcome: what, when, to which reminder.
    """

    NAME: ClassVar[str] = "reminder"
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

    def write(self, connection: sqlite3.Connection) -> None:
        outcome = self.outcome
        insert_reminder(connection, outcome.at, outcome.kind.value, outcome.rule, outcome.routine, outcome.slot,
                        outcome.detail)

    def to_json(self) -> dict[str, Any]:
        outcome = self.outcome
        return {"at": to_text(outcome.at), "kind": outcome.kind.value, "rule": outcome.rule,
                "routine": outcome.routine, "slot": None if outcome.slot is None else to_text(outcome.slot),
                "detail": json.loads(json.dumps(outcome.detail, default=_json_default))}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecordReminder:
        detail = data.get("detail", {})
        if not isinstance(detail, dict):
            raise ValueError("detail is not an object")
        rule = data.get("rule")
        return cls(ReminderOutcome(
            at=from_text(data["at"]), kind=ReminderOutcomeKind(data["kind"]),
            rule=None if rule is None else _whole(rule), routine=_optional_text(data.get("routine")),
            slot=None if data.get("slot") is None else from_text(data["slot"]), detail=detail))


@dataclass(frozen=True)
class RecordLevelChoice:
    """The person answered a suggested level; the same ``at`` is kept once.

    Attributes:
        choice: what was suggested, what they chose, when.
    """

    NAME: ClassVar[str] = "level"
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

    def write(self, connection: sqlite3.Connection) -> None:
        choice = self.choice
        connection.execute(
            "INSERT OR IGNORE INTO level_choice (at, from_level, to_level, suggested_level, accepted)"
            " VALUES (?, ?, ?, ?, ?)",
            (to_text(choice.at), choice.from_level, choice.to_level, choice.suggested_level, int(choice.accepted)))

    def to_json(self) -> dict[str, Any]:
        choice = self.choice
        return {"at": to_text(choice.at), "from": choice.from_level, "to": choice.to_level,
                "suggested": choice.suggested_level, "accepted": choice.accepted}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecordLevelChoice:
        return cls(LevelChoice(at=from_text(data["at"]), from_level=_text(data["from"]), to_level=_text(data["to"]),
                               suggested_level=_text(data["suggested"]), accepted=data["accepted"]))


Operation = StartSession | SessionProgress | FinishSession | RatePain | RecordReminder | RecordLevelChoice

# The table of operation types, by the tag their spill-file lines carry.
OPERATIONS: dict[str, type[Operation]] = {
    kind.NAME: kind
    for kind in (StartSession, SessionProgress, FinishSession, RatePain, RecordReminder, RecordLevelChoice)
}


def squeezed(batch: list[Operation]) -> list[Operation]:
    """The batch without progress that the same session's very next operation, also progress, overwrites.

    Each statement hands the interpreter lock back and forth, and a busy app thread
    makes every hand-back wait; a backlog of progress then costs one statement, not one each.
    """
    kept: list[Operation] = []
    progress_next: set[str] = set()  # sessions whose next operation (we scan backwards) is progress
    for op in reversed(batch):
        key = getattr(op, "key", None)
        if isinstance(op, SessionProgress):
            if op.key in progress_next:
                continue
            progress_next.add(op.key)
        elif key is not None:
            progress_next.discard(key)
        kept.append(op)
    kept.reverse()
    return kept
