"""How the app starts its speech worker, from a checkout or install and from a PyInstaller build."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from coach import __version__
from coach.speech.synth_client import default_worker_command

FROZEN_ENTRY = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "entry.py"


def test_an_installed_app_runs_the_worker_module_with_its_python():
    assert default_worker_command() == [sys.executable, "-m", "coach.speech.synth_worker"]


def test_a_frozen_app_runs_itself_with_the_worker_flag(monkeypatch):
    # PyInstaller sets sys.frozen, and sys.executable is the app's own binary: there is no `-m`.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/backcoach/backcoach")
    assert default_worker_command() == ["/opt/backcoach/backcoach", "--speech-worker"]


def test_the_frozen_entry_hands_the_worker_flag_and_its_arguments_to_the_worker(tmp_path):
    wav = tmp_path / "hips.wav"
    request = json.dumps({"op": "synth", "id": 1, "text": "Lift your hips.", "path": str(wav)})
    result = subprocess.run([sys.executable, str(FROZEN_ENTRY), "--speech-worker", "--rate", "200", "file"],
                            input=request + "\n", capture_output=True, text=True, timeout=60, check=True)
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert replies == [{"op": "ready", "mode": "file"}, {"op": "done", "id": 1}]
    assert wav.stat().st_size > 1000


def test_the_frozen_entry_runs_the_command_line_otherwise():
    result = subprocess.run([sys.executable, str(FROZEN_ENTRY), "--version"], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == f"backcoach {__version__}"
