"""Session CPU: how much of one core the session screen costs at chosen moments, this tree against another.

Each moment (bridge reps, a knee-to-chest hold, a rest, a side switch) runs in
its own fresh Xvfb: a small driver builds the app as coach.ui.app does (its
QApplication from coach.ui.app.application, the real app's style and garbage
collector; no voice, no pain check), shows the window at the size asked, starts
lower-back at that moment's segment and runs the event loop. After 3 s it
reads utime+stime of the driver and of the X server from /proc/PID/stat over
the measuring time. With --compare REV the same is done for the code at git
revision REV (checked out into a temporary worktree and put first on
PYTHONPATH, with this checkout's .venv), alternating, so both share the
machine's state. Clock ticks are 1/100 s.

--breakdown shows where the floor is: this tree also runs, alternating with the others, with the
figure held still (each phase's first step, so it never animates) and with the figure drawn
without antialiasing (the app never does that: it shows what the rasteriser costs). The
difference to the normal run is what the moving figure costs, and how much of that is Qt's
antialiased filling. The variants are made in the driver, not in the app.

--wakes also counts, over the same measuring time, the app's timer events and window update requests a
second, and the time between the moving figure's repaints (its steps; gaps over a second, a still figure,
left out). The counting is a Python event filter on the whole app, which itself costs a little CPU: compare
runs of one kind only.

Usage: uv run python bench/session_cpu.py [--runs N] [--seconds S] [--settle S] [--size WxH] [--moments M,...]
       [--compare REV] [--breakdown] [--wakes] [--display N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import desktop  # noqa: E402
from machine import describe  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
SETTLE_SECONDS = 3.0

# Where each moment starts in lower-back at the standard level (backcoach plan lower-back).
MOMENTS = {"bridge reps": "bridge:move:1", "knee-to-chest hold": "knee-to-chest:hold:1",
           "rest": "bridge:rest:1", "side switch": "side-leg-lift:switch:1"}

DRIVER = """
import sys
import time
from dataclasses import replace
from coach.ui.app import application, build
app = application()
variant = sys.argv[3] if len(sys.argv) > 3 else "normal"
if variant == "still figure":
    from coach.domain.figure_track import FigureTrack
    FigureTrack.moves = lambda self, segment: False
elif variant == "no antialiasing":
    from PySide6.QtGui import QPainter
    from coach.ui.widgets import figure_view
    paint_body = figure_view._paint_body
    def without_antialiasing(painter, *args, **kwargs):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        return paint_body(painter, *args, **kwargs)
    figure_view._paint_body = without_antialiasing
from coach.domain.routine_loader import load_catalogue
from coach.domain.compiler import compile_timeline
from coach.domain.routine import Level
from coach.resources import builtin_routines_dir
from coach.storage.settings import Settings
exercise, kind, nth = sys.argv[1].split(":")
width, height = (int(v) for v in sys.argv[2].split("x"))
catalogue = load_catalogue(builtin_routines_dir(), None)
timeline = compile_timeline(catalogue.routines["lower-back"], Level.STANDARD)
matches = [s.index for s in timeline.segments if s.exercise == exercise and s.kind.value == kind]
settings = Settings()
settings = replace(settings, coach=replace(settings.coach, ask_pain_before=False, ask_pain_after=False))
window, controller = build(catalogue, settings=settings)
window.resize(width, height)
window.show()
controller.runner.start("lower-back", Level.STANDARD, first_segment=matches[int(nth) - 1])
if len(sys.argv) > 4:  # --wakes: count from the settle time to its end, then print what was counted
    from PySide6.QtCore import QEvent, QObject, QTimer
    from coach.ui.widgets.figure_view import FigureView
    settle, seconds = (float(v) for v in sys.argv[4].split(","))
    TIMER, UPDATE, PAINT = QEvent.Type.Timer, QEvent.Type.UpdateRequest, QEvent.Type.Paint
    class Counter(QObject):
        timers = updates = 0
        steps = []
        def eventFilter(self, watched, event):
            kind = event.type()
            if kind == TIMER:
                self.timers += 1
            elif kind == UPDATE:
                self.updates += 1
            elif kind == PAINT and isinstance(watched, FigureView):
                self.steps.append(time.monotonic())
            return False
        def restart(self):
            self.timers = self.updates = 0
            self.steps = []
        def report(self):
            gaps = [round(1000 * (b - a), 1) for a, b in zip(self.steps, self.steps[1:]) if b - a < 1.0]
            print("counted", self.timers / seconds, self.updates / seconds, *gaps, flush=True)
    counter = Counter()
    app.installEventFilter(counter)
    QTimer.singleShot(round(settle * 1000), counter.restart)
    QTimer.singleShot(round((settle + seconds) * 1000), counter.report)
print("ready", flush=True)
app.exec()
"""


VARIANTS = ("still figure", "no antialiasing")


class Run(NamedTuple):
    app: float  # % of one core
    server: float
    timers: float = 0.0  # timer events a second (--wakes)
    updates: float = 0.0  # window update requests a second (--wakes)
    steps: tuple[float, ...] = ()  # ms between the moving figure's repaints (--wakes)


def one_run(env: dict[str, str], tree: Path, moment: str, size: str, seconds: float,
            settle: float = SETTLE_SECONDS, variant: str = "normal", wakes: bool = False,
            display: int | None = None) -> Run:
    env = dict(env)
    server = desktop.start_xvfb(env, display)
    env["PYTHONPATH"] = str(tree)
    env["QT_QPA_PLATFORM"] = "xcb"
    counting = [f"{settle},{seconds}"] if wakes else []
    driver = subprocess.Popen([PYTHON, "-c", DRIVER, MOMENTS[moment], size, variant, *counting], env=env,
                              cwd=env["HOME"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert driver.stdout is not None
        if driver.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the driver for {tree} did not start ({driver.poll()})")
        time.sleep(settle)
        before = desktop.cpu_seconds(driver.pid), desktop.cpu_seconds(server.pid)
        started = time.monotonic()
        time.sleep(seconds)
        elapsed = time.monotonic() - started
        after = desktop.cpu_seconds(driver.pid), desktop.cpu_seconds(server.pid)
        run = Run(100 * (after[0] - before[0]) / elapsed, 100 * (after[1] - before[1]) / elapsed)
        if wakes:
            counted = driver.stdout.readline().split()
            if not counted or counted[0] != "counted":
                raise RuntimeError(f"the driver for {tree} counted nothing ({driver.poll()})")
            numbers = [float(v) for v in counted[1:]]
            run = run._replace(timers=numbers[0], updates=numbers[1], steps=tuple(numbers[2:]))
        return run
    finally:
        desktop.stop(driver)
        desktop.stop(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--compare", metavar="REV", help="also measure the code at this git revision")
    parser.add_argument("--settle", type=float, default=SETTLE_SECONDS,
                        help="seconds before measuring; past the first rep (12 s or more), the figure's frames "
                             "are all drawn once and the steady state shows")
    parser.add_argument("--moments", default=",".join(MOMENTS), help="which, comma-separated: " + ", ".join(MOMENTS))
    parser.add_argument("--breakdown", action="store_true",
                        help="also run this tree with the figure held still and drawn without antialiasing")
    parser.add_argument("--wakes", action="store_true",
                        help="also count timer events, update requests and the figure's steps (costs a little CPU)")
    parser.add_argument("--display", type=int, help="the Xvfb display number to use (default: the first free one)")
    args = parser.parse_args()
    env = desktop.private_home()
    env.pop("DISPLAY", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    print(describe())
    moments = [m.strip() for m in args.moments.split(",")]
    unknown = [m for m in moments if m not in MOMENTS]
    if unknown:
        parser.error(f"unknown moment(s) {', '.join(unknown)}; known: {', '.join(MOMENTS)}")
    runs = [("this tree", ROOT, "normal")]
    if args.breakdown:
        runs += [(variant, ROOT, variant) for variant in VARIANTS]
    with tempfile.TemporaryDirectory() as scratch:
        if args.compare:
            other = Path(scratch) / "compare"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(other), args.compare],
                           check=True)
            runs.append((args.compare, other, "normal"))
        try:
            samples: dict[tuple[str, str], list[Run]] = {}
            for run in range(args.runs):
                for moment in moments:
                    for name, tree, variant in runs:
                        samples.setdefault((name, moment), []).append(
                            one_run(env, tree, moment, args.size, args.seconds, args.settle, variant, args.wakes,
                                    args.display))
                print(f"run {run + 1}/{args.runs} done", file=sys.stderr)
        finally:
            if args.compare:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=False)
    print(f"\n% of one core at {args.size} over {args.seconds:g} s after {args.settle:g} s, "
          f"medians of {args.runs} runs (app runs in brackets):")
    print(f"{'code':16} {'moment':20} {'app':>7} {'Xvfb':>7}")
    samples = dict(sorted(samples.items(), key=lambda item: item[0][1]))  # grouped by moment
    for (name, moment), values in samples.items():
        app = [v.app for v in values]
        server = [v.server for v in values]
        print(f"{name:16} {moment:20} {statistics.median(app):6.2f}% {statistics.median(server):6.2f}%   "
              f"[{', '.join(f'{v:.2f}' for v in app)}]")
    if args.wakes:
        print("\nA second, medians of the runs; ms between the moving figure's steps, all runs together:")
        print(f"{'code':16} {'moment':20} {'timers':>7} {'updates':>8} {'steps':>6} "
              f"{'median':>7} {'p95':>6} {'max':>6}")
        for (name, moment), values in samples.items():
            steps = sorted(step for v in values for step in v.steps)
            spread = (f"{statistics.median(steps):7.0f} {steps[int(0.95 * (len(steps) - 1))]:6.0f} {steps[-1]:6.0f}"
                      if steps else f"{'-':>7} {'-':>6} {'-':>6}")
            print(f"{name:16} {moment:20} {statistics.median(v.timers for v in values):7.1f} "
                  f"{statistics.median(v.updates for v in values):8.1f} {len(steps):6} {spread}")


if __name__ == "__main__":
    main()
