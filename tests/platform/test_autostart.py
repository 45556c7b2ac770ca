"""Autostart: each platform's entry, the launch command, and the never-recreate-by-itself policy."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.platform import autostart
from coach.platform.autostart import (
    APP_ID,
    MacLaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    desktop_exec,
    entry_for_platform,
    launch_command,
    reconcile,
)

COMMAND = ["/opt/Back Coach/bin/backcoach", "--background"]
QUICK = settings(max_examples=200, deadline=None, database=None)


def desktop_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


def parse_exec(value: str) -> list[str]:
    """Undo an Exec= value as a desktop does: string escapes, then quoting, then %%."""
    text = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value)
    arguments, i = [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
        elif text[i] == '"':
            i, chars = i + 1, []
            while text[i] != '"':
                if text[i] == "\\":
                    assert text[i + 1] in '"`$\\', "only these may be escaped inside quotes"
                    i += 1
                chars.append(text[i])
                i += 1
            arguments.append("".join(chars))
            i += 1
        else:
            end = text.find(" ", i) if " " in text[i:] else len(text)
            assert not set(text[i:end]) & set("\t\n\"'\\><~|&;$*?#()`"), "reserved characters must be quoted"
            arguments.append(text[i:end])
            i = end
    return [argument.replace("%%", "%") for argument in arguments]


# --- XDG -------------------------------------------------------------------

def test_the_xdg_entry_says_what_the_spec_asks(tmp_path):
    entry = XdgAutostart(tmp_path)
    entry.create(COMMAND)
    assert entry.path == tmp_path / "autostart" / f"{APP_ID}.desktop" and entry.location == str(entry.path)
    assert desktop_keys(entry.path) == {
        "Type": "Application", "Name": "Back Coach",
        "Comment": "Guided exercises for a healthier lower back, with reminders",
        "Exec": '"/opt/Back Coach/bin/backcoach" --background', "Icon": APP_ID, "Terminal": "false",
        "Categories": "Utility;", "X-GNOME-Autostart-enabled": "true"}
    assert entry.is_present()
    validator = shutil.which("desktop-file-validate")
    if validator:  # desktop-file-utils; tests elsewhere still check the content
        result = subprocess.run([validator, str(entry.path)], capture_output=True, text=True, timeout=30)
        assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.parametrize(("command", "written"), [
    (["/usr/bin/backcoach", "--background"], "/usr/bin/backcoach --background"),
    (["/home/jo/My Apps/python", "-m", "coach"], '"/home/jo/My Apps/python" -m coach'),
    (["/opt/a$b/run", "50%", ""], r'"/opt/a\\$b/run" 50%% ""'),
    ([r"C:\odd\path", 'say "hi"'], r'"C:\\\\odd\\\\path" "say \\"hi\\""'),
])
def test_exec_is_quoted_per_the_desktop_entry_spec(command, written):
    assert desktop_exec(command) == written
    assert parse_exec(written) == command


@QUICK
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r\\\"%$`"),
                        max_size=20), min_size=1, max_size=5))
def test_exec_gives_back_any_command(command):
    value = desktop_exec(command)
    assert "\n" not in value and "\t" not in value and "\r" not in value, "one line in the file"
    assert parse_exec(value) == command


@pytest.mark.parametrize(("edit", "present"), [
    (lambda text: text, True),
    (lambda text: text + "Hidden=true\n", False),  # KDE's "off"
    (lambda text: text + "Hidden = True\n", False),
    (lambda text: text.replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"), False),
    (lambda text: text + "Hidden=false\n", True),
    (lambda text: text + "\n[Desktop Action x]\nHidden=true\n", True),  # another group's key
    (lambda text: "# a comment\n\n" + text, True),
])
def test_an_entry_switched_off_by_the_desktop_is_not_present(tmp_path, edit, present):
    entry = XdgAutostart(tmp_path)
    entry.create(COMMAND)
    entry.path.write_text(edit(entry.path.read_text(encoding="utf-8")), encoding="utf-8")
    assert entry.is_present() is present


def test_xdg_writes_atomically_and_removing_is_idempotent(tmp_path, monkeypatch):
    entry = XdgAutostart(tmp_path)
    entry.remove()  # nothing there yet: fine
    entry.create(["/old/backcoach"])
    entry.create(COMMAND)
    assert sorted(p.name for p in entry.path.parent.iterdir()) == [entry.path.name], "no temporary file left"
    assert entry.path.stat().st_mode & 0o777 == 0o644

    def failing_replace(source: str, target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(autostart.os, "replace", failing_replace)
    with pytest.raises(OSError, match=rf"could not write the autostart entry .*{APP_ID}\.desktop: Permission denied"):
        entry.create(["/new/backcoach"])
    monkeypatch.undo()
    assert sorted(p.name for p in entry.path.parent.iterdir()) == [entry.path.name], "the failed try left nothing"
    assert parse_exec(desktop_keys(entry.path)["Exec"]) == COMMAND, "the old entry is intact"
    entry.remove()
    entry.remove()
    assert not entry.path.exists() and not entry.is_present()


def test_an_unwritable_autostart_folder_is_a_clear_error(tmp_path):
    (tmp_path / "autostart").write_text("a file where the folder should be")
    with pytest.raises(OSError, match="could not write the autostart entry"):
        XdgAutostart(tmp_path).create(COMMAND)


# --- Windows ---------------------------------------------------------------

class FakeWinreg:
    """The bits of winreg the Run key needs; missing keys and values raise FileNotFoundError as winreg does."""

    HKEY_CURRENT_USER, KEY_READ, KEY_SET_VALUE, REG_SZ, REG_BINARY = -1, 0x20019, 0x0002, 1, 3

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[Any, int]]] = {}
        self.calls: list[tuple] = []

    @staticmethod
    def _missing() -> FileNotFoundError:
        return FileNotFoundError(2, "The system cannot find the file specified")

    # A key handle here is its path; the real handles are context managers too.
    def OpenKey(self, root: int, path: str, reserved: int = 0, access: int = 0) -> nullcontext[str]:  # noqa: N802 (winreg's name)
        assert root == self.HKEY_CURRENT_USER
        if path not in self.keys:
            raise self._missing()
        return nullcontext(path)

    def CreateKeyEx(self, root: int, path: str, reserved: int = 0, access: int = 0) -> nullcontext[str]:  # noqa: N802 (winreg's name)
        assert root == self.HKEY_CURRENT_USER
        self.keys.setdefault(path, {})
        return nullcontext(path)

    def QueryValueEx(self, key: str, name: str) -> tuple[Any, int]:  # noqa: N802 (winreg's name)
        self.calls.append(("QueryValueEx", key, name))
        if name not in self.keys[key]:
            raise self._missing()
        return self.keys[key][name]

    def SetValueEx(self, key: str, name: str, reserved: int, kind: int, value: Any) -> None:  # noqa: N802 (winreg's name)
        self.calls.append(("SetValueEx", key, name, kind, value))
        self.keys[key][name] = (value, kind)

    def DeleteValue(self, key: str, name: str) -> None:  # noqa: N802 (winreg's name)
        self.calls.append(("DeleteValue", key, name))
        if name not in self.keys[key]:
            raise self._missing()
        del self.keys[key][name]


RUN = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"


def test_the_run_key_value_is_one_quoted_command_line():
    registry = FakeWinreg()
    entry = WindowsRunKey(registry)
    assert entry.location == rf"HKEY_CURRENT_USER\{RUN}\BackCoach"
    assert entry.is_present() is False, "no key at all"
    entry.create([r"C:\Program Files\Back Coach\backcoach.exe", "--background"])
    assert ("SetValueEx", RUN, "BackCoach", registry.REG_SZ,
            r'"C:\Program Files\Back Coach\backcoach.exe" --background') in registry.calls
    assert entry.is_present() is True
    assert ("QueryValueEx", RUN, "BackCoach") in registry.calls


def test_removing_the_run_value_is_idempotent():
    registry = FakeWinreg()
    entry = WindowsRunKey(registry)
    entry.remove()  # neither key exists
    entry.create(COMMAND)
    entry.remove()
    assert ("DeleteValue", RUN, "BackCoach") in registry.calls
    assert registry.keys[RUN] == {} and entry.is_present() is False
    entry.remove()


@pytest.mark.parametrize(("approval", "present"), [
    (bytes([2] + [0] * 11), True),
    (bytes([6] + [0] * 11), True),
    (bytes([3, 0, 0, 0, 0xD4, 0x0D, 0x43, 0x8D, 0xC8, 0x3B, 0xD9, 0x01]), False),
    (bytes([0x63, 0x60, 0x60, 0x60, 0x62, 0xF9, 0x8C, 0x76, 0xC5, 0x3B, 0xD9, 0x91]), False),
])
def test_a_run_value_switched_off_in_task_manager_is_not_present(approval, present):
    registry = FakeWinreg()
    entry = WindowsRunKey(registry)
    entry.create(COMMAND)
    registry.keys[APPROVED] = {"BackCoach": (approval, registry.REG_BINARY)}
    assert entry.is_present() is present
    entry.create(COMMAND)  # the person turns it on in Back Coach: that lifts Task Manager's "off"
    assert entry.is_present() is True and "BackCoach" not in registry.keys[APPROVED]


def test_a_registry_that_refuses_is_a_clear_error():
    registry = FakeWinreg()

    def refuse(*args: object) -> None:
        raise PermissionError(5, "Access is denied")

    registry.SetValueEx = refuse  # type: ignore[method-assign]
    with pytest.raises(OSError, match=r"could not write HKEY_CURRENT_USER\\.*\\Run\\BackCoach: .*Access is denied"):
        WindowsRunKey(registry).create(COMMAND)


# --- macOS -----------------------------------------------------------------

def test_the_launch_agent_is_a_plist_launchd_reads(tmp_path):
    entry = MacLaunchAgent(tmp_path)
    assert entry.is_present() is False
    entry.create(COMMAND)
    assert entry.path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert plistlib.loads(entry.path.read_bytes()) == {
        "Label": APP_ID, "ProgramArguments": COMMAND, "RunAtLoad": True, "ProcessType": "Interactive"}
    assert entry.is_present() is True
    assert sorted(p.name for p in entry.path.parent.iterdir()) == [entry.path.name]
    entry.path.write_bytes(plistlib.dumps({"Label": APP_ID, "ProgramArguments": COMMAND, "Disabled": True}))
    assert entry.is_present() is False
    entry.path.write_bytes(b"not a plist")
    assert entry.is_present() is False
    entry.remove()
    entry.remove()
    assert not entry.path.exists()


# --- choosing, launching ---------------------------------------------------

def test_each_platform_gets_its_kind_of_entry(user_dirs, monkeypatch, tmp_path):
    linux = entry_for_platform("linux")
    assert isinstance(linux, XdgAutostart) and linux.path.is_relative_to(user_dirs["XDG_CONFIG_HOME"])
    assert isinstance(entry_for_platform("freebsd14"), XdgAutostart)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")  # invalid per the spec: ignored
    assert entry_for_platform("linux").path == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert entry_for_platform("linux").path.is_relative_to(tmp_path / ".config")
    mac = entry_for_platform("darwin")
    assert isinstance(mac, MacLaunchAgent) and mac.path.is_relative_to(tmp_path)
    assert isinstance(entry_for_platform("win32"), WindowsRunKey), "winreg is imported only when used"


def executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def fake_install(tmp_path, monkeypatch) -> Path:
    """An interpreter in tmp_path/venv/bin, and a PATH with nothing on it."""
    python = executable(tmp_path / "venv" / "bin" / "python")
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    return python.parent


@pytest.mark.skipif(sys.platform == "win32", reason="Unix script names")
def test_launch_command_prefers_the_script_beside_the_interpreter(fake_install, tmp_path, monkeypatch):
    on_path = executable(tmp_path / "elsewhere" / "backcoach")
    monkeypatch.setenv("PATH", str(on_path.parent))
    assert launch_command() == [str(on_path), "--background"], "PATH is the next best"
    beside = executable(fake_install / "backcoach")
    assert launch_command() == [str(beside), "--background"]


def test_launch_command_without_a_script_runs_the_module(fake_install):
    assert launch_command() == [sys.executable, "-m", "coach", "--background"]


def test_launch_command_of_a_frozen_build_is_the_executable(fake_install, monkeypatch):
    executable(fake_install / "backcoach")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/Applications/Back Coach.app/Contents/MacOS/BackCoach")
    assert launch_command() == ["/Applications/Back Coach.app/Contents/MacOS/BackCoach", "--background"]


@pytest.mark.slow
def test_this_installs_launch_command_is_understood_by_the_app():
    command = launch_command()
    assert command[-1] == "--background" and os.path.isabs(command[0])
    result = subprocess.run([*command, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "--background" in result.stdout, result.stderr


# --- the policy ------------------------------------------------------------

class RecordingEntry:
    """An entry that is there or not, and fails the test if anything tries to write it."""

    location = "the test's entry"

    def __init__(self, present: bool) -> None:
        self.present = present

    def is_present(self) -> bool:
        return self.present

    def create(self, command: list[str]) -> None:
        raise AssertionError("reconcile must never create")

    def remove(self) -> None:
        raise AssertionError("reconcile must never remove")


@pytest.mark.parametrize(("wanted", "we_created", "present", "expected"), [
    (True, True, True, (True, True)),  # all as we left it
    (True, True, False, (False, False)),  # removed by hand: stays removed
    (True, False, True, (True, False)),  # on, though not made by us
    (True, False, False, (False, False)),  # settings from another machine: not created here
    (False, True, True, (True, True)),  # ours and there: on
    (False, True, False, (False, False)),  # nothing of ours left to own
    (False, False, True, (True, False)),  # switched on with the desktop's tools
    (False, False, False, (False, False)),
])
def test_reconcile_follows_the_entry_and_never_writes(wanted, we_created, present, expected):
    assert reconcile(wanted, we_created, RecordingEntry(present)) == expected


def test_an_entry_removed_by_hand_is_never_recreated_across_starts(tmp_path):
    entry = XdgAutostart(tmp_path)
    entry.create(COMMAND)  # the person's toggle, in a first run
    saved = (True, True)
    saved = reconcile(*saved, entry)  # second start: all in place
    assert saved == (True, True)
    entry.path.unlink()  # the person deletes the file while the app is closed
    for _start in range(2):  # the next starts
        saved = reconcile(*saved, entry)
        assert saved == (False, False) and not entry.path.exists()
