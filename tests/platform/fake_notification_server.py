"""A stand-in for the desktop's notification service (org.freedesktop.Notifications), for tests.

Owns the name on the bus in DBUS_SESSION_BUS_ADDRESS, writes one JSON line per Notify call to RECORD_FILE, and prints
"ready" on stdout once the name is its own. Like a real server built on GDBus or
QtDBus it answers only calls with the exact signatures of the spec
(https://specifications.freedesktop.org/notification-spec/latest/), so a client that
sends an int32 where the spec says uint32 fails here as it would on a desktop.

Commands, one a line on stdin (each answered with "ok" on stdout):
    invoke ID KEY     emit ActionInvoked(ID, KEY), as when the user clicks an action
    close ID REASON   emit NotificationClosed(ID, REASON) (1 expired, 2 dismissed, 3 closed by call)
The server quits when stdin closes.

Usage: python fake_notification_server.py RECORD_FILE [--capabilities actions,body] [--reject-hint KEY]
(--reject-hint: answer Notify with an error when the hints hold KEY, as mako does
for an urgency that is not a byte.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from fake_service import serve  # a sibling script: its folder is first on sys.path

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CLOSED_BY_CALL = 3


@ClassInfo({"D-Bus Interface": NAME})
class NotificationServer(QObject):
    """The exported object: its slots are the D-Bus methods, its signals the D-Bus signals.

    QtDBus builds the D-Bus signature from the Qt types, so "uint" here is "u" on the bus.
    """

    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, bus: QDBusConnection, record: Path, capabilities: list[str], reject_hint: str | None) -> None:
        super().__init__()
        self.bus = bus
        self.record = record
        self.capabilities = capabilities
        self.reject_hint = reject_hint
        self.last_id = 0
        self.open_ids: set[int] = set()

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802 - D-Bus method name
        return self.capabilities

    # The trailing QDBusMessage is not a D-Bus argument: QtDBus passes the call itself.
    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, QDBusMessage, result="uint")
    def Notify(self, app_name: str, replaces_id: int, app_icon: str, summary: str, body: str,  # noqa: N802
               actions: list[str], hints: dict, expire_timeout: int, message: QDBusMessage) -> int:
        if self.reject_hint in hints:
            message.setDelayedReply(True)
            self.bus.send(message.createErrorReply("org.freedesktop.DBus.Error.InvalidArgs",
                                                   f"hint {self.reject_hint} has the wrong type"))
            return 0
        if replaces_id in self.open_ids:
            notification_id = replaces_id
        else:
            self.last_id += 1
            notification_id = self.last_id
        self.open_ids.add(notification_id)
        call = {"id": notification_id, "app_name": app_name, "replaces_id": replaces_id, "app_icon": app_icon,
                "summary": summary, "body": body, "actions": actions,
                "hints": {key: _plain(value) for key, value in hints.items()}, "expire_timeout": expire_timeout}
        with self.record.open("a", encoding="utf-8") as out:
            out.write(json.dumps(call) + "\n")
        return notification_id

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:  # noqa: N802
        if notification_id in self.open_ids:
            self.open_ids.discard(notification_id)
            self.NotificationClosed.emit(notification_id, CLOSED_BY_CALL)

    @Slot(QDBusMessage)
    def GetServerInformation(self, message: QDBusMessage) -> None:  # noqa: N802
        # Four out-arguments (ssss): a Python slot has one return value, so answer by hand.
        message.setDelayedReply(True)
        self.bus.send(message.createReply(["fake-notification-server", "Back Coach tests", "1.0", "1.2"]))


def _plain(value: object) -> object:
    """A hint's value as JSON can hold it (QDBusVariant and friends become their repr)."""
    return value if isinstance(value, str | int | float | bool) or value is None else repr(value)


def run_command(server: NotificationServer, words: list[str]) -> None:
    match words:
        case ["invoke", notification_id, key]:
            server.ActionInvoked.emit(int(notification_id), key)
        case ["close", notification_id, reason]:
            server.open_ids.discard(int(notification_id))
            server.NotificationClosed.emit(int(notification_id), int(reason))
        case _:
            print(f"unknown command: {words}", file=sys.stderr, flush=True)
            return
    print("ok", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("record", type=Path)
    parser.add_argument("--capabilities", default="actions,body")
    parser.add_argument("--reject-hint")
    args = parser.parse_args()
    capabilities = [c for c in args.capabilities.split(",") if c]
    return serve(NAME, PATH, lambda bus: NotificationServer(bus, args.record, capabilities, args.reject_hint),
                 run_command)


if __name__ == "__main__":
    sys.exit(main())
