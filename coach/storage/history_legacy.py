"""The reminders log of development builds before 0.1.0 (``reminder-log.jsonl``, November 2026), moved into the
history database once.

Before the history existed, reminder outcomes were JSON lines in the state
folder. The writer imports them at its first start, in one transaction, and
renames the file (never deletes it) so it is read only once.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from coach.storage import reminder_journal
from coach.storage.history import rollback
from coach.storage.history_operations import from_text, insert_reminder

IMPORTED_SUFFIX = ".imported"
_log = logging.getLogger(__name__)


def import_reminder_log(connection: sqlite3.Connection, log_path: Path) -> int:
    """Move the legacy reminders log into the database; how many new rows.

    One transaction; afterwards the log is renamed to ``<name>.imported`` (never
    deleted) so it is not read again. Entries already present are not doubled,
    so an import cut short by a crash can simply run again.
    """
    entries = reminder_journal.read_outcomes(log_path)
    added = 0
    connection.execute("BEGIN IMMEDIATE")
    try:
        for number, entry in enumerate(entries, start=1):
            row = _row_from_log(entry)
            if row is None:
                _log.warning("%s: entry %d is not a reminder outcome, skipped: %r", log_path, number, entry)
                continue
            added += insert_reminder(connection, *row)
        connection.execute("COMMIT")
    except BaseException:
        rollback(connection)
        raise
    if log_path.exists():
        target = _free_name(log_path.with_name(log_path.name + IMPORTED_SUFFIX))
        try:
            os.replace(log_path, target)
        except OSError as error:
            # Harmless: the next start imports it again and finds every entry already there.
            _log.warning("%s: imported, but could not be renamed to %s: %s", log_path, target.name, error)
    return added


def _free_name(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


_LOG_COLUMNS = ("at", "outcome", "rule", "routine", "slot")


def _row_from_log(entry: dict[str, Any]) -> tuple[datetime, str, int | None, str | None, datetime | None,
                                                   dict[str, Any]] | None:
    """(at, kind, rule, routine, slot, detail), or None if the entry lacks a time or an outcome."""
    try:
        at = from_text(entry["at"])
        kind = entry["outcome"]
        if not isinstance(kind, str) or not kind:
            return None
        slot_text = entry.get("slot")
        if slot_text is None and isinstance(entry.get("slots"), list) and entry["slots"]:
            slot_text = entry["slots"][0]
        slot = from_text(slot_text) if isinstance(slot_text, str) else None
    except (KeyError, TypeError, ValueError):
        return None
    rule = entry.get("rule")
    routine = entry.get("routine")
    # Whatever is not a column (late_seconds, covered, reason, the full "slots" list...) stays in detail.
    detail = {name: value for name, value in entry.items() if name not in _LOG_COLUMNS}
    if slot is None and entry.get("slot") is not None:
        detail["slot"] = entry["slot"]
    return (at, kind, rule if isinstance(rule, int) and not isinstance(rule, bool) else None,
            routine if isinstance(routine, str) else None, slot, detail)
