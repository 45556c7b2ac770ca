"""The spill file: history operations that could not be written before the app quit, as lines of JSON.

The writer appends what is still queued when it closes, and reads the file back
(and writes it first) at the next start. A torn last line, from a power cut
mid-write, is skipped with a warning; everything else is kept.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from coach.domain.file_reading import read_regular_file
from coach.storage.history import Operation, op_from_json, op_to_json

_log = logging.getLogger(__name__)
# The spill file holds what could not be written yet: lines of JSON, far below this.
MAX_SPILL_BYTES = 64 << 20


def read_spill(path: Path) -> list[Operation] | None:
    """The operations in the spill file ([] if there is none); None if it exists but cannot be read."""
    try:
        text = read_regular_file(path, MAX_SPILL_BYTES).decode("utf-8", errors="replace")
    except FileNotFoundError:
        return []
    except OSError as error:
        _log.warning("%s: could not be read: %s", path, error)
        return None
    ops = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            ops.append(op_from_json(json.loads(line)))
        except ValueError as error:
            # A torn last line from a power cut mid-write, most likely.
            _log.warning("%s:%d: not a history operation, skipped (%s): %s", path, number, error, line)
    return ops


def append_spill(path: Path, ops: list[Operation]) -> bool:
    """Append as JSON lines, one write each, fsynced; False (and every line logged) if that failed."""
    lines = [(json.dumps(op_to_json(op), separators=(",", ":")) + "\n").encode("utf-8") for op in ops]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            for line in lines:
                os.write(descriptor, line)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        # The last place these exist is the log; put them there whole, so they can be recovered by hand.
        _log.error("%s: could not be written (%s); unsaved history: %s", path, error, b"".join(lines).decode("utf-8"))
        return False
    return True
