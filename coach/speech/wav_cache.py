"""Synthesised phrases on disk, keyed by voice, rate and text, so each is made once."""

from __future__ import annotations

import wave
from pathlib import Path

from coach.digest import sha256_hex

CACHE_VERSION = "1"  # bump when the way phrases are synthesised changes


class WavCache:
    """Where the WAV of a phrase lives, and whether it is already there.

    Attributes:
        folder: the cache folder (platformdirs' user cache dir + "/speech").
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, text: str, voice: str | None, rate: int) -> Path:
        key = sha256_hex("\x1f".join((CACHE_VERSION, voice or "", str(rate), text)).encode())
        return self.folder / key[:2] / f"{key}.wav"

    def has(self, text: str, voice: str | None, rate: int) -> bool:
        return is_playable_wav(self.path_for(text, voice, rate))

    def size_bytes(self) -> int:
        if not self.folder.is_dir():
            return 0
        return sum(p.stat().st_size for p in self.folder.rglob("*.wav") if p.is_file())


def is_playable_wav(path: Path) -> bool:
    """A readable PCM WAV with at least one frame (a crash mid-write leaves no such file)."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() > 0 and wav.getsampwidth() == 2
    except (OSError, EOFError, wave.Error):
        return False


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / float(wav.getframerate())
