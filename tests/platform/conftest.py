"""Fixtures for the OS adapters' tests (D-Bus on a private bus)."""

from .bus_fixtures import connection, notifications, server, session_bus  # noqa: F401 (fixtures for the tests here)
