"""A private D-Bus session bus for tests, and the fake notification server and Background portal on it.

The bus runs on a config of our own, not the system's session.conf: that one reads
the standard service folders, and on a desktop with a notification daemon installed
org.freedesktop.Notifications would then be activatable (and get started) on our
"empty" bus. Ours lists only the service folder a test asks for.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

FAKE_SERVER = Path(__file__).with_name("fake_notification_server.py")
FAKE_PORTAL = Path(__file__).with_name("fake_background_portal.py")
START_TIMEOUT_S = 20

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class SessionBus:
    """A running dbus-daemon.

    Attributes:
        address: what DBUS_SESSION_BUS_ADDRESS would say.
        process: the daemon.
        services: its service folder: a NAME.service file here makes NAME activatable.
    """

    address: str
    process: subprocess.Popen
    services: Path

    def pause(self) -> None:
        """Stop the daemon (SIGSTOP): it holds every connection open but answers nothing."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)

    def kill(self) -> None:
        self.resume()
        self.process.kill()
        self.process.wait(timeout=START_TIMEOUT_S)


@contextmanager
def private_session_bus() -> Iterator[SessionBus]:
    """Start a dbus-daemon with its socket and config in a fresh folder; stop it and remove the folder after."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is needed for this test: apt-get install dbus-daemon (or dbus)")
    # Not under tmp_path: a socket path must stay under 108 bytes.
    with tempfile.TemporaryDirectory(prefix="backcoach-bus-") as name, _running_daemon(daemon, Path(name)) as bus:
        yield bus


@contextmanager
def _running_daemon(daemon: str, folder: Path) -> Iterator[SessionBus]:
    services = folder / "services"
    services.mkdir()
    config = folder / "session.conf"
    config.write_text(CONFIG.format(folder=folder, services=services), encoding="utf-8")
    # stderr: as root the daemon complains it may not raise its fd limit; nothing to see.
    process = subprocess.Popen([daemon, f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, start_new_session=True)
    bus = None
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()  # printed once the socket listens
        if not address:
            raise RuntimeError(f"dbus-daemon printed no address (exit code {process.poll()})")
        bus = SessionBus(address, process, services)
        yield bus
    finally:
        if bus is not None:
            bus.resume()
        process.kill()
        process.wait(timeout=START_TIMEOUT_S)
        if process.stdout is not None:
            process.stdout.close()


@dataclass
class _FakeService:
    """A fake D-Bus service running as a subprocess, recording what it was asked.

    Attributes:
        process: the service.
        record: where it writes one JSON line per call it received.
    """

    process: subprocess.Popen
    record: Path

    def calls(self) -> list[dict]:
        """The calls received so far, oldest first."""
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text(encoding="utf-8").splitlines()]

    def pause(self) -> None:
        """Stop the service (SIGSTOP): it keeps its name but never answers, not even a call."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)


class FakeNotificationServer(_FakeService):
    """The fake notification server (tests/platform/fake_notification_server.py); records one line per Notify call."""

    def command(self, line: str) -> None:
        """Send a command (see the server's docstring) and wait until it has been carried out."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer == "ok", f"{line!r}: {answer!r}"

    def invoke(self, notification_id: int, key: str) -> None:
        self.command(f"invoke {notification_id} {key}")

    def close(self, notification_id: int, reason: int = 2) -> None:
        self.command(f"close {notification_id} {reason}")


def fake_server_command(record: Path, *extra: str) -> list[str]:
    return [sys.executable, str(FAKE_SERVER), str(record), *extra]


@contextmanager
def fake_notification_server(bus: SessionBus, record: Path, *extra: str) -> Iterator[FakeNotificationServer]:
    """Start the fake server on bus; wait until it owns the name; stop it after."""
    process = _start_fake(bus, fake_server_command(record, *extra), "the fake notification server")
    server = FakeNotificationServer(process, record)
    try:
        yield server
    finally:
        server.resume()
        _stop(process)


class FakeBackgroundPortal(_FakeService):
    """The fake Background portal (tests/platform/fake_background_portal.py); records each RequestBackground
    and Close."""


@contextmanager
def fake_background_portal(bus: SessionBus, record: Path, *extra: str) -> Iterator[FakeBackgroundPortal]:
    """Start the fake portal on bus (extra: e.g. "--answer", "deny"); wait until it owns the name; stop it after."""
    process = _start_fake(bus, [sys.executable, str(FAKE_PORTAL), str(record), *extra], "the fake Background portal")
    portal = FakeBackgroundPortal(process, record)
    try:
        yield portal
    finally:
        portal.resume()
        _stop(process)


def _start_fake(bus: SessionBus, command: list[str], what: str) -> subprocess.Popen:
    """Run a fake service on bus; it says "ready" on stdout once it owns its name, and reads commands on stdin."""
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus.address}
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
    assert process.stdout is not None
    first = process.stdout.readline().strip()
    if first != "ready":
        process.kill()
        _, errors = process.communicate(timeout=START_TIMEOUT_S)
        raise RuntimeError(f"{what} did not start: {first!r} {errors}")
    return process


def _stop(process: subprocess.Popen) -> None:
    if process.stdin is not None:
        process.stdin.close()  # the fakes quit when their stdin closes
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=START_TIMEOUT_S)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def write_activation_file(bus: SessionBus, record: Path) -> Path:
    """Make org.freedesktop.Notifications activatable on bus (listed by ListActivatableNames).

    Only for tests that look, not call: a server the bus starts has no stdin to read
    commands from, so it would quit at once.
    """
    service = bus.services / "org.freedesktop.Notifications.service"
    exec_line = " ".join(f'"{word}"' for word in fake_server_command(record))
    service.write_text(f"[D-BUS Service]\nName=org.freedesktop.Notifications\nExec={exec_line}\n", encoding="utf-8")
    return service
