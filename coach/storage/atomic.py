"""Write a file so that a crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Temporary file in the same folder, fsync, then rename over the target.

    The file is private to its owner (mkstemp's 0600) unless ``mode`` says otherwise,
    e.g. 0o644 for a desktop entry others' tools read; it is set before the rename, so
    the target never appears with the wrong one. Raises OSError (the caller tells the
    person); no temporary file is left behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def move_aside(path: Path, stamp: str) -> Path | None:
    """Rename an unusable file to ``<name>.corrupt-<stamp>`` so nothing is lost; None if that failed too."""
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target
