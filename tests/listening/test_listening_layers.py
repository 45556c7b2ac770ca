"""The listening rules and recogniser stay free of Qt; the app loads none of it until a session listens."""

from __future__ import annotations

import subprocess
import sys

QT_FREE = ["coach.listening.commands", "coach.listening.gate", "coach.listening.recogniser", "coach.listening.worker"]


def loaded_after(code: str, prefixes: tuple[str, ...]) -> str:
    script = f"import sys\n{code}\nprint(sorted(m for m in sys.modules if m.startswith({prefixes!r})))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.strip()


def test_the_rules_recogniser_and_worker_load_no_qt():
    assert loaded_after("\n".join(f"import {name}" for name in QT_FREE), ("PySide6", "shiboken6")) == "[]"


def test_the_first_screen_loads_no_microphone_and_no_recogniser():
    code = "import coach.ui.app"
    assert loaded_after(code, ("pocketsphinx", "coach.listening.microphone", "coach.listening.service",
                               "PySide6.QtMultimedia")) == "[]"


def test_the_window_s_side_of_listening_loads_no_numpy():
    """Only the recogniser (in its worker process) takes the room's noise out with numpy; the window's process imports
    the client and the microphone, which read the recogniser's sample rate."""
    code = "import coach.listening.client, coach.listening.microphone"
    assert loaded_after(code, ("numpy", "pocketsphinx", "coach.listening.denoise")) == "[]"
