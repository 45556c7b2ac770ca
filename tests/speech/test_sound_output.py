"""Looking for a sound output: a sound server that answers is enough; otherwise QtMultimedia decides."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from coach.speech import sound_output, wav_player
from coach.speech.sound_output import server_sockets, sound_output_available, sound_server_answers


@pytest.fixture
def listening_socket(tmp_path: Path):
    path = tmp_path / "native"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    yield path
    server.close()


def test_a_server_listening_where_pulse_server_points_answers(listening_socket):
    assert sound_server_answers({"PULSE_SERVER": f"unix:{listening_socket}"}, "linux")
    assert sound_server_answers({"PULSE_SERVER": f"tcp:elsewhere {listening_socket}"}, "linux"), "a list: tried in turn"


def test_the_runtime_folder_is_where_a_desktop_session_has_it(tmp_path):
    (tmp_path / "pulse").mkdir()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "pulse" / "native"))
        server.listen(1)
        assert sound_server_answers({"XDG_RUNTIME_DIR": str(tmp_path)}, "linux")
    # The socket file is left behind by a server that is gone: nobody answers.
    assert not sound_server_answers({"XDG_RUNTIME_DIR": str(tmp_path)}, "linux")


def test_addresses_that_are_not_local_sockets_are_left_to_qt():
    assert server_sockets({"PULSE_SERVER": "tcp:192.168.1.2:4713"}) == []
    assert server_sockets({"PULSE_SERVER": "{0123abcd}unix:/run/user/1000/pulse/native"}) == [
        Path("/run/user/1000/pulse/native")]
    assert server_sockets({"XDG_RUNTIME_DIR": "/run/user/7"})[0] == Path("/run/user/7/pulse/native")


def test_other_systems_ask_qt(listening_socket):
    assert not sound_server_answers({"PULSE_SERVER": f"unix:{listening_socket}"}, "darwin")


@pytest.mark.parametrize("qt_answer", [True, False])
def test_with_no_server_qtmultimedia_decides(monkeypatch, tmp_path, qt_answer):
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody'}")
    monkeypatch.setattr(wav_player, "qt_lists_an_output", lambda: qt_answer)
    assert sound_output_available() is qt_answer


def test_a_server_that_answers_spares_loading_qtmultimedia(monkeypatch, listening_socket):
    monkeypatch.setenv("PULSE_SERVER", f"unix:{listening_socket}")
    asked = []
    monkeypatch.setattr(wav_player, "qt_lists_an_output", lambda: asked.append(1) or False)
    assert sound_output.sound_output_available() is True and asked == []
