"""How long the session logic takes: loading the routines, compiling, playing a whole session.

These run before the first window can show a routine, so they count toward
start-up. Usage: uv run python bench/domain.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import describe

from coach.domain.compiler import compile_timeline
from coach.domain.player import Player, PlayerState
from coach.domain.routine import Level
from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir

RUNS = 51


def median_ms(action) -> float:
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def play_whole_session(timeline) -> None:
    now = [0.0]
    player = Player(timeline, lambda: now[0])
    player.play()
    while player.state is PlayerState.RUNNING:
        now[0] = player.next_wakeup()
        player.poll()


def main() -> None:
    catalogue = load_catalogue(builtin_routines_dir(), None)
    routine = catalogue.routines["lower-back"]
    timeline = compile_timeline(routine, Level.STANDARD)
    print(describe())
    print(f"load built-in routines      {median_ms(lambda: load_catalogue(builtin_routines_dir(), None)):7.2f} ms")
    print(f"compile lower-back          {median_ms(lambda: compile_timeline(routine, Level.STANDARD)):7.2f} ms"
          f"  ({len(timeline)} segments)")
    print(f"play lower-back, fake clock {median_ms(lambda: play_whole_session(timeline)):7.2f} ms")
    print(f"(medians of {RUNS} runs)")


if __name__ == "__main__":
    main()
