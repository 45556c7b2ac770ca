"""Listening test set-up: short recordings made at test time with Flite (Debian package flite) and sox.

No audio is committed: a phrase takes Flite a few milliseconds to say. The full corpus and its
measures are bench/listening_corpus.py and bench/listening_accuracy.py.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

RATE = 16_000


@pytest.fixture(scope="session")
def spoken(tmp_path_factory) -> Callable[..., Path]:
    """spoken(text, voice="slt") -> a 16 kHz mono WAV of the text, with silence before and after."""
    for tool in ("flite", "sox"):
        assert shutil.which(tool), f"listening tests need {tool}: apt-get install flite sox"
    folder = tmp_path_factory.mktemp("spoken")

    def make(text: str, voice: str = "slt", lead: float = 0.5, tail: float = 0.8) -> Path:
        out = folder / f"{voice}-{lead}-{tail}-{text.replace(' ', '_').replace(',', '')}.wav"
        if not out.exists():
            raw = folder / "raw.wav"
            subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True, capture_output=True)
            # -R: sox's dither is random unless asked not to be, and a command on the edge of being heard
            # must not pass one run and fail the next.
            subprocess.run(["sox", "-R", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), "norm", "-6",
                            "pad", str(lead), str(tail)], check=True, capture_output=True)
        return out

    return make


def pcm_of(path: Path) -> bytes:
    import wave

    with wave.open(str(path), "rb") as wav:
        return wav.readframes(wav.getnframes())
