"""A file the person names for output (a CSV, a PDF, a WAV, a PNG, an exported routine) never destroys anything.

Every command that writes such a file checks it here first: an existing file is
kept unless the person said ``--force``; a missing folder is an error (a typo
must not create folders); a device, a FIFO, a folder or a link is never replaced
by a regular file; and nothing is written inside Back Coach's own folders, where
the history, settings and reminders live. The write itself is atomic
(coach/storage/atomic.py), so a full disk leaves the old file, never half a new one.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from coach.domain.routine_errors import printable
from coach.storage.atomic import write_atomically
from coach.storage.paths import user_cache_dir, user_config_dir, user_data_dir, user_state_dir


class OutputFileProblem(OSError):
    """Writing the named file would lose something; the message (one line) says what and how to go on.

    An OSError without an errno, so callers that already report a failed write report this too.
    """


def app_folders() -> list[Path]:
    """Back Coach's own folders: its history, settings, reminders, routines, lock and caches."""
    return [user_data_dir(), user_config_dir(), user_state_dir(), user_cache_dir()]


def check_output_file(path: Path, *, force: bool = False) -> None:
    """Raise OutputFileProblem unless writing ``path`` (atomically, by rename) is safe."""
    shown = printable(str(path))
    try:
        status = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        status = None  # the folder check below says what is missing
    except OSError as error:
        raise OutputFileProblem(f"could not write {shown}: {error.strerror or error}") from None
    if status is not None:
        if stat.S_ISDIR(status.st_mode):
            raise OutputFileProblem(f"{shown} is a folder; name a file in it")
        if stat.S_ISLNK(status.st_mode):
            raise OutputFileProblem(f"{shown} is a symbolic link; name the file itself, or another name")
        if not stat.S_ISREG(status.st_mode):
            raise OutputFileProblem(f"{shown} is not a regular file (a device, a pipe or a socket); "
                                    "choose a file name")
        if not force:
            raise OutputFileProblem(f"{shown} already exists; choose another name or overwrite it (--force)")
    folder = path.parent
    if not folder.is_dir():
        raise OutputFileProblem(f"could not write {shown}: there is no folder {printable(str(folder))}; "
                                "create it first or choose another place")
    resolved = folder.resolve() / path.name
    for own in app_folders():
        own = own.resolve()
        if resolved == own or own in resolved.parents:
            raise OutputFileProblem(f"{shown} is inside Back Coach's own folder {printable(str(own))}, "
                                    "where its history and settings live; choose a place outside it")


def write_output_file(path: Path, data: bytes, *, force: bool = False) -> None:
    """Check ``path`` (OutputFileProblem) and write ``data`` to it atomically (OSError, e.g. a full disk)."""
    check_output_file(path, force=force)
    write_atomically(path, data, mode=0o644 & ~_umask())


def _umask() -> int:
    # A file the person asked for gets the permissions any new file of theirs would get.
    current = os.umask(0)
    os.umask(current)
    return current
