"""The standalone build against the venv: size, time to the first window, --version and a sped-up session.

Build first (bash packaging/pyinstaller/build_linux.sh), then:

    uv run python packaging/pyinstaller/bench_bundle.py [RUNS]   (default 3; medians)

The window is timed exactly as bench/startup.py times it (its measure(): a
fresh Xvfb each run, spawn to the first viewable window titled "Back Coach",
VmRSS at spawn + 3 s, the "cold" state), for the frozen build and for
.venv/bin/backcoach, alternating which goes first. `--version` and
`--start cat-stretch --speed 50 --exit-when-done` (offscreen) are timed
from spawn to exit.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import desktop  # noqa: E402
import startup  # noqa: E402
from machine import describe  # noqa: E402

FROZEN = ROOT / "build" / "pyinstaller" / "dist" / "backcoach" / "backcoach"
APPS = (startup.App("standalone build", [str(FROZEN)], "Back Coach"),
        startup.App(".venv/bin/backcoach", [startup.BACKCOACH], "Back Coach"))
SESSION = ["--start", "cat-stretch", "--speed", "50", "--exit-when-done"]


def folder_mib(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 2**20


def seconds_to_exit(command: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run(command, env=env, cwd=env["HOME"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True, timeout=120)
    return time.monotonic() - started


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if not FROZEN.is_file():
        raise SystemExit(f"no build at {FROZEN}: run packaging/pyinstaller/build_linux.sh first")
    env = desktop.private_home()
    env.pop("DISPLAY", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # the venv as `uv sync` leaves it, as bench/startup.py does
    bus = desktop.start_session_bus(env)
    address = env["DBUS_SESSION_BUS_ADDRESS"]
    offscreen = dict(env, QT_QPA_PLATFORM="offscreen")
    try:
        print(describe())
        bundle = FROZEN.parent
        print(f"standalone build: {folder_mib(bundle):.1f} MiB in {sum(1 for p in bundle.rglob('*') if p.is_file())}"
              f" files ({folder_mib(bundle / '_internal' / 'PySide6'):.1f} MiB of it PySide6/)")
        for app in APPS:
            startup.measure(app, env, warm=False)  # uncounted: page cache, first-run files
        results: dict[str, dict[str, list[float]]] = {app.name: {} for app in APPS}
        for run in range(runs):
            for app in APPS if run % 2 == 0 else APPS[::-1]:
                window = startup.measure(app, env, warm=False)
                timings = results[app.name]
                timings.setdefault("window visible (s)", []).append(window["visible"])
                timings.setdefault("VmRSS at 3 s (MiB)", []).append(window["VmRSS"] / 1024)
                timings.setdefault("--version (s)", []).append(seconds_to_exit([*app.command, "--version"], env))
                timings.setdefault("sped-up cat-stretch (s)", []).append(
                    seconds_to_exit([*app.command, *SESSION], offscreen))
            print(f"run {run + 1}/{runs} done", file=sys.stderr)
        print(f"\nMedians of {runs} runs (min-max):")
        for name, timings in results.items():
            print(f"  {name}:")
            for what, values in timings.items():
                print(f"    {what:26} {statistics.median(values):7.3f}  ({min(values):.3f}-{max(values):.3f})")
    finally:
        for pid in desktop.bus_services(address):
            desktop.stop_pid(pid)
        desktop.stop(bus)


if __name__ == "__main__":
    os.environ.pop("PULSE_SERVER", None)  # no sound server: the session runs with captions, as in CI
    main()
