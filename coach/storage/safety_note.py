"""Remembers that the person has read the safety note, so it is shown only once.

A marker file in the config folder; the settings issue will fold it into
settings.toml. Written atomically (temporary file, then rename).
"""

from __future__ import annotations

import datetime
import logging
from pathlib import Path

from coach.storage.atomic import write_atomically
from coach.storage.paths import user_config_dir

MARKER_NAME = "safety-note-read"
_log = logging.getLogger(__name__)


def marker_path() -> Path:
    return user_config_dir() / MARKER_NAME


def was_read() -> bool:
    return marker_path().is_file()


def mark_read() -> None:
    """Record the acknowledgement; failing to save it only means the note shows again."""
    stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds") + "\n"
    try:
        write_atomically(marker_path(), stamp.encode("utf-8"))
    except OSError as error:
        _log.warning("could not remember that the safety note was read (%s): it will show again", error)
