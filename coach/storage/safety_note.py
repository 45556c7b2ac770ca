"""Remembers that the person has read the safety note, so it is shown only once.

A marker file in the config folder; the settings issue will fold it into
settings.toml. Written atomically (temporary file, then rename).
"""

from __future__ import annotations

import datetime
import logging
import os
import tempfile
from pathlib import Path

from coach.storage.paths import user_config_dir

MARKER_NAME = "safety-note-read"
_log = logging.getLogger(__name__)


def marker_path() -> Path:
    return user_config_dir() / MARKER_NAME


def was_read() -> bool:
    return marker_path().is_file()


def mark_read() -> None:
    """Record the acknowledgement; failing to save it only means the note shows again."""
    path = marker_path()
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".safety-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds") + "\n")
        os.replace(temporary, path)
    except OSError as error:
        _log.warning("could not remember that the safety note was read (%s): it will show again", error)
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
