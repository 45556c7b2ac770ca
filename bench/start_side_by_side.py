"""Start-up side by side: Back Coach, the empty PySide6 window (the floor) and Workrave, in one X server.

The quality bars (docs in BENCHMARKS.md §10): start to first window ≤ 1.4 ×
the floor, and resident memory ≤ the floor + 12 MB, both in the same run.
On a machine shared with other work, only a comparison made side by side
means anything, so every app is started in turn in the same Xvfb, under
the same private session bus and sound server (a PulseAudio with a null sink), with
the same private HOME and XDG folders (safety note read), the order rotating from run to run. Each start is
timed from just before the spawn to the moment a viewable top-level window
with the app's title exists (bench/desktop.py's event-driven watcher);
VmRSS is read at spawn + 3 s; then the app is ended and the next one
starts. One uncounted start of each warms the page cache and the bus.

Per run, Back Coach's time is divided by the floor's of the same run and
the floor's RSS subtracted from its RSS; the medians of those paired
figures, with their spread, are what the goals are judged by.

Apps: Back Coach (.venv/bin/backcoach, the home screen); the floor (an empty
1280×720 PySide6 QWidget); Workrave when installed (apt-get install workrave).
Python runs as it does on a person's machine: it caches the bytecode it
compiles (here under a private PYTHONPYCACHEPREFIX, written by the uncounted
first start), as every start after the first has it, and as a wheel install
has it from the start. `--from-source` adds Back Coach compiled from source at
each start (PYTHONDONTWRITEBYTECODE, the very first start after an install or
update). `--compare DIR` adds Back Coach imported from DIR (e.g. `git archive
COMMIT coach resources` unpacked there), to measure a change against the
commit before it. Also shown for Back Coach: which of QtMultimedia, OpenSSL's
libcrypto and SQLite are mapped at 3 s (all three are deferred).

Usage: uv run python bench/start_side_by_side.py [RUNS] [--compare DIR] [--from-source]   (default 9 runs)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import desktop  # noqa: E402
from machine import describe  # noqa: E402

VENV_PYTHON = str(ROOT / ".venv" / "bin" / "python")
BACKCOACH = str(ROOT / ".venv" / "bin" / "backcoach")
FLOOR_SCRIPT = ("import sys; from PySide6.QtWidgets import QApplication, QWidget; app = QApplication(sys.argv); "
                "w = QWidget(); w.setWindowTitle('floor-window'); w.resize(1280, 720); w.show(); app.exec()")
DEFERRED_LIBRARIES = ("multimedia", "libcrypto.", "sqlite")
FLOOR = "floor: empty PySide6 window"


class App:
    def __init__(self, name: str, command: list[str], title: str, env: dict[str, str] | None = None) -> None:
        self.name, self.command, self.title, self.env = name, command, title, env or {}


def start_once(app: App, env: dict[str, str], watcher: desktop.WindowWatcher) -> dict:
    """Spawn, time the first viewable window, read memory at spawn + 3 s, end it."""
    env = {key: value for key, value in dict(env, **app.env).items() if value is not None}
    started = time.monotonic()
    process = subprocess.Popen(app.command, env=env, cwd=env["HOME"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        seen, _ = watcher.wait_visible(app.title, 30, process)
        time.sleep(max(0.0, started + 3.0 - time.monotonic()))
        return {"visible": seen - started, **desktop.memory_kib(process.pid),
                "deferred": desktop.mapped_libraries(process.pid, DEFERRED_LIBRARIES)}
    finally:
        desktop.stop(process)
        while watcher.find(app.title) is not None:  # its window gone before the next app starts
            time.sleep(0.02)


def spread(values: list[float], digits: int = 3) -> str:
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("runs", nargs="?", type=int, default=9)
    parser.add_argument("--compare", metavar="DIR", help="also Back Coach with DIR first on PYTHONPATH")
    parser.add_argument("--from-source", action="store_true",
                        help="also Back Coach compiled from source at each start (no bytecode cache)")
    args = parser.parse_args()
    env = desktop.private_home()
    env.pop("DISPLAY", None)
    # Python's default: bytecode cached after the first start (a private folder, so the checkout stays clean).
    env["PYTHONDONTWRITEBYTECODE"] = ""
    env["PYTHONPYCACHEPREFIX"] = env["XDG_CACHE_HOME"] + "/pycache"
    apps = [App("Back Coach", [BACKCOACH], "Back Coach"), App(FLOOR, [VENV_PYTHON, "-c", FLOOR_SCRIPT], "floor-window")]
    if args.compare:
        apps.append(App(f"Back Coach from {args.compare}", [BACKCOACH], "Back Coach", {"PYTHONPATH": args.compare}))
    if args.from_source:
        apps.append(App("Back Coach, compiled from source", [BACKCOACH], "Back Coach",
                        {"PYTHONDONTWRITEBYTECODE": "1"}))
    if shutil.which("workrave"):
        apps.append(App("Workrave", ["workrave"], "Workrave"))
    else:
        print("Workrave is not installed (apt-get install workrave): left out")
    server = desktop.start_xvfb(env)
    bus = desktop.start_session_bus(env)
    sound = desktop.start_sound_server(env)  # as on a desktop: the home screen looks for a sound output
    if sound is None:
        print("pulseaudio is not installed: no sound server (the apps find no sound output)")
    watcher = desktop.WindowWatcher(env["DISPLAY"])
    print(describe())
    print(desktop.measured_source(env, VENV_PYTHON))
    if args.compare:
        print(desktop.measured_source(dict(env, PYTHONPATH=args.compare), VENV_PYTHON))
    results: dict[str, list[dict]] = {app.name: [] for app in apps}
    try:
        for app in apps:
            start_once(app, env, watcher)  # uncounted: page cache, bus services, first-run work, bytecode
        for run in range(args.runs):
            shift = run % len(apps)
            for app in apps[shift:] + apps[:shift]:
                results[app.name].append(start_once(app, env, watcher))
            print(f"run {run + 1}/{args.runs} done", file=sys.stderr)
    finally:
        watcher.close()
        desktop.stop_desktop(env, server, bus, sound)
    report(results, args.runs)


def report(results: dict[str, list[dict]], runs: int) -> None:
    floor = results[FLOOR]
    print(f"\nOne Xvfb and one session bus, apps in rotating order; medians of {runs} runs (min-max):")
    print(f"{'app':44} {'window visible s':>22} {'× floor':>18} {'VmRSS at 3 s MiB':>20} {'− floor MiB':>18}")
    for name, rows in results.items():
        times = [row["visible"] for row in rows]
        rss = [row["VmRSS"] / 1024 for row in rows]
        ratios = [row["visible"] / base["visible"] for row, base in zip(rows, floor, strict=True)]
        extra = [(row["VmRSS"] - base["VmRSS"]) / 1024 for row, base in zip(rows, floor, strict=True)]
        print(f"{name:44} {spread(times):>22} {spread(ratios, 2):>18} {spread(rss, 1):>20} {spread(extra, 1):>18}")
    print("\nGoals: × floor ≤ 1.40 and − floor ≤ 11.4 MiB (12 MB), each in the same run.")
    for name, rows in results.items():
        if name.startswith("Back Coach"):
            mapped = sorted(set().union(*(row["deferred"] for row in rows)))
            print(f"  {name}: QtMultimedia / libcrypto / SQLite mapped at 3 s: {', '.join(mapped) or 'none'}")


if __name__ == "__main__":
    main()
