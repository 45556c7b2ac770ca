"""What a failed history write means, in words for the person, and which failures a retry can cure.

The writer (history_writer.py) retries a locked, full or read-only database until it can write;
these say, once per kind, what is wrong and what the person can do about it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coach.storage.history_schema import SQLITE_BUSY, SQLITE_FULL, SQLITE_LOCKED, SQLITE_READONLY, error_code

# A lock held this many attempts in a row (each already waited busy_timeout) is worth telling the person.
BUSY_ATTEMPTS_BEFORE_REPORT = 4


def write_problem(path: Path, error: Exception, failures: int) -> tuple[str, str] | None:
    """(kind, message) to tell the person after ``failures`` failed attempts in a row; None: not yet."""
    code = error_code(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        if failures < BUSY_ATTEMPTS_BEFORE_REPORT:
            return None
        return "busy", (f"{path}: another program keeps the history locked, so Back Coach could not save your "
                        "latest session yet. Close other programs that have it open; it keeps trying, and nothing "
                        "is lost while it runs.")
    if code == SQLITE_FULL:
        return "full", (f"{path}: the disk is full, so Back Coach could not save your latest session yet. Free "
                        "some space; it keeps trying, and nothing is lost while it runs.")
    if code == SQLITE_READONLY:
        return "readonly", (f"{path}: may not be written ({error}), so Back Coach could not save your latest "
                            "session yet. Give yourself write permission on the file and its folder; it keeps "
                            "trying, and nothing is lost while it runs.")
    return f"error {code}", (f"{path}: could not save your latest session yet ({error}). Check the disk; Back "
                             "Coach keeps trying, and nothing is lost while it runs.")


def is_the_operations_fault(error: Exception) -> bool:
    """An error that writing the same operation again would only repeat (unlike a lock or a full disk)."""
    if isinstance(error, sqlite3.IntegrityError | sqlite3.InterfaceError | sqlite3.ProgrammingError):
        return True
    return not isinstance(error, sqlite3.Error) and isinstance(error, TypeError | ValueError | AttributeError)
