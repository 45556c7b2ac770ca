"""The one-instance socket on Windows: QtNetwork's QLocalServer, a named pipe there.

Linux and macOS use a plain Unix socket instead (coach/platform/unix_socket.py), which
spares the first screen QtNetwork's libraries; this module has the same small interface,
and works on every platform (the tests run both). QtNetwork is imported only here.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RETRY_INTERVAL_S = 0.05
# PySide keeps the GIL while a socket's waitFor...() blocks, so one long wait
# would freeze every other Python thread in the process; short slices let
# them run in between.
WAIT_SLICE_MS = 20


class PipeConnection(QObject):
    """One client of the server.

    Signals:
        received(bytes): bytes arrived (in order; a line may come in several pieces).
        ended(): the client closed, or this side did (reply or abort); nothing more comes.
    """

    received = Signal(bytes)
    ended = Signal()

    def __init__(self, client: QLocalSocket, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._socket = client
        client.setParent(self)
        self._ended = False

    def start(self) -> None:
        """Start reading (connect to the signals first: bytes may have come with the connection)."""
        self._socket.readyRead.connect(self._read)
        self._socket.disconnected.connect(self._end)
        self._read()

    def reply(self, data: bytes) -> None:
        """Send a short answer and close."""
        self._socket.write(data)
        # Written now rather than from the event loop: a slot may quit the app.
        self._socket.flush()
        self._socket.disconnectFromServer()  # once the answer is out; then `disconnected` ends it

    def abort(self) -> None:
        self._socket.abort()
        self._end()

    def _read(self) -> None:
        data = self._socket.readAll().data()
        if data:
            self.received.emit(bytes(data))

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            self.ended.emit()


class PipeServer(QObject):
    """Listens on a local socket (a named pipe on Windows); hands each client on as a PipeConnection.

    Signals:
        connection_made(PipeConnection): a client connected (call its start() once connected to it).
    """

    connection_made = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self._clients: set[PipeConnection] = set()

    def listen(self, name: str) -> None:
        """Listen on ``name``, replacing a leftover socket; OSError (with the reason) if it cannot."""
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            problem = server.errorString()
            server.deleteLater()
            raise OSError(problem)
        server.newConnection.connect(self._accept)
        self._server = server

    def close(self) -> None:
        for client in list(self._clients):
            client.abort()
        if self._server is not None:
            self._server.close()  # also removes a Unix socket file
            self._server.deleteLater()
            self._server = None

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = PipeConnection(self._server.nextPendingConnection(), self)
            self._clients.add(connection)
            connection.ended.connect(lambda connection=connection: self._clients.discard(connection))
            self.connection_made.emit(connection)


def exchange(name: str, line: bytes, deadline: float, max_reply: int) -> bytes | None:
    """Send ``line`` to the server for ``name`` and return what it answers up to its first newline.

    None if no server could be reached by ``deadline`` (time.monotonic()); connecting is
    retried until then. Blocking, and needs no event loop.
    """
    client = QLocalSocket()
    try:
        if not _connect(client, name, deadline):
            return None
        client.write(line)
        reply = bytearray()
        while client.bytesToWrite() > 0:
            if not _wait(client, client.waitForBytesWritten, deadline):
                return bytes(reply)
        while b"\n" not in reply and len(reply) <= max_reply:
            if client.bytesAvailable() == 0 and not _wait(client, client.waitForReadyRead, deadline):
                break
            reply += client.readAll().data()
        return bytes(reply)
    finally:
        client.abort()


def _connect(client: QLocalSocket, name: str, deadline: float) -> bool:
    while True:
        client.connectToServer(name)
        if _wait(client, client.waitForConnected, deadline):
            return True
        client.abort()
        if time.monotonic() + RETRY_INTERVAL_S >= deadline:
            return False
        time.sleep(RETRY_INTERVAL_S)


def _wait(client: QLocalSocket, wait: Callable[[int], bool], deadline: float) -> bool:
    """Call a waitFor...() in short slices until it succeeds, the socket closes or time is up."""
    while True:
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        if remaining_ms <= 0:
            return False
        if wait(min(WAIT_SLICE_MS, remaining_ms)):
            return True
        if (client.state() == QLocalSocket.LocalSocketState.UnconnectedState
                or client.error() != QLocalSocket.LocalSocketError.SocketTimeoutError):
            return False
