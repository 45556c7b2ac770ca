"""One Back Coach at a time: a second start hands its request to the running one and exits.

The first instance takes a lock file and listens on a local socket: a Unix
socket on Linux and macOS (coach/platform/unix_socket.py, which needs no
QtNetwork), a named pipe on Windows (coach/platform/local_pipe.py, QtNetwork's
QLocalServer). A later start finds the lock taken, sends its request as one
line of JSON and waits for ``{"ok": true}``. A lock left by a crashed instance
is stale (its PID is gone) and QLockFile takes it over; the socket file such a
crash leaves behind is replaced when listening. Modelled on qutebrowser's ipc.py.

A lock QLockFile cannot judge (empty after a power cut, garbage, a folder, or
naming a PID that now belongs to another program) is checked: the holder is
asked over the socket ("ping"), and only a holder that answers, or a live
process that is Back Coach, keeps it; anything else is taken over and
``recovery`` says what was done. The socket lives in $XDG_RUNTIME_DIR where
there is one (private to the user, cleaned at log-out), else in the temporary
folder.

Wire format, one exchange per connection: the client writes one UTF-8 line of
JSON (a JSON object with a "command" string, at most 64 KiB), the server
answers ``{"ok": true}`` (or ``{"ok": false}`` when it could not use the line)
and closes. This module does not interpret commands, the app does; except
``{"command": "ping"}``, which is only answered (it asks "are you Back Coach?").
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import re
import sys
import time
from socket import gethostname
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal

from coach.digest import sha1_hex
from coach.storage.atomic import move_aside
from coach.qt.timer import Timer

if TYPE_CHECKING:
    from coach.platform.local_pipe import PipeConnection, PipeServer
    from coach.platform.unix_socket import UnixConnection, UnixServer

_log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
MAX_LINE_BYTES = 64 * 1024
# A client that connects and then says nothing is dropped after this long, so
# it cannot hold a connection (and its buffer) forever.
IDLE_TIMEOUT_MS = 5000
ACK = b'{"ok": true}\n'
PING = "ping"
# How long a claim waits for the lock's holder to answer a ping (it may be starting up).
PING_TIMEOUT_MS = 1500
# sun_path is 108 bytes on Linux (104 on macOS); a longer socket path falls back to the temporary folder.
MAX_SOCKET_PATH = 100
REFUSAL = b'{"ok": false}\n'


class ListenError(OSError):
    """We hold the lock, yet cannot listen on the socket the other instances will look for."""


def server_name_for(lock_dir: Path) -> str:
    """A socket name unique to this user and this lock folder.

    The user keeps people on a shared machine apart (the socket lives in the
    shared temporary folder); the folder's hash keeps tests, which each use a
    folder of their own, away from one another and from the real app.
    """
    digest = sha1_hex(str(lock_dir.resolve()).encode("utf-8"))
    name = f"backcoach-{_user()}-{digest[:12]}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        path = os.path.join(runtime, f"{name}.socket")
        if len(path.encode("utf-8")) <= MAX_SOCKET_PATH:
            return path  # an absolute name is the socket file itself
    return name


def _user() -> str:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no USER variable and no password entry
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    # Socket and pipe names: keep to characters every platform takes.
    return re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:32] or "user"


def encode_message(message: dict[str, Any]) -> bytes:
    """The wire line for a message; ValueError if it is not one this protocol can carry."""
    if not isinstance(message, dict) or not isinstance(message.get("command"), str):
        raise ValueError(f"a message is a dict with a 'command' string, not {message!r}")
    line = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    if len(line) > MAX_LINE_BYTES:
        raise ValueError(f"the message is {len(line)} bytes; at most {MAX_LINE_BYTES} are accepted")
    return line


def decode_message(line: bytes) -> dict[str, Any] | None:
    """The message in a received line (without its newline), or None (logged) if it is not one."""
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        _log.warning("ignored a message from another Back Coach that is not JSON: %s", error)
        return None
    if not isinstance(message, dict) or not isinstance(message.get("command"), str):
        _log.warning("ignored a message from another Back Coach without a 'command': %.200r", message)
        return None
    return message


class SingleInstance(QObject):
    """The lock and local socket that make this the one running Back Coach.

    Attributes:
        lock_path: the lock file (``<lock_dir>/instance.lock``).

    Signals:
        message_received(dict): another start sent a request, e.g. {"command": "show"}.
    """

    message_received = Signal(dict)

    def __init__(self, lock_dir: Path, *, name: str | None = None, pipes: bool = sys.platform == "win32",
                 parent: QObject | None = None) -> None:
        """``pipes``: QtNetwork's local socket (a named pipe on Windows, where it is the default) instead of a
        Unix socket; each works on Linux too."""
        super().__init__(parent)
        self._pipes = pipes
        self._lock_dir = lock_dir
        self.lock_path = lock_dir / LOCK_NAME
        self._name = name or server_name_for(lock_dir)
        self._lock: QLockFile | None = None
        self._server: UnixServer | PipeServer | None = None
        self._buffers: dict[UnixConnection | PipeConnection, bytearray] = {}
        self._quit_hooked = False
        self.recovery: str | None = None

    @property
    def server_name(self) -> str:
        return self._name

    def claim(self) -> bool:
        """Become the one instance: True if we now hold the lock and listen, False if a live one does.

        Raises OSError if the lock file cannot be made, and ListenError if the
        socket cannot be listened on; either way nothing is left held.
        """
        if self._server is not None:
            return True
        self._lock_dir.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.lock_path))
        # The lock is held for as long as the app runs, so its age says nothing;
        # only a dead owner (QLockFile checks the PID) makes it stale.
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            if lock.error() != QLockFile.LockError.LockFailedError:
                raise OSError(f"cannot take the lock {self.lock_path}: {lock.error().name}")
            why = self._why_not_held(lock)
            if why is None:
                return False
            self._clear_lock(why)
            if not lock.tryLock(0):
                if lock.error() == QLockFile.LockError.LockFailedError:
                    return False  # another start took it first: it is the instance now
                raise OSError(f"cannot take the lock {self.lock_path}: {lock.error().name}")
        # We hold the lock, so a socket by our name is a crashed instance's leftover: listening replaces it.
        if self._pipes:
            from coach.platform.local_pipe import PipeServer
            server: UnixServer | PipeServer = PipeServer(self)
        else:
            from coach.platform.unix_socket import UnixServer
            server = UnixServer(self)
        try:
            server.listen(self._name)
        except OSError as error:
            server.deleteLater()
            lock.unlock()
            raise ListenError(f"cannot listen on the local socket {self._name!r}: {error}") from None
        server.connection_made.connect(self._on_new_connection)
        self._lock, self._server = lock, server
        app = QCoreApplication.instance()
        if app is not None and not self._quit_hooked:
            app.aboutToQuit.connect(self.release)
            self._quit_hooked = True
        return True

    def _why_not_held(self, lock: QLockFile) -> str | None:
        """None if a live Back Coach holds the lock; else what is wrong with it, in words."""
        info = lock.getLockInfo()
        pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else (0, "")
        if pid == os.getpid():
            return None  # this very process (it cannot answer a ping while we wait here)
        if self.send({"command": PING}, timeout_ms=PING_TIMEOUT_MS):
            return None
        if pid <= 0:
            return _unreadable_lock(self.lock_path)
        if host and host != gethostname():
            return None  # held on another computer sharing this folder: cannot be checked from here
        if _is_back_coach(pid):
            return None  # alive but not answering (starting, or stuck): the caller says so
        return f"named process {pid}, which is not a running Back Coach"

    def _clear_lock(self, why: str) -> None:
        if self.lock_path.is_dir():
            moved = move_aside(self.lock_path, time.strftime("%Y%m%d-%H%M%S"))
            self.recovery = f"{self.lock_path} {why}; it was moved to {moved}"
        else:
            self.lock_path.unlink(missing_ok=True)
            self.recovery = f"{self.lock_path} {why}; it was replaced"
        _log.warning("took over the one-instance lock: %s", self.recovery)

    def release(self) -> None:
        """Stop listening and let go of the lock (the next start becomes the instance)."""
        if self._server is not None:
            self._buffers.clear()
            self._server.close()  # drops the clients and removes the socket file
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def send(self, message: dict[str, Any], *, timeout_ms: int = 3000) -> bool:
        """Hand a message to the running instance and wait for its ack; True when it said ok.

        Blocking, and needs no event loop (it runs before any window exists).
        Connecting is retried until the timeout, as the running instance may
        have the lock but not be listening yet. ValueError for a message the
        protocol cannot carry.
        """
        line = encode_message(message)
        if self._pipes:
            from coach.platform.local_pipe import exchange
        else:
            from coach.platform.unix_socket import exchange
        reply = exchange(self._name, line, time.monotonic() + timeout_ms / 1000, MAX_LINE_BYTES)
        if reply is None:
            _log.info("no Back Coach answered on %s", self._name)
            return False
        answer, newline, _ = reply.partition(b"\n")
        if not newline:
            _log.warning("the running Back Coach did not acknowledge on %s", self._name)
            return False
        try:
            return json.loads(answer).get("ok") is True
        except (ValueError, AttributeError):
            return False

    def _on_new_connection(self, connection: UnixConnection | PipeConnection) -> None:
        self._buffers[connection] = bytearray()
        connection.received.connect(lambda data, connection=connection: self._on_received(connection, data))
        connection.ended.connect(lambda connection=connection: self._forget(connection))
        idle = Timer("single-instance-idle-client", connection, single_shot=True)
        idle.timeout.connect(lambda connection=connection: self._drop(connection, "said nothing in time"))
        idle.start_in(IDLE_TIMEOUT_MS)
        connection.start()  # bytes may have arrived with the connection

    def _on_received(self, connection: UnixConnection | PipeConnection, data: bytes) -> None:
        buffer = self._buffers.get(connection)
        if buffer is None:  # this client's line was handled already
            return
        buffer += data
        line, newline, _ = bytes(buffer).partition(b"\n")
        if len(line) > MAX_LINE_BYTES:
            self._drop(connection, f"sent a line over {MAX_LINE_BYTES} bytes")
            return
        if not newline:
            return  # a partial line: wait for the rest
        del self._buffers[connection]
        message = decode_message(line)
        # Answer before handing the message on, so a slow slot never keeps the client waiting
        # (and at once, not from the event loop: a slot may quit the app).
        connection.reply(ACK if message is not None else REFUSAL)
        if message is not None and message["command"] != PING:
            self.message_received.emit(message)

    def _drop(self, connection: UnixConnection | PipeConnection, why: str) -> None:
        if self._buffers.pop(connection, None) is not None:
            _log.warning("dropped a connection from another Back Coach that %s", why)
            connection.abort()

    def _forget(self, connection: UnixConnection | PipeConnection) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()


def _unreadable_lock(path: Path) -> str:
    if path.is_dir():
        return "was a folder, not a lock file"
    try:
        size = path.stat().st_size
    except OSError:
        return "could not be read"
    return "was empty (as after a power cut)" if size == 0 else "did not name a running program"


def _is_back_coach(pid: int) -> bool:
    """Whether process ``pid`` is alive and, as far as can be told, a Back Coach."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False  # another user's process: never ours
    except OSError:
        return True  # cannot tell: leave it be
    try:
        command_line = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except FileNotFoundError:
        return not Path("/proc/self").exists()  # no /proc to look in: assume it is
    except OSError:
        return True
    return re.search(r"\bcoach\b|backcoach", command_line) is not None
