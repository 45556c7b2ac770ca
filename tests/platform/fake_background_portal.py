"""A stand-in for the desktop portal's Background interface (org.freedesktop.portal.Background), for tests.

Owns org.freedesktop.portal.Desktop on the bus in DBUS_SESSION_BUS_ADDRESS and prints
"ready" on stdout once the name is its own. Each RequestBackground call is appended to
RECORD_FILE as one JSON line: the parent window, the options with each value's D-Bus
type (so a client that sends "av" where the portal wants "as" shows up), and the
handle. Like xdg-desktop-portal it puts the Request object at
/org/freedesktop/portal/desktop/request/SENDER/TOKEN, SENDER being the caller's unique
name without ':' and with '.' as '_', and answers with Response on that path.

Usage: python fake_background_portal.py RECORD_FILE [--answer grant|deny|never|early] [--no-autostart]
    grant          Response(0, {background: true, autostart: <what was asked>}), after the reply
    early          the same, sent before the reply to the call (a client must listen before calling)
    deny           Response(1, {}), as when the person says no in the portal's dialog
    never          no Response at all (the Request stays open until Close is called)
    --no-autostart with grant: allow the background but answer autostart false
The portal quits when stdin closes. Close calls are recorded as {"closed": HANDLE}.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusArgument, QDBusConnection, QDBusMessage, QDBusObjectPath

from fake_service import EXPORT, serve  # a sibling script: its folder is first on sys.path

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
BACKGROUND = "org.freedesktop.portal.Background"
REQUEST = "org.freedesktop.portal.Request"


@ClassInfo({"D-Bus Interface": REQUEST})
class Request(QObject):
    """One open request; its Response signal is the portal's answer ("u a{sv}" on the bus)."""

    Response = Signal("uint", "QVariantMap")

    def __init__(self, portal: Portal, handle: str) -> None:
        super().__init__(portal)
        self.portal = portal
        self.handle = handle

    @Slot()
    def Close(self) -> None:  # noqa: N802 - D-Bus method name
        self.portal.write({"closed": self.handle})
        self.portal.bus.unregisterObject(self.handle)


@ClassInfo({"D-Bus Interface": BACKGROUND})
class Portal(QObject):
    """The exported Background interface.

    Attributes:
        bus: the connection.
        record: the JSON-lines file.
        answer: "grant", "deny" or "never".
        autostart_granted: with "grant", whether autostart is granted too.
    """

    def __init__(self, bus: QDBusConnection, record: Path, answer: str, autostart_granted: bool) -> None:
        super().__init__()
        self.bus = bus
        self.record = record
        self.answer = answer
        self.autostart_granted = autostart_granted

    # The trailing QDBusMessage is not a D-Bus argument: QtDBus passes the call itself.
    @Slot(str, "QVariantMap", QDBusMessage, result="QDBusObjectPath")
    def RequestBackground(self, parent_window: str, options: dict,  # noqa: N802
                          message: QDBusMessage) -> QDBusObjectPath:
        sender = message.service().removeprefix(":").replace(".", "_")
        token = str(options.get("handle_token", "t"))
        handle = f"{PATH}/request/{sender}/{token}"
        request = Request(self, handle)
        self.bus.registerObject(handle, request, EXPORT)
        self.write({"parent_window": parent_window, "options": _plain(options),
                    "types": _variant_types(options), "handle": handle})
        if self.answer == "early":
            self.respond(request, bool(options.get("autostart", False)))
        elif self.answer != "never":
            # After the reply, as the real portal's dialog would be: the client must cope either way.
            QTimer.singleShot(50, lambda: self.respond(request, bool(options.get("autostart", False))))
        # Returned, not sent by hand: QtDBus types a returned QDBusObjectPath as "o", while
        # PySide's QDBusMessage.createReply would send it as a variant.
        return QDBusObjectPath(handle)

    def respond(self, request: Request, asked_autostart: bool) -> None:
        if self.answer in ("grant", "early"):
            request.Response.emit(0, {"background": True, "autostart": asked_autostart and self.autostart_granted})
        else:
            request.Response.emit(1, {})
        # Not at once: unregistered right after the emit, the signal never left (QtDBus relays
        # it from the event loop, and drops it for an object no longer registered).
        QTimer.singleShot(500, lambda: self.bus.unregisterObject(request.handle))

    def write(self, line: dict) -> None:
        with self.record.open("a", encoding="utf-8") as out:
            out.write(json.dumps(line) + "\n")


def _plain(options: dict) -> dict:
    return {key: value if isinstance(value, str | int | float | bool | list) else repr(value)
            for key, value in options.items()}


def _variant_types(options: dict) -> dict[str, str]:
    """The D-Bus type in each option's variant, as far as the client's choice matters here.

    QtDBus decodes a variant holding "as" into a list of str, but leaves one holding
    "av" (what a plain Python list of variants becomes) as a QDBusArgument: the real
    portal refuses that commandline, so the record shows it.
    """
    types = {}
    for key, value in options.items():
        if isinstance(value, bool):
            types[key] = "b"
        elif isinstance(value, str):
            types[key] = "s"
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            types[key] = "as"
        elif isinstance(value, QDBusArgument):
            types[key] = value.currentSignature()
        else:
            types[key] = type(value).__name__
    return types


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("record", type=Path)
    parser.add_argument("--answer", choices=("grant", "deny", "never", "early"), default="grant")
    parser.add_argument("--no-autostart", action="store_true")
    args = parser.parse_args()
    return serve(NAME, PATH, lambda bus: Portal(bus, args.record, args.answer, not args.no_autostart))


if __name__ == "__main__":
    sys.exit(main())
