"""What the history remembers, as plain values: sessions, pain ratings, reminder outcomes, level choices.

Storage turns these into SQLite rows and back; the progress figures
(``coach.domain.progress``) and the exports read them. Every instant is an
aware datetime in UTC; which local day it falls on is decided by the reader,
in the local zone of the moment it reads.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

PAIN_MIN, PAIN_MAX = 0, 10


class SessionOutcome(enum.Enum):
    """How a session ended (or that it has not yet)."""

    RUNNING = "running"  # under way; the row is updated as it goes
    COMPLETED = "completed"  # ran to the end
    STOPPED = "stopped"  # the person stopped it (or went home) early
    INTERRUPTED = "interrupted"  # the app ended mid-session (killed, crashed, power cut)


class PainMoment(enum.Enum):
    BEFORE = "before"
    AFTER = "after"


class ReminderOutcomeKind(enum.Enum):
    """Everything that can happen to a reminder, as the reminders log records it."""

    FIRED = "fired"
    ALREADY_DONE = "already-done"
    STARTED = "started"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"
    PAUSED = "paused"
    RESUMED = "resumed"


@dataclass(frozen=True)
class SessionRecord:
    """One session, as far as it got.

    Attributes:
        key: a unique id made when the session starts (so updates need no database round trip).
        routine: the routine's id; routine_title: its title then (routines can be renamed or deleted).
        level: the level's value ("gentle", "standard", "strong").
        started, ended: UTC instants; ended is None while running.
        outcome: see SessionOutcome.
        segments_done, segments_total: how far through the timeline it got.
        exercise: the id of the exercise it was at (where it stopped, or the last one if completed).
        pain_before, pain_after: 0-10 ratings, None if not given.
    """

    key: str
    routine: str
    routine_title: str
    level: str
    started: datetime
    ended: datetime | None
    outcome: SessionOutcome
    segments_done: int
    segments_total: int
    exercise: str | None = None
    pain_before: int | None = None
    pain_after: int | None = None

    @property
    def completed(self) -> bool:
        return self.outcome is SessionOutcome.COMPLETED

    @property
    def pain_change(self) -> int | None:
        """After minus before, when both were given."""
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before


@dataclass(frozen=True)
class ReminderOutcome:
    """One line of the reminders log: what happened, when, to which reminder.

    Attributes:
        at: when it happened (UTC).
        kind: see ReminderOutcomeKind.
        rule: the reminder's id (None for pause/resume, which concern all of them).
        routine: the reminder's routine id, if any.
        slot: the planned time the outcome concerns (UTC), if any.
        detail: the rest (late_seconds, covered slots, missed reason, snoozed until, ...), JSON-able.
    """

    at: datetime
    kind: ReminderOutcomeKind
    rule: int | None = None
    routine: str | None = None
    slot: datetime | None = None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LevelChoice:
    """The person's answer to a suggested level (see ``coach.domain.progression``).

    Attributes:
        at: when they answered (UTC).
        from_level: the level they were at (a Level value, like SessionRecord.level).
        to_level: the level they go on with: the suggested one if accepted, from_level if declined.
        suggested_level: the level that was suggested.
        accepted: whether they took the suggestion.
    """

    at: datetime
    from_level: str
    to_level: str
    suggested_level: str
    accepted: bool
