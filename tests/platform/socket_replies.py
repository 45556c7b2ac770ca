"""The client's side of the one-instance socket tests: read the server's answer while the event loop runs."""

from __future__ import annotations

import socket


def reply_of(qtbot, client: socket.socket) -> bytes:
    """Everything the server writes until it closes (a reset counts as closed), while the event loop runs."""
    received = bytearray()

    def closed() -> bool:
        try:
            chunk = client.recv(4096)
        except BlockingIOError:
            return False
        except ConnectionResetError:
            return True
        received.extend(chunk)
        return not chunk

    qtbot.waitUntil(closed, timeout=10000)
    client.close()
    return bytes(received)
