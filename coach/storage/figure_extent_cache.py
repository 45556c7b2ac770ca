"""The exercise figures' measured extents, kept between runs in the cache folder.

Measuring a figure's extent samples every phase of its movement and draws each sample as
painter paths: ~3-4 ms a figure, paid for the home screen's thumbnails at every start
(BENCHMARKS.md §18). The numbers are kept here under a key that names what they were measured
from (the caller's digest of the figure and of the code that measures it), so a changed figure
or a changed drawing is measured afresh, never scaled by old numbers.

One small JSON file, written atomically. It is only a cache: a file that is missing, unreadable,
broken or of another shape counts as empty, and a file that cannot be written is left as it is.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from coach.storage.atomic import write_atomically
from coach.storage.paths import user_cache_dir

CACHE_NAME = "figure-extents.json"
KEPT_AT_MOST = 64  # the app has five figures; older keys (figures or code since changed) go first


def cache_path() -> Path:
    return user_cache_dir() / CACHE_NAME


class FigureExtentCache:
    """Numbers by key, read from the file when first asked and written through on every new key.

    Attributes:
        path: the cache file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._known: dict[str, tuple[float, ...]] | None = None

    def get(self, key: str) -> tuple[float, ...] | None:
        return self._read().get(key)

    def put(self, key: str, numbers: tuple[float, ...]) -> None:
        known = self._read()
        known.pop(key, None)
        known[key] = tuple(numbers)
        while len(known) > KEPT_AT_MOST:
            del known[next(iter(known))]
        try:
            write_atomically(self.path, json.dumps({k: list(v) for k, v in known.items()}).encode("utf-8"))
        except OSError:
            pass  # the next start measures again: slower, never wrong

    def _read(self) -> dict[str, tuple[float, ...]]:
        if self._known is None:
            self._known = _read_file(self.path)
        return self._known


def _read_file(path: Path) -> dict[str, tuple[float, ...]]:
    try:
        document = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(document, dict):
        return {}
    return {key: tuple(float(number) for number in numbers) for key, numbers in document.items()
            if isinstance(key, str) and isinstance(numbers, list)
            and all(isinstance(n, (int, float)) and not isinstance(n, bool) and math.isfinite(n) for n in numbers)}
