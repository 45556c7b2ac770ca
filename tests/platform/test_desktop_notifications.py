"""Desktop notifications over D-Bus: on a private bus, with a fake notification server (or none)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import ClassInfo, QObject, Signal
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from coach.platform.desktop_notifications import (APP_ID, APP_NAME, CALL_BUDGET_MS, PATH, URGENCY_CRITICAL,
                                            DesktopNotifications)

from .dbus_session import fake_notification_server, write_activation_file

pytestmark = pytest.mark.slow
ACTIONS = [("start", "Start now"), ("later", "In 10 minutes")]
# A blocked call gives up after CALL_BUDGET_MS; allow for a loaded machine on top.
HUNG_LIMIT_S = CALL_BUDGET_MS / 1000 + 0.5




def test_without_a_notification_server_nothing_is_available_and_nothing_warns(connection):
    notifications = DesktopNotifications(connection)
    started = time.monotonic()
    assert notifications.available() is False
    assert notifications.capabilities() == []
    assert notifications.notify("Title", "Body", ACTIONS) == 0
    assert time.monotonic() - started < 0.5  # the bus answers at once: no such name


def test_without_any_bus_nothing_is_available_and_nothing_warns(qapp, tmp_path):
    bus = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", "backcoach-test-no-bus")
    try:
        assert not bus.isConnected()
        notifications = DesktopNotifications(bus)
        assert notifications.available() is False
        assert notifications.notify("Title", "Body", ACTIONS) == 0
        notifications.close(1)
    finally:
        QDBusConnection.disconnectFromBus("backcoach-test-no-bus")


def test_the_default_session_bus_missing_is_quiet_too(tmp_path):
    """With the process's own session bus (the default) pointing at nothing: False, 0, and not a word on stderr."""
    code = ("import json\nfrom PySide6.QtCore import QCoreApplication\n"
            "from coach.platform.desktop_notifications import DesktopNotifications\n"
            "app = QCoreApplication([])\nn = DesktopNotifications()\n"
            "print(json.dumps([n.available(), n.capabilities(), n.notify('T', 'B', [('a', 'A')])]))")
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)  # no X11 autolaunch of a bus either
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [False, [], 0]
    assert result.stderr == ""


def test_an_activatable_server_counts_as_available(connection, session_bus, tmp_path):
    write_activation_file(session_bus, tmp_path / "calls.jsonl")
    reload = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                          "ReloadConfig")  # the daemon rereads its service folder
    assert connection.call(reload, QDBus.CallMode.Block, 5000).type() == QDBusMessage.MessageType.ReplyMessage
    assert DesktopNotifications(connection).available() is True


def test_notify_posts_title_body_actions_and_our_desktop_entry(notifications, server):
    assert notifications.available() is True
    assert notifications.capabilities() == ["actions", "body"]
    notification_id = notifications.notify("Time for your back", "Lower back, 12 minutes", ACTIONS)
    assert notification_id > 0
    [call] = server.calls()
    assert call == {"id": notification_id, "app_name": APP_NAME, "replaces_id": 0, "app_icon": APP_ID,
                    "summary": "Time for your back", "body": "Lower back, 12 minutes",
                    "actions": ["start", "Start now", "later", "In 10 minutes"],
                    "hints": {"desktop-entry": APP_ID}, "expire_timeout": -1}


def test_each_notification_gets_its_own_id_and_replacing_keeps_it(notifications, server):
    first = notifications.notify("One", "", ACTIONS)
    second = notifications.notify("Two", "", ACTIONS)
    assert 0 < first < second
    assert notifications.notify("One again", "", ACTIONS, replaces_id=first, timeout_ms=0) == first
    assert [(c["summary"], c["replaces_id"], c["expire_timeout"]) for c in server.calls()] == [
        ("One", 0, -1), ("Two", 0, -1), ("One again", first, 0)]


def test_a_server_without_actions_gets_none(connection, session_bus, tmp_path):
    with fake_notification_server(session_bus, tmp_path / "calls.jsonl", "--capabilities", "body") as server:
        assert DesktopNotifications(connection).notify("Title", "Body", ACTIONS) > 0
        assert server.calls()[0]["actions"] == []


def test_critical_urgency_is_sent_as_a_hint(notifications, server):
    assert notifications.notify("Title", "Body", ACTIONS, urgency=URGENCY_CRITICAL) > 0
    assert server.calls()[0]["hints"] == {"desktop-entry": APP_ID, "urgency": URGENCY_CRITICAL}


def test_a_server_that_refuses_the_urgency_hint_gets_the_notification_without_it(connection, session_bus, tmp_path):
    with fake_notification_server(session_bus, tmp_path / "calls.jsonl", "--reject-hint", "urgency") as server:
        assert DesktopNotifications(connection).notify("Title", "Body", ACTIONS, urgency=URGENCY_CRITICAL) > 0
        assert [call["hints"] for call in server.calls()] == [{"desktop-entry": APP_ID}]


def test_a_click_on_an_action_comes_back_as_action_invoked(qtbot, notifications, server):
    notification_id = notifications.notify("Title", "Body", ACTIONS)
    with qtbot.waitSignal(notifications.action_invoked, timeout=5000) as blocker:
        server.invoke(notification_id, "later")
    assert blocker.args == [notification_id, "later"]


def test_close_takes_it_down_and_closed_follows(qtbot, notifications, server):
    notification_id = notifications.notify("Title", "Body", ACTIONS)
    with qtbot.waitSignal(notifications.closed, timeout=5000) as blocker:
        notifications.close(notification_id)
    assert blocker.args == [notification_id]


def test_a_dismissed_notification_emits_closed_once(qtbot, notifications, server):
    notification_id = notifications.notify("Title", "Body", ACTIONS)
    seen: list[int] = []
    notifications.closed.connect(seen.append)
    with qtbot.waitSignal(notifications.closed, timeout=5000):
        server.close(notification_id, reason=2)
    server.close(notification_id, reason=2)  # a second signal for the same id: no longer ours
    later = notifications.notify("Later", "", ACTIONS)
    with qtbot.waitSignal(notifications.closed, timeout=5000):
        server.close(later)
    assert seen == [notification_id, later]


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Impostor(QObject):
    """Another client sending the server's signals, with the right types."""

    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")


def test_signals_for_ids_not_ours_or_from_another_sender_are_ignored(qtbot, notifications, server, session_bus):
    ours = notifications.notify("Title", "Body", ACTIONS)
    seen: list[tuple] = []
    notifications.action_invoked.connect(lambda *args: seen.append(("action", *args)))
    notifications.closed.connect(lambda *args: seen.append(("closed", *args)))
    impostor_bus = QDBusConnection.connectToBus(session_bus.address, "backcoach-test-impostor")
    impostor = Impostor()
    try:
        assert impostor_bus.registerObject(PATH, impostor, QDBusConnection.RegisterOption.ExportAllSignals)
        impostor.ActionInvoked.emit(ours, "start")
        impostor.NotificationClosed.emit(ours, 2)
        server.invoke(ours + 100, "start")  # the server, but an id someone else posted
        server.close(ours + 100)
        with qtbot.waitSignal(notifications.action_invoked, timeout=5000):
            server.invoke(ours, "start")  # signals arrive in order: the ones above came first
    finally:
        impostor_bus.unregisterObject(PATH)
        QDBusConnection.disconnectFromBus("backcoach-test-impostor")
    assert seen == [("action", ours, "start")]


def test_a_hung_server_costs_at_most_about_a_second(notifications, server):
    assert notifications.notify("Before", "", ACTIONS) > 0
    server.pause()
    try:
        started = time.monotonic()
        assert notifications.notify("Title", "Body", ACTIONS) == 0
        elapsed = time.monotonic() - started
        assert notifications.available() is True  # the bus still answers for it
    finally:
        server.resume()
    assert 0.5 < elapsed < HUNG_LIMIT_S


def test_the_typed_interface_to_the_server_costs_no_round_trip(notifications, server, connection):
    """Built from the types QtDBus learnt locally; were it to introspect a hung server, this would take 25 s."""
    get_owner = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                              "GetNameOwner")
    get_owner.setArguments(["org.freedesktop.Notifications"])
    [owner] = connection.call(get_owner, QDBus.CallMode.Block, 5000).arguments()
    server.pause()
    try:
        started = time.monotonic()
        interface = notifications._interface_for(owner)
        elapsed = time.monotonic() - started
    finally:
        server.resume()
    assert interface.isValid(), interface.lastError().message()
    assert elapsed < 0.5


def test_a_hung_bus_costs_at_most_about_a_second(connection, session_bus, server):
    notifications = DesktopNotifications(connection)
    assert notifications.notify("Before", "", ACTIONS) > 0
    session_bus.pause()
    try:
        started = time.monotonic()
        assert notifications.notify("Title", "Body", ACTIONS) == 0
        notify_s = time.monotonic() - started
        started = time.monotonic()
        assert notifications.available() is False
        available_s = time.monotonic() - started
    finally:
        session_bus.resume()
    assert notify_s < HUNG_LIMIT_S
    assert available_s < HUNG_LIMIT_S


def test_a_dead_bus_answers_at_once(qtbot, connection, session_bus, server):
    notifications = DesktopNotifications(connection)
    assert notifications.notify("Before", "", ACTIONS) > 0
    session_bus.kill()
    qtbot.waitUntil(lambda: not connection.isConnected(), timeout=5000)
    started = time.monotonic()
    assert notifications.notify("Title", "Body", ACTIONS) == 0
    assert notifications.available() is False
    assert time.monotonic() - started < 0.5
