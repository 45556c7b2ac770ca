"""The one-instance Unix socket (Linux, macOS): where it lives, who may connect, stale sockets, hostile clients.

tests/platform/test_single_instance.py runs the whole protocol over it; these are what is its own.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from coach.platform import unix_socket
from coach.platform.single_instance import ACK, REFUSAL, SingleInstance
from coach.platform.unix_socket import UnixServer, exchange, socket_path

from .socket_replies import reply_of

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
SHOW = {"command": "show"}


@pytest.fixture
def instance(qtbot, tmp_path: Path) -> Iterator[SingleInstance]:
    made = SingleInstance(tmp_path / "lock", pipes=False)
    assert made.claim()
    yield made
    made.release()


def connect(instance: SingleInstance) -> socket.socket:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(socket_path(instance.server_name))
    client.setblocking(False)
    return client


def answers_show(qtbot, instance: SingleInstance) -> None:
    """The server is still there and still answers a well-formed request."""
    with qtbot.waitSignal(instance.message_received, timeout=10000) as blocker:
        client = connect(instance)
        client.sendall(b'{"command": "show"}\n')
    assert reply_of(qtbot, client) == ACK and blocker.args == [SHOW]


def test_the_socket_is_where_qlocalserver_put_it(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert socket_path("backcoach-me-0123") == os.path.join(QDir.tempPath(), "backcoach-me-0123")
    assert socket_path(str(tmp_path / "s.socket")) == str(tmp_path / "s.socket")


def test_only_this_user_may_connect(instance):
    mode = os.stat(socket_path(instance.server_name)).st_mode
    assert stat.S_ISSOCK(mode)
    assert stat.S_IMODE(mode) == 0o600
    folder = Path(socket_path(instance.server_name)).parent
    assert not list(folder.glob(".bc*")), "the private folder it was bound in is gone"


@pytest.mark.parametrize("leftover", ["socket", "file"])
def test_a_stale_socket_file_is_replaced(qtbot, tmp_path, leftover):
    instance = SingleInstance(tmp_path / "lock", name=str(tmp_path / "stale.socket"), pipes=False)
    path = tmp_path / "stale.socket"
    if leftover == "socket":
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
            dead.bind(str(path))  # as a crash leaves it: bound, nobody listening
        assert instance.send(SHOW, timeout_ms=200) is False, "nobody answers on a stale socket"
    else:
        path.write_text("not a socket")
    try:
        assert instance.claim() is True
        assert stat.S_ISSOCK(path.stat().st_mode)
        answers_show(qtbot, instance)
    finally:
        instance.release()
    assert not path.exists()


def test_release_leaves_a_later_instances_socket_alone(qtbot, tmp_path):
    path = str(tmp_path / "shared.socket")
    first = UnixServer()
    first.listen(path)
    second = UnixServer()
    second.listen(path)  # as a start that took over a lock it judged stale
    first.close()
    assert os.path.exists(path), "the first removed the second's socket"
    second.close()
    assert not os.path.exists(path)


@pytest.mark.parametrize("garbage", [
    b"\x00" * 100 + b"\n",
    os.urandom(2000) + b"\n",
    b"\xff" * 70_000,  # no newline, over the limit
    b'{"command": "show"',  # then hangs up mid-line
    b"",  # connects and hangs up at once
])
def test_garbage_and_hang_ups_never_crash_or_stop_the_server(qtbot, instance, garbage):
    heard: list[dict] = []
    instance.message_received.connect(heard.append)
    client = connect(instance)
    client.setblocking(True)
    try:
        client.sendall(garbage)
    except OSError:
        pass  # the server dropped us mid-way: that is allowed
    if garbage.endswith(b"\n") and len(garbage) < 65536:
        client.setblocking(False)
        assert reply_of(qtbot, client) == REFUSAL
    else:
        client.close()
    qtbot.wait(50)
    assert heard == []
    answers_show(qtbot, instance)


def test_a_client_that_sends_and_leaves_without_reading_the_answer(qtbot, instance):
    with qtbot.waitSignal(instance.message_received, timeout=10000) as blocker:
        client = connect(instance)
        client.sendall(b'{"command": "show"}\n')
        client.close()
    assert blocker.args == [SHOW]
    answers_show(qtbot, instance)


def test_more_clients_than_it_serves_at_once_are_turned_away_and_it_goes_on(qtbot, instance, caplog):
    crowd = []
    for _ in range(unix_socket.MAX_CLIENTS + 4):
        crowd.append(connect(instance))
        qtbot.wait(5)  # the server accepts from the event loop (a full backlog would block connect())
    qtbot.waitUntil(lambda: "are open already" in caplog.text, timeout=10000)
    for client in crowd:
        client.close()
    # The server sees them hang up (a connection that came first would be turned away as well).
    qtbot.waitUntil(lambda: not instance._buffers, timeout=10000)
    answers_show(qtbot, instance)


def test_a_server_that_never_answers_cannot_hold_a_second_start(tmp_path):
    path = str(tmp_path / "mute.socket")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as mute:
        mute.bind(path)
        mute.listen(1)  # accepts (in the kernel) and never says a word
        started = time.monotonic()
        assert exchange(path, b'{"command":"show"}\n', time.monotonic() + 0.3, 65536) == b""
        assert time.monotonic() - started < 2.0
        assert SingleInstance(tmp_path, name=path, pipes=False).send(SHOW, timeout_ms=300) is False


@pytest.mark.parametrize(("pipes", "loaded"), [(False, "[]"), (True, "['PySide6.QtNetwork']")])
def test_the_one_instance_guard_loads_no_qtnetwork(tmp_path, pipes, loaded):
    """QtNetwork costs the first screen ~2.5 MiB; on Linux and macOS it stays unloaded (Windows needs it)."""
    code = ("import sys\nfrom pathlib import Path\nfrom PySide6.QtCore import QCoreApplication\n"
            "from coach.platform.single_instance import SingleInstance\napp = QCoreApplication([])\n"
            f"first, second = (SingleInstance(Path(sys.argv[1]), pipes={pipes}) for _ in range(2))\n"
            "assert first.claim() and not second.claim()\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6.QtNetwork')))\n"
            "first.release()\n")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == loaded
