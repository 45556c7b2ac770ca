"""Fixtures for tests that talk D-Bus: a private session bus, and a connection of our own to it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection

from .dbus_session import SessionBus, private_session_bus

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
