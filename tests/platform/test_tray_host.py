"""The tray icon on a real X server (Xvfb): with a real tray host (trayer), and with no tray at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .dbus_session import private_session_bus
from .tray_host import running_tray_host, tray_owner

PROBE = Path(__file__).with_name("tray_probe.py")
pytestmark = pytest.mark.slow


@pytest.fixture(params=["no session bus", "a session bus without a tray watcher"])
def session_bus_address(request, tmp_path) -> Iterator[str]:
    """Where the probe finds D-Bus: Qt asks it for a StatusNotifierWatcher before it looks for an X tray."""
    if request.param == "no session bus":
        yield f"unix:path={tmp_path / 'no-bus'}"
    else:
        with private_session_bus() as bus:
            yield bus.address


def run_probe(display: str, bus_address: str, *args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus_address}
    result = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def display_of(xvfb) -> str:
    assert xvfb is not None, "Xvfb is needed for this test: apt-get install xvfb (see the README)"
    return f":{xvfb.display}"


def test_with_a_tray_host_the_icon_is_embedded_and_shows_a_message(xvfb, session_bus_address):
    display = display_of(xvfb)
    with running_tray_host(display) as host:
        assert host.ready_s < 5
        report = run_probe(display, session_bus_address)
    assert report["platform"] == "xcb"
    assert report["available"] is True
    assert report["embedded"] is True, "the icon's window never left the root window"
    x, y, width, height = report["geometry"]
    assert width > 0 and height > 0
    assert 0 <= x < xvfb.width and 0 <= y < xvfb.height
    assert report["message_shown"] is True  # Qt's own balloon, next to the icon
    assert report["qt_messages"] == []


def test_without_any_tray_there_is_no_tray_and_no_warning(xvfb, session_bus_address):
    display = display_of(xvfb)
    assert tray_owner(display) == 0, "a tray host runs on the test display"
    report = run_probe(display, session_bus_address)
    assert report["platform"] == "xcb"
    assert report["available"] is False
    assert report["embedded"] is False
    assert report["geometry"][2:] == [0, 0]
    assert report["message_shown"] is False
    assert report["qt_messages"] == []


def test_the_apps_own_tray_icon_is_embedded_with_its_menu(xvfb, tmp_path):
    display = display_of(xvfb)
    with running_tray_host(display):
        report = run_probe(display, f"unix:path={tmp_path / 'no-bus'}", "--module", "coach.platform.tray")
    assert report["available"] is True and report["embedded"] is True
    assert report["qt_messages"] == []
