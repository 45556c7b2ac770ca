"""One instance: the lock, the hand-off of a second start's request, stale-lock recovery, a hostile client.

Each test runs over both transports: the plain Unix socket Linux and macOS use, and QtNetwork's local
socket Windows uses (a Unix socket here too), so the Windows code path is tested on Linux as well.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDir

from coach.platform import single_instance
from coach.platform.single_instance import ACK, MAX_LINE_BYTES, REFUSAL, ListenError, SingleInstance, server_name_for

from .socket_replies import reply_of

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="raw Unix sockets and SIGKILL")
SHOW = {"command": "show"}
START = {"command": "start", "routine": "cat-stretch", "level": "standard", "note": "héllo ✓"}


@pytest.fixture(params=[
    pytest.param(False, id="unix-socket", marks=pytest.mark.skipif(sys.platform == "win32", reason="Unix only")),
    pytest.param(True, id="qt-local-socket"),
])
def pipes(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def make(qtbot, tmp_path: Path, pipes: bool) -> Iterator[Callable[..., SingleInstance]]:
    """Makes SingleInstance objects (on tmp_path/"lock" unless told) and releases them all afterwards."""
    made: list[SingleInstance] = []

    def make_instance(lock_dir: Path | None = None, **kwargs: Any) -> SingleInstance:
        instance = SingleInstance(lock_dir or tmp_path / "lock", pipes=pipes, **kwargs)
        made.append(instance)
        return instance

    yield make_instance
    for instance in made:
        instance.release()


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    # send() blocks, and here the server is in this very process: the client
    # runs on a thread while the test's thread runs the event loop.
    with ThreadPoolExecutor(max_workers=2) as executor:
        yield executor


def finished(qtbot, future: Future) -> Any:
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()


def socket_path(instance: SingleInstance) -> Path:
    return Path(QDir.tempPath()) / instance.server_name


def raw_client(instance: SingleInstance) -> socket.socket:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(str(socket_path(instance)))
    client.setblocking(False)
    return client


def test_a_second_claim_is_refused_and_its_request_reaches_the_first(qtbot, make, pool):
    first, second = make(), make()
    assert first.claim() is True
    assert first.lock_path.is_file()
    assert second.claim() is False, "a second QLockFile in the same live process must not get the lock"
    assert first.claim() is True, "claiming again is harmless"
    with qtbot.waitSignal(first.message_received, timeout=10000) as blocker:
        sent = pool.submit(second.send, START)
    assert blocker.args == [START]
    assert finished(qtbot, sent) is True


def test_send_with_nobody_listening_gives_up_within_the_timeout(make):
    alone = make()
    started = time.monotonic()
    assert alone.send(SHOW, timeout_ms=200) is False
    assert 0.1 <= time.monotonic() - started < 2.0


def test_send_refuses_what_the_protocol_cannot_carry(make):
    with pytest.raises(ValueError, match="command"):
        make().send({"routine": "cat-stretch"})
    with pytest.raises(ValueError, match="at most"):
        make().send({"command": "x" * MAX_LINE_BYTES})


def test_release_lets_the_next_start_claim(make):
    first = make()
    assert first.claim()
    if sys.platform != "win32":
        assert socket_path(first).exists()
    first.release()
    assert not socket_path(first).exists()
    assert make().claim() is True


def test_different_lock_folders_never_hear_each_other(qtbot, make, pool, tmp_path):
    here, there = make(tmp_path / "here"), make(tmp_path / "there")
    assert here.server_name != there.server_name
    assert here.claim() and there.claim(), "each folder has its own instance"
    heard_there: list[dict] = []
    there.message_received.connect(heard_there.append)
    with qtbot.waitSignal(here.message_received, timeout=10000) as blocker:
        sent = pool.submit(make(tmp_path / "here").send, SHOW)
    assert finished(qtbot, sent) is True
    qtbot.wait(50)
    assert blocker.args == [SHOW] and heard_there == []


def test_server_names_are_per_user_and_per_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # a desktop session sets it: see the next test
    name = server_name_for(tmp_path)
    assert name.startswith("backcoach-") and len(name) < 64
    assert name == server_name_for(tmp_path / "sub" / "..")
    assert name != server_name_for(tmp_path / "other")
    assert SingleInstance(tmp_path, name="chosen").server_name == "chosen"


def test_with_a_runtime_folder_the_socket_lives_in_it(tmp_path, monkeypatch):
    # A short folder of its own, as /run/user/UID is: pytest's tmp_path grows with every run
    # (pytest-of-USER/pytest-123/test_name0) and may pass the socket-path limit by itself.
    runtime = Path(tempfile.mkdtemp(prefix="run-"))
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        path = server_name_for(tmp_path / "lock")
        assert path.startswith(str(runtime) + os.sep + "backcoach-") and path.endswith(".socket")
        assert path != server_name_for(tmp_path / "other")
    finally:
        runtime.rmdir()


def test_a_runtime_folder_too_deep_for_a_socket_path_falls_back_to_a_plain_name(tmp_path, monkeypatch):
    runtime = tmp_path / ("d" * single_instance.MAX_SOCKET_PATH)
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert server_name_for(tmp_path / "lock").startswith("backcoach-")


def test_failing_to_listen_raises_and_lets_go_of_the_lock(make, tmp_path):
    unusable = str(tmp_path / "no-such-folder" / "socket") if sys.platform != "win32" else "bad\\|name"
    doomed = make(name=unusable)
    with pytest.raises(ListenError, match=r"no-such-folder|bad"):
        doomed.claim()
    assert make().claim() is True, "the lock was released"


def test_a_lock_folder_that_cannot_be_made_raises(make, tmp_path):
    (tmp_path / "a-file").write_text("")
    with pytest.raises(OSError):
        make(tmp_path / "a-file").claim()


@unix_only
@pytest.mark.slow
def test_the_lock_of_a_killed_instance_is_taken_over(qtbot, make, pool, tmp_path):
    lock_dir = tmp_path / "lock"
    code = ("import sys, time\nfrom pathlib import Path\nfrom PySide6.QtCore import QCoreApplication\n"
            "from coach.platform.single_instance import SingleInstance\n"
            "app = QCoreApplication([])\ninstance = SingleInstance(Path(sys.argv[1]))\n"
            "print(instance.claim(), flush=True)\ntime.sleep(60)\n")
    crashed = subprocess.Popen([sys.executable, "-c", code, str(lock_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert crashed.stdout is not None and crashed.stdout.readline().strip() == "True"
        assert make(lock_dir).claim() is False, "the lock of a live instance holds"
    finally:
        os.kill(crashed.pid, signal.SIGKILL)
        crashed.wait(timeout=10)
        crashed.stdout.close()
    heir = make(lock_dir)
    assert (lock_dir / "instance.lock").exists() and socket_path(heir).exists(), "the crash left both behind"
    assert heir.claim() is True
    with qtbot.waitSignal(heir.message_received, timeout=10000) as blocker:
        sent = pool.submit(make(lock_dir).send, SHOW)
    assert finished(qtbot, sent) is True and blocker.args == [SHOW]


@unix_only
def test_a_leftover_socket_without_a_lock_holder_is_cleared(qtbot, make):
    instance = make()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as leftover:
        leftover.bind(str(socket_path(instance)))  # bound, never listening, never removed
    assert socket_path(instance).exists()
    assert instance.claim() is True
    with qtbot.waitSignal(instance.message_received, timeout=10000):
        client = raw_client(instance)
        client.sendall(b'{"command": "show"}\n')
    assert reply_of(qtbot, client) == ACK


@unix_only
@pytest.mark.parametrize("line", [
    b"not json\n",
    b"[1, 2]\n",
    b'{"routine": "cat-stretch"}\n',
    b'{"command": 5}\n',
    b'"show"\n',
    b"\xff\xfe\n",
    b"[" * 30000 + b"\n",  # nested deeper than the JSON parser recurses
])
def test_a_malformed_line_is_refused_without_a_signal(qtbot, make, caplog, line):
    instance = make()
    assert instance.claim()
    with qtbot.assertNotEmitted(instance.message_received, wait=50):
        client = raw_client(instance)
        client.sendall(line)
        assert reply_of(qtbot, client) == REFUSAL
    assert "ignored a message" in caplog.text
    with qtbot.waitSignal(instance.message_received, timeout=10000) as blocker:
        client = raw_client(instance)
        client.sendall(b'{"command": "show"}\n')
    assert reply_of(qtbot, client) == ACK and blocker.args == [SHOW]


@unix_only
@pytest.mark.parametrize("ending", [b"", b"\n"])
def test_an_oversized_line_is_dropped_and_the_server_goes_on(qtbot, make, caplog, ending):
    instance = make()
    assert instance.claim()
    with qtbot.assertNotEmitted(instance.message_received, wait=50):
        client = raw_client(instance)
        client.sendall(b'{"command": "' + b"x" * MAX_LINE_BYTES + b'"}' + ending)
        assert reply_of(qtbot, client) == b"", "closed without an answer"
    assert "over 65536 bytes" in caplog.text
    with qtbot.waitSignal(instance.message_received, timeout=10000):
        client = raw_client(instance)
        client.sendall(b'{"command": "show"}\n')
    assert reply_of(qtbot, client) == ACK


@unix_only
def test_partial_lines_from_several_clients_are_put_together(qtbot, make):
    instance = make()
    assert instance.claim()
    heard: list[dict] = []
    instance.message_received.connect(heard.append)
    one, two = raw_client(instance), raw_client(instance)
    one.sendall(b'{"command": "st')
    two.sendall(b'{"command": "sh')
    qtbot.wait(30)
    assert heard == []
    two.sendall(b'ow"}\n')
    qtbot.waitUntil(lambda: len(heard) == 1)
    one.sendall(b'art", "routine": "cat-stretch"}\n')
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert heard == [SHOW, {"command": "start", "routine": "cat-stretch"}]
    assert reply_of(qtbot, one) == ACK and reply_of(qtbot, two) == ACK


@unix_only
def test_a_client_that_says_nothing_is_dropped(qtbot, make, caplog, monkeypatch):
    monkeypatch.setattr(single_instance, "IDLE_TIMEOUT_MS", 100)
    instance = make()
    assert instance.claim()
    silent = raw_client(instance)
    assert reply_of(qtbot, silent) == b""
    assert "said nothing in time" in caplog.text


CLAIMANT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from coach.platform.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
if instance.claim():
    print("claimed", flush=True)
    instance.message_received.connect(lambda message: (print("got", json.dumps(message), flush=True), app.quit()))
    QTimer.singleShot(20000, app.quit)
    app.exec()
else:
    print("lost", flush=True)
    print("sent" if instance.send({"command": "show"}, timeout_ms=10000) else "unsent", flush=True)
"""


@pytest.mark.slow
def test_two_starts_at_the_same_moment_end_with_one_instance(tmp_path):
    racers = [subprocess.Popen([sys.executable, "-c", CLAIMANT, str(tmp_path / "lock")], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for racer in racers:  # both are imported and waiting; then both claim at once
        assert racer.stdout is not None and racer.stdout.readline().strip() == "ready"
    for racer in racers:
        assert racer.stdin is not None
        racer.stdin.write("go\n")
        racer.stdin.flush()
    outputs = []
    for racer in racers:
        out, err = racer.communicate(timeout=30)
        assert racer.returncode == 0 and err == "", err
        outputs.append(out.split("\n")[:2])
    assert sorted(outputs) == [["claimed", 'got {"command": "show"}'], ["lost", "sent"]]
