"""The history as CSV (for a spreadsheet) and as JSON (for anything else), in the person's local time."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from coach.domain.history_records import ReminderOutcome, SessionRecord
from coach.storage.atomic import write_atomically

CSV_COLUMNS = ("started", "ended", "routine", "routine_title", "level", "outcome", "exercise", "segments_done",
               "segments_total", "minutes", "pain_before", "pain_after", "pain_change")
# A spreadsheet runs a cell that starts with one of these as a formula; routine titles come from user files.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | None


def local_text(instant: datetime | None, zone: tzinfo) -> str | None:
    """ISO time in ``zone`` with its offset, to the second (``2026-03-29T09:00:00+02:00``)."""
    return None if instant is None else instant.astimezone(zone).isoformat(timespec="seconds")


def session_rows(sessions: Sequence[SessionRecord], zone: tzinfo) -> list[dict[str, Cell]]:
    """One dict per session, keyed by CSV_COLUMNS; minutes to 0.1, None while not ended."""
    rows = []
    for session in sessions:
        minutes = None
        if session.ended is not None:
            minutes = round((session.ended - session.started).total_seconds() / 60, 1)
        rows.append({
            "started": local_text(session.started, zone), "ended": local_text(session.ended, zone),
            "routine": session.routine, "routine_title": session.routine_title, "level": session.level,
            "outcome": session.outcome.value, "exercise": session.exercise, "segments_done": session.segments_done,
            "segments_total": session.segments_total, "minutes": minutes, "pain_before": session.pain_before,
            "pain_after": session.pain_after, "pain_change": session.pain_change,
        })
    return rows


def _guarded(value: Cell) -> Cell:
    # Numbers are left alone: a pain change of -2 is a number, not a formula.
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(sessions: Sequence[SessionRecord], zone: tzinfo) -> str:
    """The CSV file's text: a header, then one line per session."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in session_rows(sessions, zone):
        writer.writerow({name: _guarded(value) for name, value in row.items()})
    return buffer.getvalue()


def write_csv(sessions: Sequence[SessionRecord], path: Path, zone: tzinfo) -> None:
    """UTF-8, written atomically (never half a file); raises OSError for the caller to tell the person."""
    write_atomically(path, csv_text(sessions, zone).encode("utf-8"))


def reminder_rows(outcomes: Sequence[ReminderOutcome], zone: tzinfo) -> list[dict[str, Any]]:
    return [{"at": local_text(outcome.at, zone), "kind": outcome.kind.value, "rule": outcome.rule,
             "routine": outcome.routine, "slot": local_text(outcome.slot, zone), "detail": _plain(outcome.detail)}
            for outcome in outcomes]


def _plain(value: Any) -> Any:
    """JSON-ready: datetimes in a detail made by the app (not yet stored) become ISO text."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value.isoformat() if isinstance(value, datetime) else value


def to_json(sessions: Sequence[SessionRecord], zone: tzinfo,
            reminder_outcomes: Sequence[ReminderOutcome] = ()) -> dict[str, Any]:
    """``{"sessions": [...], "reminders": [...]}``, times as local ISO text (ready for ``json.dumps``)."""
    return {"sessions": session_rows(sessions, zone), "reminders": reminder_rows(reminder_outcomes, zone)}
