"""Writes reminder-log.jsonl as development builds before 0.1.0 did, so tests can check its one-time import."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from coach.storage import reminder_journal


def append_outcome(entry: dict[str, Any], path: Path | None = None) -> None:
    path = path or reminder_journal.log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(entry, separators=(",", ":"),
                      default=lambda value: value.isoformat() if isinstance(value, datetime) else str(value))
    with path.open("a", encoding="utf-8") as stream:
        stream.write(line + "\n")
