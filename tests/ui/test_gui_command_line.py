"""The window from the command line: --start, --speed, --exit-when-done, snapshot, and clear refusals."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from coach.cli import main

pytestmark = pytest.mark.slow


def backcoach(*args, env=None, timeout=60):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "coach", *args], capture_output=True, text=True,
                          timeout=timeout, env=environment)


def test_a_sped_up_session_runs_to_the_end_and_exits_0():
    result = backcoach("--start", "cat-stretch", "--level", "gentle", "--speed", "100", "--exit-when-done")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--start", "handstand"], 'unknown routine "handstand"; available: cat-stretch, lower-back'),
    (["--start", "cat-stretch", "--level", "hard"], 'unknown level "hard"'),
    (["--speed", "0"], "--speed must be above 0"),
])
def test_bad_options_are_one_line_and_exit_2_before_any_window(capsys, args, message):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.splitlines()) == 1


def test_no_display_is_a_plain_message_not_a_core_dump():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "coach"], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2
    assert "no display to open a window on" in result.stderr


def test_snapshot_renders_the_moment_asked_for(tmp_path, qapp):
    start, middle = tmp_path / "start.png", tmp_path / "middle.png"
    assert main(["snapshot", "lower-back", "--segment", "51", "--png", str(start)]) == 0
    assert main(["snapshot", "lower-back", "--segment", "51", "--progress", "0.5", "--size", "800x600",
                 "--theme", "dark", "--png", str(middle)]) == 0
    first, second = QImage(str(start)), QImage(str(middle))
    assert (first.width(), first.height()) == (1280, 720)
    assert (second.width(), second.height()) == (800, 600)
    colours = {first.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 720, 16)}
    assert len(colours) > 3, "not a blank picture"
    assert first.pixelColor(2, 2).lightness() > 200 and second.pixelColor(2, 2).lightness() < 50


@pytest.mark.parametrize(("args", "message"), [
    (["--segment", "9999"], "--segment must be from 0 to"),
    (["--segment", "1", "--progress", "1.5"], "--progress must be from 0.0 to 1.0"),
    (["--segment", "1", "--size", "huge"], "--size must look like 1280x720"),
])
def test_snapshot_refuses_bad_arguments_plainly(capsys, tmp_path, args, message):
    assert main(["snapshot", "cat-stretch", *args, "--png", str(tmp_path / "x.png")]) == 2
    assert message in capsys.readouterr().err
