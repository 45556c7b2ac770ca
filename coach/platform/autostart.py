"""Start Back Coach at login, the way each desktop expects, and never against the person's wishes.

Linux and other Unix desktops: an XDG autostart entry; Windows: a value under
the current user's Run key; macOS: a LaunchAgent. The entry starts the app in
the background (tray), hence ``--background``.

Inside a Flatpak none of these works (the sandbox's config folder is its own, and
its command exists only inside it): there the desktop portal's Background
interface sets it up instead (coach/platform/background_portal.py); in_flatpak() tells.

Entries are written or removed only when the person flips the option. At start
the app calls reconcile(), which only reads: an entry the person removed or
switched off with their desktop's own tools stays that way.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from coach.platform import xdg
from coach.storage.atomic import write_atomically

_log = logging.getLogger(__name__)

APP_ID = "io.github.backcoach.BackCoach"
BACKGROUND_FLAG = "--background"


FLATPAK_COMMAND = "backcoach"  # the manifest's command, in the sandbox's /app/bin
FLATPAK_INFO = Path("/.flatpak-info")


def in_flatpak(environ: Mapping[str, str] | None = None, info: Path | None = None) -> bool:
    """Whether this runs inside a Flatpak sandbox (which sets FLATPAK_ID and mounts /.flatpak-info).

    Both, so that a FLATPAK_ID leaking into a shell outside the sandbox does not count.
    """
    environ = os.environ if environ is None else environ
    return bool(environ.get("FLATPAK_ID")) and (FLATPAK_INFO if info is None else info).is_file()


def launch_command() -> list[str]:
    """The command that starts this very install in the background."""
    if in_flatpak():
        # The portal runs `flatpak run --command=<first word> <app id> <the rest>` on the host.
        return [FLATPAK_COMMAND, BACKGROUND_FLAG]
    if getattr(sys, "frozen", False):  # a bundled build: the executable is the app
        return [sys.executable, BACKGROUND_FLAG]
    # The installer's `backcoach` script beside this interpreter belongs to this
    # install; one found on PATH is the next best.
    script = (shutil.which("backcoach", path=str(Path(sys.executable).parent))
              or shutil.which("backcoach"))
    if script:
        return [os.path.abspath(script), BACKGROUND_FLAG]
    python = Path(sys.executable)
    if sys.platform == "win32" and (python.parent / "pythonw.exe").is_file():
        python = python.parent / "pythonw.exe"  # no console window at every login
    return [str(python), "-m", "coach", BACKGROUND_FLAG]


class AutostartEntry(Protocol):
    """One platform's way to start the app at login.

    Attributes:
        location: where the entry lives (a path or a registry key), for messages.
    """

    location: str

    def is_present(self) -> bool:
        """Our entry exists and the desktop will run it."""

    def create(self, command: list[str]) -> None:
        """Write the entry (replacing ours if there); OSError says what failed and where."""

    def remove(self) -> None:
        """Delete the entry; nothing to delete is fine."""


def reconcile(wanted: bool, we_created: bool, entry: AutostartEntry) -> tuple[bool, bool]:
    """Bring the saved (wanted, we_created) in line with the entry on disk; never writes.

    The entry is the truth, because the person may add, delete or switch it off
    with their desktop's own tools while the app is closed:

    - present: autostart is on, whoever made it -> (True, we_created).
    - absent (or switched off): autostart is off -> (False, False). Were it
      wanted and ours, the person removed it by hand; were it wanted and not
      ours (settings copied from another machine), it was never made here.
      Either way it is not (re)created: only the person's own toggle writes.

    The returned we_created stays True only while our entry is there, so a
    later toggle starts from a clean slate.
    """
    if entry.is_present():
        return True, we_created
    if wanted:
        _log.info("autostart is off: the entry at %s is gone or switched off; not recreating it", entry.location)
    return False, False


class XdgAutostart:
    """An XDG autostart entry: ``<config home>/autostart/<app id>.desktop``.

    Attributes:
        path: the .desktop file.
        location: the same, as text.
    """

    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"
        self.location = str(self.path)

    def is_present(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return False
        except OSError as error:
            _log.warning("cannot read the autostart entry %s: %s", self.path, error)
            return False
        keys = _desktop_entry_keys(text)
        # KDE switches an entry off with Hidden=true, GNOME with X-GNOME-Autostart-enabled=false.
        return (keys.get("Hidden", "").lower() != "true"
                and keys.get("X-GNOME-Autostart-enabled", "").lower() != "false")

    def create(self, command: list[str]) -> None:
        lines = ["[Desktop Entry]", "Type=Application", "Name=Back Coach",
                 "Comment=Guided exercises for a healthier lower back, with reminders",
                 f"Exec={desktop_exec(command)}", f"Icon={APP_ID}", "Terminal=false", "Categories=Utility;",
                 "X-GNOME-Autostart-enabled=true"]
        _write_atomically(self.path, ("\n".join(lines) + "\n").encode("utf-8"), "the autostart entry")

    def remove(self) -> None:
        _remove(self.path, "the autostart entry")


def _desktop_entry_keys(text: str) -> dict[str, str]:
    """The keys of the [Desktop Entry] group (other groups, comments and blank lines skipped)."""
    keys: dict[str, str] = {}
    group = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line:
            key, _, value = line.partition("=")
            keys.setdefault(key.strip(), value.strip())  # the first of duplicate keys wins
    return keys


# Characters that make the Desktop Entry spec ask for an argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec(command: list[str]) -> str:
    """An Exec= value that runs ``command`` exactly, quoted per the Desktop Entry spec."""
    arguments = []
    for argument in command:
        argument = argument.replace("%", "%%")  # a lone % would start a field code
        if argument == "" or _RESERVED & set(argument):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
            argument = f'"{escaped}"'
        arguments.append(argument)
    value = " ".join(arguments)
    # The string-value escapes apply on top of the quoting (so a backslash ends up as four).
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r"))


class WindowsRunKey:
    """A value under HKCU's Run key; Task Manager's Startup tab can switch it off without deleting it.

    Attributes:
        location: the key and value name, for messages.
    """

    RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
    # Where Task Manager and Settings > Startup apps record "disabled".
    APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
    VALUE_NAME = "BackCoach"
    location = rf"HKEY_CURRENT_USER\{RUN_KEY}\{VALUE_NAME}"

    def __init__(self, winreg: Any = None) -> None:
        # The winreg module, or a stand-in for tests; the real one is imported when first used.
        self._winreg = winreg

    def _registry(self) -> Any:
        if self._winreg is None:
            import winreg  # only exists on Windows

            self._winreg = winreg
        return self._winreg

    def _read(self, key_path: str) -> Any:
        reg = self._registry()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, key_path, 0, reg.KEY_READ) as key:
                return reg.QueryValueEx(key, self.VALUE_NAME)[0]
        except FileNotFoundError:
            return None

    def is_present(self) -> bool:
        try:
            command = self._read(self.RUN_KEY)
            approval = self._read(self.APPROVED_KEY)
        except OSError as error:
            _log.warning("cannot read %s: %s", self.location, error)
            return False
        if not isinstance(command, str) or not command.strip():
            return False
        # Its first byte is even (02, 06) when enabled and odd (03, ...) when switched off.
        switched_off = isinstance(approval, bytes) and len(approval) > 0 and approval[0] % 2 == 1
        return not switched_off

    def create(self, command: list[str]) -> None:
        from subprocess import list2cmdline  # Windows' quoting; the rest of the app never needs subprocess

        reg = self._registry()
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, self.RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(key, self.VALUE_NAME, 0, reg.REG_SZ, list2cmdline(command))
            # The person asked for it: lift a "switched off" left from before.
            self._delete(self.APPROVED_KEY)
        except OSError as error:
            raise OSError(f"could not write {self.location}: {error}") from error

    def remove(self) -> None:
        try:
            self._delete(self.RUN_KEY)
            self._delete(self.APPROVED_KEY)
        except OSError as error:
            raise OSError(f"could not remove {self.location}: {error}") from error

    def _delete(self, key_path: str) -> None:
        reg = self._registry()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, key_path, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, self.VALUE_NAME)
        except FileNotFoundError:
            pass  # no key or no value: nothing to delete


class MacLaunchAgent:
    """A per-user LaunchAgent: ``~/Library/LaunchAgents/<app id>.plist``, loaded by launchd at login.

    Attributes:
        path: the .plist file.
        location: the same, as text.
    """

    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        self.location = str(self.path)

    def is_present(self) -> bool:
        import plistlib  # macOS only: imported here, not by every start on every system

        try:
            agent = plistlib.loads(self.path.read_bytes())
        except FileNotFoundError:
            return False
        except (OSError, plistlib.InvalidFileException, ValueError) as error:
            _log.warning("cannot read the launch agent %s: %s", self.path, error)
            return False  # launchd cannot read it either
        return isinstance(agent, dict) and agent.get("Disabled") is not True

    def create(self, command: list[str]) -> None:
        import plistlib

        agent = {"Label": APP_ID, "ProgramArguments": list(command), "RunAtLoad": True,
                 "ProcessType": "Interactive"}
        _write_atomically(self.path, plistlib.dumps(agent), "the launch agent")

    def remove(self) -> None:
        _remove(self.path, "the launch agent")


def entry_for_platform(platform: str = sys.platform) -> AutostartEntry:
    """This platform's kind of entry; every Unix other than macOS follows the XDG spec."""
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return MacLaunchAgent(Path.home())
    return XdgAutostart(xdg.base_dir("XDG_CONFIG_HOME", ".config"))


def _write_atomically(path: Path, data: bytes, what: str) -> None:
    try:
        write_atomically(path, data, mode=0o644)  # an ordinary config file, not a private one
    except OSError as error:
        raise OSError(f"could not write {what} {path}: {error.strerror or error}") from error


def _remove(path: Path, what: str) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise OSError(f"could not remove {what} {path}: {error.strerror or error}") from error
