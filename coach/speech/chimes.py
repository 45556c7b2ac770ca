"""Short chimes made from sine tones at first use: no sound files to ship or license.

hold_start rises, hold_end falls, exercise_done is a three-note arpeggio, tick
is a soft click for the last seconds of a rest, heard acknowledges a voice command.
"""

from __future__ import annotations

import math
import os
import struct
import wave
from pathlib import Path

SAMPLE_RATE = 22_050  # the same format espeak writes, so one audio sink plays both

# name -> notes as (frequency Hz, seconds, loudness 0-1)
CHIMES: dict[str, tuple[tuple[float, float, float], ...]] = {
    "hold_start": ((660.0, 0.11, 0.45), (880.0, 0.16, 0.45)),
    "hold_end": ((880.0, 0.11, 0.45), (660.0, 0.18, 0.45)),
    "exercise_done": ((523.3, 0.12, 0.4), (659.3, 0.12, 0.4), (784.0, 0.28, 0.4)),
    "tick": ((1200.0, 0.035, 0.18),),
    "heard": ((988.0, 0.06, 0.3), (1319.0, 0.1, 0.3)),  # a voice command was understood
}


def chime_path(folder: Path, name: str) -> Path:
    return folder / f"{name}.wav"


def ensure_chimes(folder: Path) -> dict[str, Path]:
    """Write any chime that is missing; return every chime's path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, notes in CHIMES.items():
        path = chime_path(folder, name)
        if not path.is_file():
            _write(path, _render(notes))
        paths[name] = path
    return paths


def _render(notes: tuple[tuple[float, float, float], ...]) -> bytes:
    samples: list[int] = []
    for frequency, seconds, loudness in notes:
        count = int(seconds * SAMPLE_RATE)
        attack, release = int(0.005 * SAMPLE_RATE), int(0.6 * count)
        for i in range(count):
            # A quick fade-in and a long fade-out: a bell, not a beep (and no clicks at the edges).
            envelope = min(1.0, i / attack) * (1.0 if i < count - release else (count - i) / release)
            value = loudness * envelope * math.sin(2 * math.pi * frequency * i / SAMPLE_RATE)
            samples.append(int(value * 32767))
    return struct.pack(f"<{len(samples)}h", *samples)


def _write(path: Path, frames: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with wave.open(str(temporary), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(frames)
    os.replace(temporary, path)
