"""The one-instance socket on Linux and macOS: a plain Unix socket, served from the Qt event loop.

QLocalServer would do the same over QtNetwork, which costs the first screen about
2.5 MiB of resident memory (libQt6Network and the Kerberos libraries it links) for
one small socket (BENCHMARKS.md §12, §16); Windows, which has no Unix sockets there,
keeps it (coach/platform/local_pipe.py). This module has the same small interface.

The server never blocks the GUI thread: the listening socket and each client's are
non-blocking and watched by a QSocketNotifier, and each wake reads at most one
bounded chunk. ``exchange``, the client's side, blocks until its deadline and needs
no event loop (a second start uses it before any window exists).

The socket is where QLocalServer put it: a name with no folder goes in Qt's
temporary folder (QDir.tempPath(), i.e. $TMPDIR or /tmp), an absolute name is the
socket file itself. As QLocalServer does with its access options, the socket is
bound inside a private folder, made readable and writable by this user only, then
renamed over its name, so no other user can connect in between and a crashed
instance's leftover socket is simply replaced.
"""

from __future__ import annotations

import logging
import os
import socket
import tempfile
import time

from PySide6.QtCore import QDir, QObject, QSocketNotifier, Signal

from coach.qt.timer import Timer

_log = logging.getLogger(__name__)

BACKLOG = 16
# Clients served at once; more are closed at once (each is dropped after a few seconds of silence anyway).
MAX_CLIENTS = 16
# At most this much is read from one client per wake, so a client that streams cannot keep the GUI thread.
READ_CHUNK = 64 * 1024
# After the process runs out of file descriptors, accepting pauses this long instead of spinning.
ACCEPT_PAUSE_MS = 1000
RETRY_INTERVAL_S = 0.05


def socket_path(name: str) -> str:
    """The socket file for a server name, where QLocalServer puts it."""
    return name if os.path.isabs(name) else os.path.join(QDir.tempPath(), name)


class UnixConnection(QObject):
    """One client of the server.

    Signals:
        received(bytes): bytes arrived (in order; a line may come in several pieces).
        ended(): the client closed, or this side did (reply or abort); nothing more comes.
    """

    received = Signal(bytes)
    ended = Signal()

    def __init__(self, client: socket.socket, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._socket: socket.socket | None = client
        self._notifier = QSocketNotifier(client.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.setEnabled(False)
        self._notifier.activated.connect(self._read)

    def start(self) -> None:
        """Start reading (connect to the signals first: bytes may have come with the connection)."""
        if self._socket is not None:
            self._notifier.setEnabled(True)
            self._read()

    def reply(self, data: bytes) -> None:
        """Send a short answer and close (a client that went away is not an error)."""
        if self._socket is not None:
            try:
                self._socket.send(data, getattr(socket, "MSG_NOSIGNAL", 0))
            except OSError as error:  # gone, or not reading (the buffer is far larger than an answer)
                _log.info("could not answer another Back Coach: %s", error)
        self.abort()

    def abort(self) -> None:
        """Close at once."""
        if self._socket is None:
            return
        # The notifier stops watching before its descriptor closes (and may be reused).
        self._notifier.setEnabled(False)
        self._socket.close()
        self._socket = None
        self.ended.emit()

    def _read(self) -> None:
        if self._socket is None:
            return
        try:
            data = self._socket.recv(READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""  # e.g. reset by the client: as good as closed
        if data:
            self.received.emit(data)
        else:
            self.abort()


class UnixServer(QObject):
    """Listens on a Unix socket; hands each client on as a UnixConnection.

    Signals:
        connection_made(UnixConnection): a client connected (call its start() once connected to it).
    """

    connection_made = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._path = ""
        self._inode = 0
        self._clients: set[UnixConnection] = set()
        self._pause = Timer("unix-socket-accept-pause", self, single_shot=True)
        self._pause.timeout.connect(lambda: self._notifier.setEnabled(True) if self._notifier else None)

    def listen(self, name: str) -> None:
        """Listen on the socket for ``name``, replacing a leftover one; OSError (with the reason) if it cannot."""
        path = socket_path(name)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._inode = _bind_privately(server, path)
            server.listen(BACKLOG)
            server.setblocking(False)
        except OSError:
            server.close()
            raise
        self._socket, self._path = server, path
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)

    def close(self) -> None:
        """Stop listening, drop every client and remove the socket file (if it is still ours)."""
        for client in list(self._clients):
            client.abort()
        if self._socket is None:
            return
        assert self._notifier is not None
        self._notifier.setEnabled(False)
        self._pause.stop()
        self._socket.close()
        self._socket = None
        try:
            if os.stat(self._path).st_ino == self._inode:  # not a later instance's socket
                os.unlink(self._path)
        except OSError:
            pass

    def _accept(self) -> None:
        while self._socket is not None:
            try:
                client, _ = self._socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:  # e.g. out of file descriptors: the notifier would fire again at once
                _log.warning("could not accept a connection from another Back Coach: %s", error)
                assert self._notifier is not None
                self._notifier.setEnabled(False)
                self._pause.start_in(ACCEPT_PAUSE_MS)
                return
            if len(self._clients) >= MAX_CLIENTS:
                _log.warning("closed a connection from another Back Coach: %d are open already", MAX_CLIENTS)
                client.close()
                continue
            client.setblocking(False)
            connection = UnixConnection(client, self)
            self._clients.add(connection)
            connection.ended.connect(lambda connection=connection: self._clients.discard(connection))
            self.connection_made.emit(connection)


def _bind_privately(server: socket.socket, path: str) -> int:
    """Bind ``server`` to ``path`` so only this user can connect, atomically replacing what is there; its inode."""
    private = tempfile.mkdtemp(prefix=".bc", dir=os.path.dirname(path) or ".")  # mode 0700
    staged = os.path.join(private, "s")  # short: a socket path has at most 104-108 bytes
    try:
        server.bind(staged)
        os.chmod(staged, 0o600)  # connecting needs write permission on the socket file
        os.replace(staged, path)
        return os.stat(path).st_ino
    finally:
        try:
            os.unlink(staged)
        except OSError:
            pass
        os.rmdir(private)


def exchange(name: str, line: bytes, deadline: float, max_reply: int) -> bytes | None:
    """Send ``line`` to the server for ``name`` and return what it answers up to its first newline.

    None if no server could be reached by ``deadline`` (time.monotonic()); connecting is
    retried until then, as the running instance may hold the lock but not listen yet.
    The reply may lack its newline if the server closed early or time ran out.
    """
    path = socket_path(name)
    client = _connect(path, deadline)
    if client is None:
        return None
    reply = bytearray()
    with client:
        try:
            client.settimeout(_left(deadline))
            client.sendall(line)
            while b"\n" not in reply and len(reply) <= max_reply:
                client.settimeout(_left(deadline))
                chunk = client.recv(4096)
                if not chunk:
                    break
                reply += chunk
        except OSError as error:  # the deadline (TimeoutError) or the server went away
            _log.info("the exchange with another Back Coach on %s ended early: %s", path, error)
    return bytes(reply)


def _connect(path: str, deadline: float) -> socket.socket | None:
    while True:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            client.settimeout(_left(deadline))
            client.connect(path)
            return client
        except OSError:  # not there yet, nobody listening, a full backlog, the deadline
            client.close()
        if time.monotonic() + RETRY_INTERVAL_S >= deadline:
            return None
        time.sleep(RETRY_INTERVAL_S)


def _left(deadline: float) -> float:
    """Seconds to the deadline, at least a millisecond (a zero timeout would mean non-blocking)."""
    return max(0.001, deadline - time.monotonic())
