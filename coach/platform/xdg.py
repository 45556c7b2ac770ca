"""The freedesktop.org base directories, read as the XDG Base Directory spec says.

platformdirs finds Back Coach's own folders; these are the desktop's shared ones
(where autostart entries, menu entries and icons go), named by the spec itself.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


def base_dir(variable: str, default: str, environ: Mapping[str, str] | None = None) -> Path:
    """``$variable``, or ``~/default`` when it is unset, empty or relative (the spec says to ignore those)."""
    value = (os.environ if environ is None else environ).get(variable, "")
    return Path(value) if os.path.isabs(value) else Path.home() / default
