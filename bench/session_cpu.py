"""Session CPU: how much of one core the session screen costs at chosen moments, this tree against another.

Each moment (bridge reps, a knee-to-chest hold, a rest, a side switch) runs in
its own fresh Xvfb: a small driver builds the app as coach.ui.app does
(no voice, no pain check), shows the window at the size asked, starts
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

Usage: uv run python bench/session_cpu.py [--runs N] [--seconds S] [--settle S] [--size WxH] [--moments M,...]
       [--compare REV] [--breakdown]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
from dataclasses import replace
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
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
from coach.ui.app import build
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
print("ready", flush=True)
app.exec()
"""


VARIANTS = ("still figure", "no antialiasing")


def one_run(env: dict[str, str], tree: Path, moment: str, size: str, seconds: float,
            settle: float = SETTLE_SECONDS, variant: str = "normal") -> tuple[float, float]:
    env = dict(env)
    server = desktop.start_xvfb(env)
    env["PYTHONPATH"] = str(tree)
    env["QT_QPA_PLATFORM"] = "xcb"
    driver = subprocess.Popen([PYTHON, "-c", DRIVER, MOMENTS[moment], size, variant], env=env, cwd=env["HOME"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
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
        return 100 * (after[0] - before[0]) / elapsed, 100 * (after[1] - before[1]) / elapsed
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
            samples: dict[tuple[str, str], list[tuple[float, float]]] = {}
            for run in range(args.runs):
                for moment in moments:
                    for name, tree, variant in runs:
                        samples.setdefault((name, moment), []).append(
                            one_run(env, tree, moment, args.size, args.seconds, args.settle, variant))
                print(f"run {run + 1}/{args.runs} done", file=sys.stderr)
        finally:
            if args.compare:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=False)
    print(f"\n% of one core at {args.size} over {args.seconds:g} s after {args.settle:g} s, "
          f"medians of {args.runs} runs (app runs in brackets):")
    print(f"{'code':16} {'moment':20} {'app':>7} {'Xvfb':>7}")
    samples = dict(sorted(samples.items(), key=lambda item: item[0][1]))  # grouped by moment
    for (name, moment), values in samples.items():
        app = [v[0] for v in values]
        server = [v[1] for v in values]
        print(f"{name:16} {moment:20} {statistics.median(app):6.2f}% {statistics.median(server):6.2f}%   "
              f"[{', '.join(f'{v:.2f}' for v in app)}]")


if __name__ == "__main__":
    main()
