"""Idle CPU: how much of one core Back Coach uses while a session counts down, while paused, and on the home screen.

Under a fresh Xvfb (bench/desktop.py; a private XDG home whose settings
have the safety note read and the pain checks off, so `--start` goes
straight to the session instead of asking for a pain rating first) it
starts .venv/bin/backcoach --start lower-back, waits for the session
window, waits 3 s, and reads utime+stime from /proc/PID/stat over
20 s while the countdown ring animates. Then it presses Space in the window
(xdotool windowfocus, then key --window WID space: with no window manager
the window has no focus and ignores the key otherwise; apt-get install
xdotool), waits 1 s and measures 20 s more: paused, no timer should run
(goal 0 %); a paused figure near the running one means the key was lost,
and the script says so. Separately,
plain `backcoach` (home screen) over 20 s. Also shown: the app with every
helper process it started (e.g. a voice worker), and the X server, which
pays for drawing 30 frames a second too.
Clock ticks are 1/100 s, so 20 s resolves 0.05 % of a core.

Usage: uv run python bench/idle_cpu.py [RUNS]   (default 3)
"""

from __future__ import annotations

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

BACKCOACH = str(ROOT / ".venv" / "bin" / "backcoach")
SETTLE_SECONDS = 3.0
MEASURE_SECONDS = 20.0
# `--start` shows the pain check first unless it is switched off; nobody answers it here.
SETTINGS = """[first_run]
safety_note_read = 2026-01-01T00:00:00Z

[coach]
ask_pain_before = false
ask_pain_after = false
"""


def session_home() -> dict[str, str]:
    """A private home (bench/desktop.py) whose settings go straight from --start to the session."""
    env = desktop.private_home()
    (Path(env["XDG_CONFIG_HOME"]) / "backcoach" / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    return env


def percent(readers: list, seconds: float) -> list[float]:
    """Percent of one core each CPU reader's process(es) used over the next ``seconds`` of wall time."""
    before = [read() for read in readers]
    started = time.monotonic()
    time.sleep(seconds)
    elapsed = time.monotonic() - started
    return [100 * (read() - cpu) / elapsed for read, cpu in zip(readers, before, strict=True)]


def one_run(env: dict[str, str], session: bool) -> dict[str, float]:
    env = dict(env)
    server = desktop.start_xvfb(env)
    watcher = desktop.WindowWatcher(env["DISPLAY"])
    command = [BACKCOACH, "--start", "lower-back"] if session else [BACKCOACH]
    title = "Lower-back routine — Back Coach" if session else "Back Coach"
    app = subprocess.Popen(command, env=env, cwd=env["HOME"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _, window = watcher.wait_visible(title, 20, app)
        time.sleep(SETTLE_SECONDS)
        readers = [lambda: desktop.cpu_seconds(app.pid), lambda: desktop.tree_cpu_seconds(app.pid),
                   lambda: desktop.cpu_seconds(server.pid)]
        label = "running" if session else "home"
        result = dict(zip((f"app {label}", f"tree {label}", f"X {label}"), percent(readers, MEASURE_SECONDS),
                              strict=True))
        if session:
            # With no window manager nobody gives the window focus, and Qt ignores keys sent to an
            # unfocused window (they would not pause it): focus it first, then send the key.
            for xdotool in (["windowfocus", "--sync"], ["key", "--window"]):
                subprocess.run(["xdotool", *xdotool, str(window), *(["space"] if xdotool[0] == "key" else [])],
                               env=env, check=True, stderr=subprocess.DEVNULL)
            time.sleep(1.0)
            result.update(zip(("app paused", "tree paused", "X paused"), percent(readers, MEASURE_SECONDS),
                                  strict=True))
        if app.poll() is not None:
            raise RuntimeError(f"backcoach exited early ({app.returncode})")
        return result
    finally:
        desktop.stop(app)
        watcher.close()
        desktop.stop(server)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    env = session_home()
    env.pop("DISPLAY", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # Back Coach needs no session bus; don't reach the caller's
    print(describe())
    print(desktop.measured_source(env, sys.executable))
    samples: dict[str, list[float]] = {}
    for run in range(runs):
        for session in (True, False):
            for key, value in one_run(env, session).items():
                samples.setdefault(key, []).append(value)
        print(f"run {run + 1}/{runs} done", file=sys.stderr)
    print(f"\n% of one core over {MEASURE_SECONDS:g} s, medians of {runs} runs (all runs in brackets):")
    print(f"{'state':34} {'backcoach':>9} {'+helpers':>9} {'Xvfb':>7}")
    for label, key in (("session, countdown running", "running"), ("session, paused (Space)", "paused"),
                       ("home screen, no session", "home")):
        app, tree, server = samples[f"app {key}"], samples[f"tree {key}"], samples[f"X {key}"]
        print(f"{label:34} {statistics.median(app):8.2f}% {statistics.median(tree):8.2f}% "
              f"{statistics.median(server):6.2f}%   "
              f"[{', '.join(f'{v:.2f}' for v in app)}]")
    if max(samples["app paused"]) > 0.5 * statistics.median(samples["app running"]):
        print("WARNING: a paused run used over half the running CPU: the Space key was probably not received")


if __name__ == "__main__":
    main()
