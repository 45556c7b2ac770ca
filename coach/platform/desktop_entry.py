"""Put a pip or ``uv tool`` install of Back Coach in the desktop's menu, with its icon, and take it out again.

A distribution package or a Flatpak installs the desktop entry, icons and
AppStream metainfo system-wide. A wheel cannot, so ``backcoach
--install-desktop-entry`` copies them into the person's own data folder
(``$XDG_DATA_HOME``, by default ``~/.local/share``) with Exec= pointing at the
very ``backcoach`` script that ran, and records what it wrote so that
``--uninstall-desktop-entry`` removes those files and nothing else.

No Qt here: the command line runs this without opening a window.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from coach.platform import xdg
from coach.platform.autostart import APP_ID, desktop_exec
from coach.resources import desktop_files_dir, hicolor_icons_dir
from coach.storage.atomic import write_atomically

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
# Where the record of an install lives, relative to the data home it went into.
RECORD = Path("backcoach") / "desktop-entry-files.json"
# The desktops' caches are refreshed when these exist; a missing or failing one only delays the menu.
CACHE_TOOLS_TIMEOUT = 30.0


class DesktopEntryProblem(Exception):
    """Installing or removing the entry failed; the message names the file and the fix."""


@dataclass(frozen=True)
class Report:
    """What an install or uninstall did, for the person.

    Attributes:
        written: files written (install) or removed (uninstall), in order.
        kept: files left alone, each with the reason.
    """

    written: tuple[Path, ...]
    kept: tuple[tuple[Path, str], ...] = ()


def check_platform(platform: str | None = None) -> None:
    """Desktop entries are a freedesktop.org (Linux desktop) thing; say so elsewhere."""
    if (sys.platform if platform is None else platform) in ("win32", "cygwin", "msys", "darwin"):
        raise DesktopEntryProblem(
            "--install-desktop-entry and --uninstall-desktop-entry are for Linux desktops; "
            "on Windows and macOS, use the standalone build, which adds Back Coach to the Start menu "
            "or the Applications folder")


def data_home(environ: dict[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share``."""
    return xdg.base_dir("XDG_DATA_HOME", ".local/share", environ)


def launcher() -> list[str]:
    """The command that starts this very install, as absolute paths.

    The ``backcoach`` script that is running (``sys.argv[0]``; for ``uv tool`` the
    link in ``~/.local/bin``) comes first, then one beside this Python, then one on
    PATH; started as ``python -m coach``, the entry runs that.
    """
    if getattr(sys, "frozen", False):  # a bundled build: the executable is the app
        return [os.path.abspath(sys.executable)]
    running = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if running is not None and running.stem == "backcoach" and running.is_file():
        return [os.path.abspath(running)]
    script = (shutil.which("backcoach", path=str(Path(sys.executable).parent))
              or shutil.which("backcoach"))
    if script:
        return [os.path.abspath(script)]
    return [os.path.abspath(sys.executable), "-m", "coach"]


def desktop_entry_text(shipped: str, command: list[str]) -> str:
    """The shipped desktop entry with every Exec= running ``command`` (its own arguments kept after it)."""
    lines = ["# Written by `backcoach --install-desktop-entry`; `backcoach --uninstall-desktop-entry` removes it."]
    for line in shipped.splitlines():
        key, equals, value = line.partition("=")
        if equals and key.strip() == "Exec":
            # The shipped file's Exec values are plain words ("backcoach --start cat-stretch").
            _program, *arguments = value.split()
            line = f"Exec={desktop_exec([*command, *arguments])}"
        lines.append(line)
        if line.strip() == "[Desktop Entry]":
            # Menus hide the entry once the install it points at is gone.
            lines.append("TryExec=" + command[0].replace("\\", "\\\\"))
    return "\n".join(lines) + "\n"


def planned_files(home: Path, command: list[str]) -> list[tuple[Path, bytes]]:
    """Every file an install writes: (target, content)."""
    try:
        shipped, icons = desktop_files_dir(), hicolor_icons_dir()
    except FileNotFoundError as error:
        raise DesktopEntryProblem(str(error)) from None  # it names both places looked in
    try:
        entry = (shipped / DESKTOP_FILE).read_text(encoding="utf-8")
        files = [(home / "applications" / DESKTOP_FILE, desktop_entry_text(entry, command).encode("utf-8")),
                 (home / "metainfo" / METAINFO_FILE, (shipped / METAINFO_FILE).read_bytes())]
        for icon in sorted(icons.glob(f"*/apps/{APP_ID}.*")):
            files.append((home / "icons" / "hicolor" / icon.relative_to(icons), icon.read_bytes()))
    except OSError as error:
        raise DesktopEntryProblem(f"Back Coach's desktop files cannot be read ({error.filename}: "
                                  f"{error.strerror or error}); reinstall the package") from None
    return files


def install(home: Path | None = None, command: list[str] | None = None) -> Report:
    """Write the entry, metainfo and icons under ``home`` (default: data_home()), then refresh the caches."""
    home = data_home() if home is None else home
    files = planned_files(home, launcher() if command is None else command)
    record = home / RECORD
    installed = _read_record(record)
    for path, content in files:
        _write(path, content)
        installed[str(path)] = _digest(content)
        # Written after each file, so even a failure half-way leaves a record of what is there.
        _write(record, (json.dumps(installed, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    _refresh_caches(home)
    return Report(tuple(path for path, _ in files))


def uninstall(home: Path | None = None) -> Report:
    """Remove the files the last installs under ``home`` wrote, if they are still as written."""
    home = data_home() if home is None else home
    record = home / RECORD
    installed = _read_record(record)
    removed: list[Path] = []
    kept: list[tuple[Path, str]] = []
    for name, digest in installed.items():
        path = Path(name)
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            continue  # already gone
        except OSError as error:
            raise DesktopEntryProblem(f"could not read {path}: {error.strerror or error}") from None
        if _digest(content) != digest:
            kept.append((path, "it changed since Back Coach installed it; delete it yourself if you want it gone"))
            continue
        _remove(path)
        removed.append(path)
    _remove(record)
    if removed:
        _refresh_caches(home)
    return Report(tuple(removed), tuple(kept))


def _read_record(record: Path) -> dict[str, str]:
    """{absolute path: sha256} of the files installed; empty when nothing was (or the record is unusable)."""
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        return {}  # nothing installed there (yet); a blocked folder shows up when writing
    except (OSError, ValueError) as error:
        raise DesktopEntryProblem(f"cannot read the record of installed desktop files {record} ({error}); "
                                  f"delete it and remove {DESKTOP_FILE} from {record.parent.parent / 'applications'} "
                                  "yourself") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise DesktopEntryProblem(f"the record of installed desktop files {record} is not what Back Coach wrote; "
                                  "delete it and the files it lists yourself")
    return data


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _write(path: Path, content: bytes) -> None:
    try:
        write_atomically(path, content, mode=0o644)  # ordinary desktop files, read by the desktop's tools
    except OSError as error:
        raise DesktopEntryProblem(f"could not write {path}: {error.strerror or error}; "
                                  f"check that {path.parent} is a folder you can write to") from None


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise DesktopEntryProblem(f"could not remove {path}: {error.strerror or error}") from None


def _refresh_caches(home: Path) -> None:
    """Tell the desktop about the change; without the tools it notices at the next login, which is fine."""
    for command in (["update-desktop-database", "-q", str(home / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]) is None:
            continue
        try:
            subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=CACHE_TOOLS_TIMEOUT, check=False)
        except (OSError, subprocess.SubprocessError):
            pass  # a broken cache tool must not undo an install that worked
