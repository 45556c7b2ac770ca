"""Read a data file without ever waiting: regular files only, and only so many bytes.

A FIFO named ``*.toml`` in the routines folder (or given to ``import``) would
block an ordinary open() until some other program writes to it, and a device
like /dev/zero never ends. Opening without blocking and checking what was opened
turns both into a plain "is not a regular file" error.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotARegularFile(OSError):
    """The path names a FIFO, a device, a socket or a folder, not a file."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (so the caller can tell "too big");
    NotARegularFile for anything but a regular file, OSError when it cannot be read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotARegularFile(errno.EINVAL, "is not a regular file (a folder, a pipe or a device)", str(path))
        chunks, remaining = [], limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)
