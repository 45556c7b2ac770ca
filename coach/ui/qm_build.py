"""Compile the UI's translations (.ts, Qt Linguist's source) into the .qm files QTranslator loads.

Used twice, so it imports neither Qt nor the rest of the app: by the build hook
(hatch_build.py), which puts the .qm files into the wheel, and by the app in a
plain checkout, which has only the committed .ts files and builds the .qm files
into the user's cache on first run (and again when a .ts is newer). If no
lrelease can be found or it fails, nothing is built and the screens stay in
English: a missing translation never stops the app.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

# lrelease reads a few hundred strings in well under a second; a hung one must not hold up the start.
LRELEASE_TIMEOUT_S = 30


def lrelease_command() -> list[str] | None:
    """How to run lrelease: the one in the PySide6-Essentials wheel, else one on PATH; None if there is none.

    The wheel's binary sits beside PySide6/__init__.py; it is found without importing PySide6
    (the build hook's environment may not have Qt's libraries).
    """
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        binary = Path(spec.origin).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        if binary.is_file():
            return [str(binary)]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_one(ts_file: Path, qm_file: Path, command: list[str]) -> bool:
    """Build ``qm_file`` from ``ts_file``; False (and no partial file left) if lrelease fails."""
    import subprocess  # only when a catalogue needs building: a start with them built never loads it

    qm_file.parent.mkdir(parents=True, exist_ok=True)
    partial = qm_file.with_suffix(".qm.part")
    try:
        result = subprocess.run([*command, "-silent", str(ts_file), "-qm", str(partial)], capture_output=True,
                                timeout=LRELEASE_TIMEOUT_S, check=False)
        if result.returncode != 0 or not partial.is_file():
            return False
        partial.replace(qm_file)  # whole or not at all: a reader never sees half a file
        return True
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        partial.unlink(missing_ok=True)


def compile_all(ts_dir: Path, qm_dir: Path, command: list[str] | None = None) -> list[Path]:
    """Build every ``*.ts`` of ``ts_dir`` that has no .qm in ``qm_dir`` or an older one; the .qm files there."""
    sources = sorted(ts_dir.glob("*.ts"))
    stale = [ts for ts in sources if not _fresh(ts, qm_dir / f"{ts.stem}.qm")]
    if stale:
        command = command or lrelease_command()
        if command is not None:
            for ts in stale:
                compile_one(ts, qm_dir / f"{ts.stem}.qm", command)
    return [qm for ts in sources if (qm := qm_dir / f"{ts.stem}.qm").is_file()]


def _fresh(ts_file: Path, qm_file: Path) -> bool:
    try:
        return qm_file.stat().st_mtime >= ts_file.stat().st_mtime
    except OSError:
        return False
