"""What reminders have done so far: the book's state, and the old outcome log (state dir).

``reminder-state.json`` holds what must survive a restart so no slot fires
twice (written atomically after every change). Outcomes (fired, started,
snoozed, skipped, missed, already done) now go to the SQLite history;
before that they were lines in ``reminder-log.jsonl``, which the history
imports once (``read_outcomes`` reads it).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from coach.domain.file_reading import read_regular_file
from coach.domain.reminder_book import ReminderState
from coach.storage.atomic import move_aside, write_atomically
from coach.storage.paths import user_state_dir

STATE_NAME = "reminder-state.json"
LOG_NAME = "reminder-log.jsonl"
_log = logging.getLogger(__name__)
# Far above what a year of use writes; the limits keep a mistaken huge file from filling memory.
MAX_STATE_BYTES = 1 << 20
MAX_LOG_BYTES = 64 << 20


def state_path() -> Path:
    return user_state_dir() / STATE_NAME


def log_path() -> Path:
    return user_state_dir() / LOG_NAME


def load_state(path: Path | None = None, *, stamp: str | None = None) -> tuple[ReminderState | None, str | None]:
    """(state, problem). No file: (None, None). An unusable file is moved aside: (None, message)."""
    path = path or state_path()
    try:
        return ReminderState.from_json(json.loads(read_regular_file(path, MAX_STATE_BYTES).decode("utf-8"))), None
    except FileNotFoundError:
        return None, None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        stamp = stamp or datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = move_aside(path, stamp) if path.is_file() else None
        where = f" and was moved to {moved.name}" if moved else ""
        return None, (f"{path}: could not be read ({error}){where}; reminders carry on from now "
                      "(anything missed before now is not caught up)")


def save_state(state: ReminderState, path: Path | None = None) -> None:
    """Atomic; raises OSError."""
    write_atomically(path or state_path(), json.dumps(state.to_json(), indent=1).encode("utf-8"))


def read_outcomes(path: Path | None = None) -> list[dict[str, Any]]:
    """Every readable line; a torn last line (power cut mid-write) is skipped, not fatal."""
    path = path or log_path()
    try:
        text = read_regular_file(path, MAX_LOG_BYTES).decode("utf-8", errors="replace")
    except FileNotFoundError:
        return []
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            _log.warning("%s:%d: not a log entry, skipped", path, number)
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries
