"""Timer drift: how late a whole session ends, in real time, with the other core busy.

Compiles lower-back at standard (394 segments) and plays it with the app's
own SessionDriver(timeline, speed=20) in an offscreen QApplication
(QT_QPA_PLATFORM=offscreen, no window; the driver's 33 ms animation timer
runs, as it does for a visible window). A busy-loop child process
(multiprocessing, spawn) keeps the machine's other core at 100 % and is
killed after each run. time.monotonic() is read just before driver.start()
and in the slot connected to driver.finished, which quits the event loop.

  end error = actual − total_seconds / speed      (real ms; × speed = plan ms)

Every driver.segment_started is also timed against start + segment.start /
speed; the largest of those is the worst segment-start lateness. Each run
takes total_seconds / 20 ≈ 60 s of real time. Goal: end error ≤ 5 ms.

Usage: uv run python bench/timer_drift.py [RUNS] [SPEED]   (defaults 3 and 20)
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import describe

import coach
from coach.domain.compiler import compile_timeline
from coach.domain.routine import Level
from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir


def spin() -> None:
    """Keep one core busy until killed."""
    while True:
        pass


def one_run(app, timeline, speed: float) -> dict[str, float]:
    from coach.ui.session.session_driver import SessionDriver

    spinner = multiprocessing.get_context("spawn").Process(target=spin, daemon=True)
    spinner.start()
    time.sleep(1.0)  # let it get going (the spawned interpreter takes a moment to start)
    lateness: list[float] = []
    ended: list[float] = []
    driver = SessionDriver(timeline, speed=speed)
    started = 0.0

    def on_segment(segment) -> None:
        lateness.append(time.monotonic() - (started + segment.start / speed))

    def on_finished(_completed: bool) -> None:
        ended.append(time.monotonic())
        app.quit()

    driver.segment_started.connect(on_segment)
    driver.finished.connect(on_finished)
    try:
        started = time.monotonic()
        driver.start()
        app.exec()
    finally:
        spinner.kill()
        spinner.join()
        driver.deadline_timer.stop()
        driver.frame_timer.stop()
        driver.deleteLater()
    if not ended or len(lateness) != len(timeline):
        raise RuntimeError(f"the session did not play through ({len(lateness)} of {len(timeline)} segments)")
    error = ended[0] - started - timeline.total_seconds / speed
    return {"end": error * 1000, "worst segment": max(lateness) * 1000,
            "median segment": statistics.median(lateness) * 1000}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    speed = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    routine = load_catalogue(builtin_routines_dir(), None).routines["lower-back"]
    timeline = compile_timeline(routine, Level.STANDARD)
    print(describe())
    print("coach imported from", Path(coach.__file__).parent.parent, coach.__version__)
    print(f"lower-back, standard: {len(timeline)} segments, {timeline.total_seconds:.1f} s planned, "
          f"played at speed {speed:g} = {timeline.total_seconds / speed:.1f} s real per run; other core busy")
    results: dict[str, list[float]] = {}
    for run in range(runs):
        for key, value in one_run(app, timeline, speed).items():
            results.setdefault(key, []).append(value)
        print(f"run {run + 1}/{runs}: end error {results['end'][-1]:+.2f} ms real, "
              f"worst segment start {results['worst segment'][-1]:+.2f} ms", file=sys.stderr)
    print(f"\nMedians of {runs} runs (all runs in brackets); positive = late:")
    for key, label in (("end", "end of session"), ("worst segment", "worst segment start"),
                       ("median segment", "median segment start")):
        values = results[key]
        median = statistics.median(values)
        print(f"  {label:22} {median:+8.2f} ms real  {median * speed:+9.1f} ms plan   "
              f"[{', '.join(f'{v:+.2f}' for v in values)}]")
    met = abs(statistics.median(results["end"])) <= 5
    print(f"goal: end of session within 5 ms real: {'met' if met else 'missed'}")


if __name__ == "__main__":
    main()
