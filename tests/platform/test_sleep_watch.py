"""SleepWatch: logind's PrepareForSleep(false) on a bus becomes `resumed`; no bus is quiet."""

from __future__ import annotations

import itertools

from PySide6.QtDBus import QDBusConnection, QDBusMessage

from coach.platform.sleep_watch import LOGIN1_MANAGER, LOGIN1_PATH, SleepWatch

from .dbus_session import private_session_bus

_names = itertools.count()


def test_waking_up_is_heard_and_going_to_sleep_is_not(qtbot):
    with private_session_bus() as bus:
        name = f"sleep-watch-{next(_names)}"
        connection = QDBusConnection.connectToBus(bus.address, name)
        sender_name = f"{name}-logind"
        sender = QDBusConnection.connectToBus(bus.address, sender_name)
        try:
            watch = SleepWatch(connection)
            assert watch.listening
            # The watch's match rule travels on its own connection, the signal on another: one blocking
            # call on the watch's connection makes sure the bus has the rule before the signal comes.
            assert connection.interface().isServiceRegistered("org.freedesktop.DBus").value()
            resumed: list[bool] = []
            watch.resumed.connect(lambda: resumed.append(True))
            for going in (True, False):
                message = QDBusMessage.createSignal(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep")
                message.setArguments([going])
                assert sender.send(message)
            qtbot.waitUntil(lambda: resumed != [], timeout=5000)
            qtbot.wait(200)
            assert resumed == [True], "only the wake-up counts"
        finally:
            QDBusConnection.disconnectFromBus(sender_name)
            QDBusConnection.disconnectFromBus(name)


def test_without_a_bus_it_says_so_quietly(qapp, tmp_path):
    name = f"sleep-watch-{next(_names)}"
    connection = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", name)
    try:
        assert SleepWatch(connection).listening is False
    finally:
        QDBusConnection.disconnectFromBus(name)
