"""The spill file: history operations that could not be written before the app quit, as lines of JSON.

The writer appends what is still queued when it closes (``spill``: to the spill file, else,
its disk full, to the one in memory, and what to tell the person if not all went to the first),
and reads the files back (and writes them first) at the next start. A spill file only ever gets
whole lines (``append_whole_lines``); a torn last line, from a power cut mid-write, is skipped
with a warning; everything else is kept.
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


def spill_lines(ops: list[Operation]) -> list[bytes]:
    """Each operation as one line of JSON."""
    return [(json.dumps(op_to_json(op), separators=(",", ":")) + "\n").encode("utf-8") for op in ops]


def append_whole_lines(path: Path, lines: list[bytes]) -> tuple[int, OSError | None]:
    """Append ``lines`` to ``path``, fsynced; how many are in it, and the error that stopped the rest.

    Never leaves part of a line: a write that fails half way (a full disk) is cut back to the last
    whole line, and if the fsync fails, to where the file was, since what it holds may not last. A
    file that ends in a torn line (a power cut) gets a line break first, so the next line is whole.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError as error:
        return 0, error
    try:
        start = whole = os.fstat(descriptor).st_size
        count, stopped = 0, None
        try:
            torn = start > 0 and os.pread(descriptor, 1, start - 1) != b"\n"
            for line in lines:
                data = memoryview((b"\n" if torn else b"") + line)
                while data:
                    data = data[os.write(descriptor, data):]
                torn = False
                count += 1
                whole = os.fstat(descriptor).st_size
        except OSError as error:
            os.ftruncate(descriptor, whole)
            stopped = error
        try:
            os.fsync(descriptor)
        except OSError as error:
            os.ftruncate(descriptor, start)
            return 0, error
        return count, stopped
    except OSError as error:  # even cutting back failed
        return 0, error
    finally:
        os.close(descriptor)


def spill(ops: list[Operation], spill_path: Path, memory_spill_path: Path | None, *, database: Path) -> str | None:
    """Append ``ops`` as JSON lines to the spill file, else (the disk full) the memory one.

    None if all of them went to the spill file; else what the person is told: where the rest is
    kept, or, if nowhere, the rest itself, whole, since that message (in the log) is the last place
    they exist. ``database``: the history these were for, named in the message.
    """
    lines = spill_lines(ops)
    left, first_error, kept_in = lines, None, None
    for path in [spill_path, *([memory_spill_path] if memory_spill_path is not None else [])]:
        count, error = append_whole_lines(path, left)
        left = left[count:]
        first_error = first_error or error
        if not left:
            kept_in = path
            break
        if path == spill_path:
            elsewhere = len(left)
    if kept_in == spill_path:
        return None
    what = f"{elsewhere} history entr{'y' if elsewhere == 1 else 'ies'} (your latest session)"
    reason = first_error.strerror if first_error is not None and first_error.strerror else str(first_error)
    if kept_in is not None:
        return (f"{database}: {what} could not be saved in the history or in {spill_path} ({reason}). They are "
                f"kept in {kept_in} until you log out: free some space and start Back Coach again before then, "
                "and they are saved.")
    return (f"{database}: {what} could not be saved anywhere ({reason}); they follow in this log, to keep by "
            "hand: " + b"".join(left).decode("utf-8").strip())
