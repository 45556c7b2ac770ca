"""Start at log-in inside a Flatpak: ask the desktop portal's Background interface, without blocking.

In the sandbox an XDG autostart entry would land in the app's private config folder,
which the desktop never reads. The portal writes the entry on the host instead:
https://flatpak.github.io/xdg-desktop-portal/docs/doc-org.freedesktop.portal.Background.html

    RequestBackground(s parent_window, a{sv} options) -> o handle

and the answer comes later as Response(u response, a{sv} results) on the
org.freedesktop.portal.Request object at ``handle`` (response 0: granted; results
"background" b and "autostart" b). The portal may first show the person a dialog,
so the answer can take as long as they take to read it.

How QtDBus from Python is used here (see also coach/platform/desktop_notifications.py):

* Nothing blocks. The call goes out with asyncCall and its reply comes to a
  QDBusPendingCallWatcher; the answer comes as a signal. A timer gives up on each.
* The Request's path is predictable, /org/freedesktop/portal/desktop/request/SENDER/TOKEN
  (SENDER: our unique name without ':' and with '.' as '_'), and we subscribe to it
  before calling: the portal may answer before its reply to the call reaches us.
  An old portal that puts the Request elsewhere says so in the reply; we move there.
* The subscription names no service: naming one makes QtDBus ask the bus for the
  name's owner, a blocking call. The sender is not checked either (an asynchronous
  reply does not say who sent it); the path holds our unique name and a fresh
  random token, and anything else on the session bus runs as the same person anyway.
* PySide sends a Python list of str inside a QVariantMap as "as", which the portal
  wants for commandline, and bool as "b"; the top-level str and dict go as "s" and
  "a{sv}". The Response's "u" and "a{sv}" reach the slot only with that signature.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

from PySide6.QtCore import SLOT, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusError, QDBusMessage, QDBusObjectPath, QDBusPendingCallWatcher

_log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Background"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
# The portal itself answers the call at once; 10 s means it is hung or starting very slowly.
CALL_TIMEOUT_MS = 10_000
# The answer may wait on the person reading the portal's dialog.
ANSWER_TIMEOUT_MS = 120_000
GRANTED = 0


# Called with literal words ("BackgroundPortal", "...") so pyside6-lupdate extracts them.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class BackgroundAnswer:
    """How a request to the portal ended.

    Attributes:
        asked: the autostart that was asked for.
        autostart: whether the desktop will start Back Coach at log-in, as it answered;
            None when it gave no answer (nothing is known to have changed).
        problem: what went wrong, in plain words for the person; "" when it went as asked.
    """

    asked: bool
    autostart: bool | None
    problem: str = ""


class BackgroundPortal(QObject):
    """Asks org.freedesktop.portal.Background to switch start at log-in on or off.

    One request at a time: a new one replaces an unanswered one (whose answer is then
    ignored). Never raises and never blocks; every request ends in exactly one
    ``finished``.

    Attributes:
        bus: the D-Bus connection (the session bus unless one is given).
        call_timeout_ms: how long the portal may take to take the call.
        answer_timeout_ms: how long it may then take to answer (the person may be asked).

    Signals:
        finished(BackgroundAnswer): the request ended: answered, refused, or no answer.
    """

    finished = Signal(object)

    def __init__(self, bus: QDBusConnection | None = None, *, call_timeout_ms: int = CALL_TIMEOUT_MS,
                 answer_timeout_ms: int = ANSWER_TIMEOUT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = QDBusConnection.sessionBus() if bus is None else bus
        self.call_timeout_ms = call_timeout_ms
        self.answer_timeout_ms = answer_timeout_ms
        self._asked = False
        self._requests = 0  # counts requests, so a replaced one's deferred ending is dropped
        self._handle: str | None = None  # the Request path we listen on, while a request is open
        self._watcher: QDBusPendingCallWatcher | None = None
        self._called = False  # the portal took the call: its Request exists
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    @property
    def busy(self) -> bool:
        """Whether a request is waiting for the portal."""
        return self._handle is not None

    def request(self, autostart: bool, command: list[str], reason: str | None = None) -> None:
        """Ask for start at log-in on (running ``command``) or off; ``finished`` tells how it went."""
        self._end()
        self._asked = autostart
        self._requests += 1
        if not self.bus.isConnected():
            # Deferred, so the caller always hears back from the event loop, as for the other endings.
            number = self._requests
            answer = BackgroundAnswer(autostart, None, translate(
                "BackgroundPortal",
                "Start at log-in could not be changed: there is no session bus to reach the desktop's portal."))
            QTimer.singleShot(0, self, lambda: self.finished.emit(answer) if self._requests == number else None)
            return
        token = f"backcoach_{secrets.token_hex(8)}"
        sender = self.bus.baseService().removeprefix(":").replace(".", "_")
        self._listen(f"{PATH}/request/{sender}/{token}")
        reason = reason or translate("BackgroundPortal", "To remind you of your back exercises.")
        options = {"handle_token": token, "reason": reason,
                   "autostart": autostart, "commandline": list(command), "dbus-activatable": False}
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "RequestBackground")
        message.setArguments(["", options])  # "": no parent window to put the portal's dialog over
        self._watcher = QDBusPendingCallWatcher(self.bus.asyncCall(message, self.call_timeout_ms), self)
        self._watcher.finished.connect(self._on_reply)
        # asyncCall times out by itself; this is the backstop, and then the answer's clock.
        self._timer.start(self.call_timeout_ms + 1000)

    def _listen(self, handle: str) -> None:
        self._handle = handle
        self.bus.connect("", handle, REQUEST_INTERFACE, "Response", self,  # type: ignore[call-overload]
                         SLOT("_on_response(uint,QVariantMap,QDBusMessage)"))

    def _stop_listening(self) -> None:
        if self._handle is not None:
            self.bus.disconnect("", self._handle, REQUEST_INTERFACE, "Response", self,  # type: ignore[call-overload]
                                SLOT("_on_response(uint,QVariantMap,QDBusMessage)"))
            self._handle = None

    def _on_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        if watcher is not self._watcher:
            return  # a request replaced since
        self._watcher = None
        reply = watcher.reply()
        watcher.deleteLater()
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            self._finish(None, _problem_for(reply))
            return
        self._called = True
        handle = _object_path(reply.arguments())
        if handle is not None and handle != self._handle:
            _log.info("the portal put the request at %s, not where it should (%s)", handle, self._handle)
            self._stop_listening()
            self._listen(handle)
        self._timer.start(self.answer_timeout_ms)

    @Slot("uint", "QVariantMap", QDBusMessage)
    def _on_response(self, response: int, results: dict, message: QDBusMessage) -> None:
        if self._handle is None or message.path() != self._handle:
            return
        # This may come before the call's reply; that reply is then ignored.
        asked = self._asked
        if response == GRANTED:
            autostart = results.get("autostart") is True
            if asked and not autostart:
                self._finish(False, translate("BackgroundPortal",
                                              "The desktop did not allow Back Coach to start at log-in."))
            elif not asked and autostart:
                self._finish(True, translate("BackgroundPortal", "The desktop kept starting Back Coach at log-in."))
            else:
                self._finish(autostart, "")
        elif asked:
            # A refused request leaves start at log-in off (the portal removes its entry).
            self._finish(False, translate("BackgroundPortal",
                                          "The desktop did not allow Back Coach to start at log-in."))
        else:
            self._finish(None, translate("BackgroundPortal",
                                         "The desktop did not confirm that Back Coach no longer starts at log-in."))

    def _on_timeout(self) -> None:
        if self._handle is None:
            return
        if self._called:
            # Take down the portal's dialog, if it shows one: its answer would be ignored now.
            close = QDBusMessage.createMethodCall(SERVICE, self._handle, REQUEST_INTERFACE, "Close")
            self.bus.asyncCall(close, self.call_timeout_ms)
        self._finish(None, translate("BackgroundPortal",
                                     "The desktop did not answer in time about starting Back Coach at log-in."))

    def _finish(self, autostart: bool | None, problem: str) -> None:
        answer = BackgroundAnswer(self._asked, autostart, problem)
        self._end()
        if problem:
            _log.info("start at log-in through the portal: %s", problem)
        self.finished.emit(answer)

    def _end(self) -> None:
        """Forget the open request, if any: no more listening, no timer, its reply ignored."""
        self._timer.stop()
        self._stop_listening()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self._called = False


def _object_path(arguments: list) -> str | None:
    if arguments and isinstance(arguments[0], QDBusObjectPath):
        return arguments[0].path()
    if arguments and isinstance(arguments[0], str):
        return arguments[0]
    return None


def _problem_for(reply: QDBusMessage) -> str:
    error = QDBusError(reply)
    _log.info("the Background portal call failed: %s %s", reply.errorName(), reply.errorMessage())
    if error.type() in (QDBusError.ErrorType.ServiceUnknown, QDBusError.ErrorType.UnknownObject,
                        QDBusError.ErrorType.UnknownInterface, QDBusError.ErrorType.UnknownMethod):
        return translate("BackgroundPortal", "Start at log-in could not be changed: this desktop has no portal "
                         "for it (xdg-desktop-portal is not running).")
    if error.type() in (QDBusError.ErrorType.NoReply, QDBusError.ErrorType.Timeout):
        return translate("BackgroundPortal",
                         "The desktop did not answer in time about starting Back Coach at log-in.")
    if error.type() == QDBusError.ErrorType.Disconnected:
        return translate("BackgroundPortal",
                         "Start at log-in could not be changed: the connection to the desktop was lost.")
    return translate("BackgroundPortal",
                     "Start at log-in could not be changed: the desktop said “{error}”.").format(
        error=reply.errorMessage() or reply.errorName())
