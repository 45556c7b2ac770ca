"""Fixtures for tests that talk D-Bus: a private session bus, our own connection to it, a notification server."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from coach.platform.desktop_notifications import DesktopNotifications

from .dbus_session import FakeNotificationServer, SessionBus, fake_notification_server, private_session_bus

_bus_names = itertools.count()


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[SessionBus]:
    with private_session_bus() as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        yield bus


@pytest.fixture
def connection(qapp, session_bus: SessionBus) -> Iterator[QDBusConnection]:
    """Our own connection to the private bus (QDBusConnection.sessionBus() is made once per process)."""
    name = f"backcoach-test-{next(_bus_names)}"
    bus = QDBusConnection.connectToBus(session_bus.address, name)
    assert bus.isConnected(), bus.lastError().message()
    yield bus
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def server(session_bus: SessionBus, tmp_path: Path) -> Iterator[FakeNotificationServer]:
    """A fake freedesktop notification server on the private bus, recording every call."""
    with fake_notification_server(session_bus, tmp_path / "calls.jsonl") as running:
        yield running


@pytest.fixture
def notifications(connection: QDBusConnection, server: FakeNotificationServer) -> DesktopNotifications:
    """Back Coach's notifier, talking to that server."""
    return DesktopNotifications(connection)
