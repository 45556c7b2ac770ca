"""``backcoach say`` and ``voices``: nothing to say, bad settings, and an engine that hangs, crashes or
has no sound output all end in one line and exit code 2, in bounded time (coach/speech/one_shot.py)."""

from __future__ import annotations

import sys
import time

import pytest

from coach.cli import main
from coach.speech import one_shot


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def fake_engine(monkeypatch, code: str) -> None:
    """The worker replaced by a Python one-liner; every deadline is short."""
    monkeypatch.setattr(one_shot, "default_worker_command", lambda: [sys.executable, "-c", code])
    monkeypatch.setattr(one_shot, "START_SECONDS", 1.0)
    monkeypatch.setattr(one_shot, "FILE_SECONDS", 0.0)
    monkeypatch.setattr(one_shot, "SPEAK_SECONDS", 0.0)


@pytest.mark.parametrize("text", ["", " ", "\n\t"])
def test_nothing_to_say(capsys, monkeypatch, text):
    fake_engine(monkeypatch, "raise SystemExit('the engine must not start')")
    for more in ((), ("--wav", "out.wav")):
        code, out, err = run(capsys, "say", text, *more)
        assert (code, out) == (2, "") and err.startswith("backcoach: nothing to say") and err.count("\n") == 1


@pytest.mark.parametrize("rate", ["0", "-5", "100000"])
def test_a_rate_out_of_range_is_refused(capsys, monkeypatch, rate):
    fake_engine(monkeypatch, "raise SystemExit('the engine must not start')")
    code, _out, err = run(capsys, "say", "hello", "--rate", rate)
    assert code == 2 and "--rate must be from 80 to 320" in err


HANGS = "import time; time.sleep(60)"
CRASHES = "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"


@pytest.mark.slow
@pytest.mark.parametrize("argv", [("say", "hello"), ("say", "hello", "--wav", "{tmp}/out.wav"), ("voices",)])
def test_a_hanging_engine_is_stopped_in_time(capsys, monkeypatch, tmp_path, argv):
    fake_engine(monkeypatch, HANGS)
    started = time.monotonic()
    code, out, err = run(capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert time.monotonic() - started < 5
    assert (code, out) == (2, "") and "did not finish within 1 s" in err and err.count("\n") == 1
    assert not (tmp_path / "out.wav").exists()


@pytest.mark.slow
@pytest.mark.parametrize("argv", [("say", "hello"), ("voices",)])
def test_a_crashing_engine_is_one_line(capsys, monkeypatch, argv):
    fake_engine(monkeypatch, CRASHES)
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "") and err == "backcoach: the speech engine crashed (SIGSEGV)\n"


@pytest.mark.slow
def test_no_sound_output_is_an_error_not_alsa_noise(capsys, monkeypatch):
    fake_engine(monkeypatch, "import sys\n"
                             "print('{\"op\": \"ready\", \"mode\": \"speak\"}', flush=True)\n"
                             "sys.stdin.readline()\n"
                             "print('ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default',"
                             " file=sys.stderr)\n"
                             "print('aplay: main:831: audio open error: No such file or directory', file=sys.stderr)\n"
                             "print('{\"op\": \"done\", \"id\": 1}', flush=True)\n")
    code, out, err = run(capsys, "say", "hello")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "no sound output could be opened" in err and "--wav FILE" in err
    assert "ALSA lib" not in err


@pytest.mark.slow
def test_an_unknown_voice_is_refused_with_the_real_engine(capsys, tmp_path):
    code, _out, err = run(capsys, "say", "hello", "--voice", "no-such-voice", "--wav", str(tmp_path / "out.wav"))
    assert code == 2 and 'unknown voice "no-such-voice"' in err
    assert not (tmp_path / "out.wav").exists()


@pytest.mark.slow
def test_the_real_engine_writes_a_wav(capsys, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    code, _out, err = run(capsys, "say", "hello", "--wav", str(tmp_path / "out.wav"))
    assert (code, err) == (0, "")
    assert (tmp_path / "out.wav").read_bytes()[:4] == b"RIFF"
    assert [p.name for p in tmp_path.iterdir()] == ["out.wav"]
