"""PySide6's import hook, made to read each module's file instead of keeping its every line.

PySide6 (its ``shibokensupport.feature`` module) looks at every module imported after it,
and at every module imported before it, to learn whether the module uses PySide6 (for
``from __feature__ import ...``, which this app does not use). Its test is a text search of
the module's source for "PySide6", but it reads the source with ``inspect.getsource``, which
keeps every line of every module in ``linecache`` for the life of the process. For this app
that is about 120 files and 54 000 lines: measured 4.5 MiB of resident memory and about
10 ms of start-up (BENCHMARKS.md, "Start-up and memory").

``read_sources_plainly()`` replaces that test with the same search over the file's bytes,
read once and dropped. Modules without a ``.py`` file (built-in, frozen, inside a bundle)
still go to PySide6's own test. It must run before the first PySide6 import (it imports
shiboken6 itself, which PySide6 imports anyway), and it changes nothing if a PySide6
version has no such hook: the app then starts as it did.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# Set on our replacement, so a second call does not wrap it again.
_MARK = "_backcoach_reads_plainly"


def read_sources_plainly() -> bool:
    """Install the plain file search; True if PySide6's hook was there to replace (or already replaced)."""
    import shiboken6  # noqa: F401 - loads shibokensupport, whose hook is replaced before PySide6 uses it

    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
