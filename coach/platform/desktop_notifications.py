"""Desktop notifications with action buttons, through the freedesktop notification service over D-Bus.

For desktops without a system tray (plain GNOME, for one): the reminder pops up as
a notification with "Start"/"Later" buttons, and a click comes back as a signal.
The spec: https://specifications.freedesktop.org/notification-spec/latest/

Three things about QtDBus from Python shape this module:

* Every call blocks, with a short timeout. ``notify`` has to return the id, and
  the id is what a later click is matched by; an asynchronous call would return
  before the id is known. A blocking QtDBus call does not run the event loop (no
  re-entrancy) and a live server answers in about a millisecond; a hung one costs
  at most CALL_BUDGET_MS, shared by all the round trips of one public call.
* The spec's ids are uint32, and a Python int reaches D-Bus as int32 through
  QDBusMessage.setArguments; servers built on GDBus, sd-bus or QtDBus then refuse
  the call (no such method with signature "sisssasa{sv}i"). A QDBusInterface types
  the arguments from the interface's introspection, so Notify and
  CloseNotification go through one, by QMetaObject.invokeMethod. It would
  introspect the server when made (a blocking call with QtDBus's default 25 s
  timeout); instead it is first made for a local object with the same interface,
  which QtDBus introspects in-process and caches by interface name, so the
  interface for the real server is built from that cache and costs no round trip.
* D-Bus signals reach Python through a slot with a C++ signature:
  ``bus.connect(service, path, interface, name, receiver, SLOT("slot(uint,QString,QDBusMessage)"))``
  with the slot declared ``@Slot("uint", str, QDBusMessage)``; QtDBus hands the
  signal's arguments to it only if their D-Bus types match (us), plus the message
  itself (for its sender). The service is left empty: naming it makes QtDBus ask
  the bus for the name's owner, blocking up to 25 s on a hung bus. The sender is
  checked here instead, against the server that gave the id.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, ClassInfo, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusError, QDBusInterface, QDBusMessage

from coach.qt.plain_text import markup_escaped

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_ID = "io.github.backcoach.BackCoach"
APP_NAME = "Back Coach"
# The most one public call may block, all its round trips together.
CALL_BUDGET_MS = 1000
URGENCY_LOW, URGENCY_NORMAL, URGENCY_CRITICAL = 0, 1, 2
_SHAPE_PATH = "/io/github/backcoach/BackCoach/NotificationsShape"
_BUS_SERVICE, _BUS_PATH, _BUS_INTERFACE = "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus"


@ClassInfo({"D-Bus Interface": INTERFACE})  # type: ignore[call-arg]
class _NotificationsShape(QObject):  # type: ignore[operator]
    """The two methods we call, typed as in the spec; exported for a moment so QtDBus learns the types."""

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout):  # noqa: N802
        return 0

    @Slot("uint")
    def CloseNotification(self, notification_id):  # noqa: N802
        pass


def _learn_interface(bus: QDBusConnection) -> None:
    """Have QtDBus cache the interface's types on this connection, without asking the server."""
    shape = _NotificationsShape()
    if bus.registerObject(_SHAPE_PATH, shape, QDBusConnection.RegisterOption.ExportAllSlots):
        QDBusInterface(bus.baseService(), _SHAPE_PATH, INTERFACE, bus)
        bus.unregisterObject(_SHAPE_PATH)


class _Deadline:
    def __init__(self, milliseconds: int) -> None:
        self.end = time.monotonic() + milliseconds / 1000

    def left_ms(self) -> int:
        return int((self.end - time.monotonic()) * 1000)


class DesktopNotifications(QObject):
    """Posts notifications with action buttons through org.freedesktop.Notifications.

    No call raises or blocks for long when the bus or the server is missing, dead
    or hung: ``notify`` then returns 0, ``available`` False.

    Attributes:
        bus: the D-Bus connection (the session bus unless one is given).

    Signals:
        action_invoked(int notification_id, str action_key): the user chose an action
            on a notification we posted ("default": the notification itself, where supported).
        closed(int notification_id): a notification we posted went away (expired,
            dismissed, or closed by ``close``).
    """

    action_invoked = Signal("uint", str)  # type: ignore[arg-type]
    closed = Signal("uint")  # type: ignore[arg-type]

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = QDBusConnection.sessionBus() if bus is None else bus
        self._posted: dict[int, str] = {}  # id -> unique bus name of the server that gave it
        self._interface: QDBusInterface | None = None
        if self.bus.isConnected():
            _learn_interface(self.bus)
            self.bus.connect("", PATH, INTERFACE, "ActionInvoked", self,  # type: ignore[call-overload]
                             SLOT("_on_action_invoked(uint,QString,QDBusMessage)"))
            self.bus.connect("", PATH, INTERFACE, "NotificationClosed", self,  # type: ignore[call-overload]
                             SLOT("_on_notification_closed(uint,uint,QDBusMessage)"))

    def available(self) -> bool:
        """Whether a notification server runs on the bus or the bus can start one."""
        deadline = _Deadline(CALL_BUDGET_MS)
        owned = self._call(_BUS_SERVICE, _BUS_PATH, _BUS_INTERFACE, "NameHasOwner", [SERVICE], deadline)
        if owned == [True]:
            return True
        activatable = self._call(_BUS_SERVICE, _BUS_PATH, _BUS_INTERFACE, "ListActivatableNames", [], deadline)
        return activatable is not None and SERVICE in activatable[0]

    def capabilities(self) -> list[str]:
        """What the server says it can do ("actions", "body", "persistence", ...); [] without one."""
        return self._capabilities(_Deadline(CALL_BUDGET_MS)) or []

    def notify(self, title: str, body: str, actions: list[tuple[str, str]], *, replaces_id: int = 0,
               urgency: int = URGENCY_NORMAL, timeout_ms: int = -1, icon: str = APP_ID) -> int:
        """Show a notification; return its id, or 0 if it could not be posted.

        Args:
            actions: (key, label) pairs, shown as buttons if the server shows actions at
                all; a click comes back as ``action_invoked(id, key)``.
            replaces_id: the id of a notification of ours to replace in place, or 0
                (an id that is not ours, or already closed, counts as 0).
            urgency: URGENCY_LOW, URGENCY_NORMAL or URGENCY_CRITICAL.
            timeout_ms: -1 for the server's default, 0 to stay until dismissed.
            icon: an icon name from the theme, or a file:// URI.
        """
        deadline = _Deadline(CALL_BUDGET_MS)
        capabilities = self._capabilities(deadline)  # also starts an activatable server
        if capabilities is None:
            return 0
        interface = self._interface_to_server(deadline)
        if interface is None:
            return 0
        flat_actions = [word for pair in actions for word in pair] if "actions" in capabilities else []
        if "body-markup" in capabilities:
            body = markup_escaped(body)  # a routine's title is text, not markup
        hints: dict[str, object] = {"desktop-entry": APP_ID}
        if urgency != URGENCY_NORMAL:
            # The spec types urgency as a byte; PySide can only send an int32 here. GNOME
            # Shell, KDE and dunst take or ignore it; a server that refuses the call
            # (mako does) gets it again without the hint.
            hints["urgency"] = urgency
        replaces = replaces_id if replaces_id in self._posted else 0
        notification_id = self._invoke_notify(interface, title, body, flat_actions, hints, replaces, timeout_ms,
                                              icon, deadline)
        if notification_id == 0 and "urgency" in hints and self._refused(interface):
            del hints["urgency"]
            notification_id = self._invoke_notify(interface, title, body, flat_actions, hints, replaces,
                                                  timeout_ms, icon, deadline)
        if notification_id:
            self._posted[notification_id] = interface.service()
        return notification_id

    def close(self, notification_id: int) -> None:
        """Take down a notification we posted (``closed`` follows when the server confirms)."""
        server = self._posted.get(notification_id)
        if server is None:
            return
        interface = self._interface_for(server)
        interface.setTimeout(CALL_BUDGET_MS)
        try:
            QMetaObject.invokeMethod(interface, "CloseNotification", Qt.ConnectionType.DirectConnection,
                                     Q_ARG("uint", notification_id))
        except RuntimeError:  # the interface is invalid: no method to call
            pass

    @Slot("uint", str, QDBusMessage)
    def _on_action_invoked(self, notification_id: int, action_key: str, message: QDBusMessage) -> None:
        if self._posted.get(notification_id) == message.service():
            self.action_invoked.emit(notification_id, action_key)

    @Slot("uint", "uint", QDBusMessage)
    def _on_notification_closed(self, notification_id: int, reason: int, message: QDBusMessage) -> None:
        if self._posted.get(notification_id) == message.service():
            del self._posted[notification_id]
            self.closed.emit(notification_id)

    def _call(self, service: str, path: str, interface: str, method: str, arguments: list,
              deadline: _Deadline) -> list | None:
        """A blocking call within the deadline: the reply's arguments, or None on any error."""
        left = deadline.left_ms()
        if left <= 0 or not self.bus.isConnected():
            return None
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        message.setArguments(arguments)
        reply = self.bus.call(message, QDBus.CallMode.Block, left)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return None
        return reply.arguments()

    def _capabilities(self, deadline: _Deadline) -> list[str] | None:
        reply = self._call(SERVICE, PATH, INTERFACE, "GetCapabilities", [], deadline)
        if not reply or not isinstance(reply[0], list):
            return None
        return [str(capability) for capability in reply[0]]

    def _interface_to_server(self, deadline: _Deadline) -> QDBusInterface | None:
        """The typed interface to whoever owns the name now (by unique name: no owner look-ups later)."""
        owner = self._call(_BUS_SERVICE, _BUS_PATH, _BUS_INTERFACE, "GetNameOwner", [SERVICE], deadline)
        if not owner or not isinstance(owner[0], str):
            return None
        interface = self._interface_for(owner[0])
        return interface if interface.isValid() else None

    def _interface_for(self, server: str) -> QDBusInterface:
        if self._interface is None or self._interface.service() != server:
            self._interface = QDBusInterface(server, PATH, INTERFACE, self.bus, self)
        return self._interface

    def _invoke_notify(self, interface: QDBusInterface, title: str, body: str, actions: list[str],
                       hints: dict[str, object], replaces_id: int, timeout_ms: int, icon: str,
                       deadline: _Deadline) -> int:
        left = deadline.left_ms()
        if left <= 0:
            return 0
        interface.setTimeout(left)
        try:
            notification_id = QMetaObject.invokeMethod(
                interface, "Notify", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME), Q_ARG("uint", replaces_id), Q_ARG(str, icon), Q_ARG(str, title),
                Q_ARG(str, body), Q_ARG("QStringList", actions), Q_ARG("QVariantMap", hints),
                Q_ARG(int, timeout_ms))
        except RuntimeError:  # the interface has no Notify to call
            return 0
        if interface.lastError().isValid() or not isinstance(notification_id, int):
            return 0
        return notification_id

    @staticmethod
    def _refused(interface: QDBusInterface) -> bool:
        """Whether the last call got an error answer from the server (not a timeout or a lost bus)."""
        error = interface.lastError()
        return error.isValid() and error.type() not in (QDBusError.ErrorType.NoReply, QDBusError.ErrorType.Timeout,
                                                        QDBusError.ErrorType.Disconnected)
