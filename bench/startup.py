"""Start-up: time to the first visible window, and memory 3 s after start, Back Coach beside Workrave.

Back Coach is started as the venv's own script (.venv/bin/backcoach, the
plain home screen, safety note already read), so uv's start-up is not
counted; one lever row shows `uv run --no-sync backcoach` for comparison.
Workrave is Debian's `workrave` package (apt-get install workrave), as it
starts by default and with GDK_GL=disable (GTK then skips its GLX probe).

Each measurement gets a fresh Xvfb. "cold": the app is the only program
with windows on it; "warm": an xterm is already connected and showing
before the app starts. The clock runs from just before the process is
spawned to the moment a viewable top-level window with the app's title
exists (bench/desktop.py's watcher, event-driven, the same for both apps;
xdotool search --sync polls only every 0.5 s, too coarse here). Memory is
VmRSS (and its RssAnon and RssFile parts) from /proc/PID/status at spawn
+ 3 s, of the process started; neither app forks, but the session bus
starts helper services on an app's behalf (listed, not counted). Both apps
share one private session bus for the run; one uncounted start of each
warms it and the page cache. Apps alternate which goes first.

Python runs as `uv sync` leaves it here: PYTHONDONTWRITEBYTECODE=1, so no
.pyc for coach/ and platformdirs. Levers (warm only, same runs): GL off
(QT_XCB_GL_INTEGRATION=none + QT_QUICK_BACKEND=software; the GL/Mesa
libraries each variant maps are listed), bytecode cached (a private
PYTHONPYCACHEPREFIX), `uv run --no-sync backcoach`, and two floors: an
empty PySide6 QWidget and an empty Tk window. Then `python -X importtime
-c "import coach.ui.app"` (top 10 by cumulative time) and the time of each
start-up step inside the process, medians of 5 each.

Usage: uv run python bench/startup.py [RUNS]   (default 7)
"""

from __future__ import annotations

import collections
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
GL_WORDS = ("libgl.", "libglx", "libgldispatch", "libegl", "glapi", "llvm", "_dri", "mesa", "gallium")
NO_GL = {"QT_XCB_GL_INTEGRATION": "none", "QT_QUICK_BACKEND": "software"}


class App:
    def __init__(self, name: str, command: list[str], title: str, env: dict[str, str] | None = None) -> None:
        self.name, self.command, self.title, self.env = name, command, title, env or {}


BACK_COACH = App("Back Coach", [BACKCOACH], "Back Coach")
WORKRAVE = App("Workrave", ["workrave"], "Workrave")
# GTK 3 probes GLX for its visuals at start-up; on Xvfb that loads Mesa's llvmpipe (libLLVM, ~43 MiB).
WORKRAVE_NO_GL = App("Workrave, GDK_GL=disable", ["workrave"], "Workrave", {"GDK_GL": "disable"})
FLOOR = ("import sys; from PySide6.QtWidgets import QApplication, QWidget; app = QApplication(sys.argv); "
         "w = QWidget(); w.setWindowTitle('floor-window'); w.resize(1280, 720); w.show(); app.exec()")

TK_FLOOR = "import tkinter; r = tkinter.Tk(); r.title('tk-floor-window'); r.geometry('1280x720'); r.mainloop()"


def levers(pycache: str) -> list[App]:
    return [App("Back Coach, GL integration none", [BACKCOACH], "Back Coach", NO_GL),
            App("Back Coach, bytecode cached", [BACKCOACH], "Back Coach",
                {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": pycache}),
            App("Back Coach via uv run --no-sync", ["uv", "run", "--no-sync", "backcoach"], "Back Coach"),
            App("floor: empty PySide6 QWidget", [VENV_PYTHON, "-c", FLOOR], "floor-window"),
            App("floor: empty Tk window (tkinter)", [VENV_PYTHON, "-c", TK_FLOOR], "tk-floor-window")]


PHASES = r"""
import time; t0 = time.perf_counter()
def mark(name): print(f"{name}|{1000 * (time.perf_counter() - t0):.1f}", flush=True)
import coach.cli; mark("import coach.cli (argparse, domain, platformdirs)")
from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage.paths import user_routines_dir
catalogue = load_catalogue(builtin_routines_dir(), user_routines_dir()); mark("load routines")
import coach.ui.app as ui; mark("import coach.ui.app (PySide6, screens)")
app = ui.application(); mark("QApplication()")
import os; ui.install_chosen_language(app, "", os.environ); mark("install translators")
window, controller = ui.build(catalogue); mark("build window + controller")
window.resize(*ui.DEFAULT_SIZE); window.show(); controller.open(None); mark("show() + open home")
from PySide6.QtCore import QTimer
QTimer.singleShot(0, lambda: (mark("first event-loop turn"), app.quit())); app.exec()
"""


def measure(app: App, env: dict[str, str], warm: bool) -> dict:
    env = {key: value for key, value in dict(env, **app.env).items() if value}
    server = desktop.start_xvfb(env)
    watcher = desktop.WindowWatcher(env["DISPLAY"])
    other = None
    try:
        if warm:
            other = subprocess.Popen(["xterm", "-T", "warm-client"], env=env, stderr=subprocess.DEVNULL)
            watcher.wait_visible("warm-client", 10, other)
            time.sleep(0.3)
        started = time.monotonic()
        where = ROOT if app.command[0] == "uv" else env["HOME"]  # uv finds the project from its folder
        process = subprocess.Popen(app.command, env=env, cwd=where, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        pid = process.pid
        try:
            seen, _ = watcher.wait_visible(app.title, 20, process)
            time.sleep(max(0.0, started + 3.0 - time.monotonic()))
            if app.command[0] == "uv":  # uv runs the app as its child: measure the app
                pid = (desktop.children(process.pid) or [pid])[0]
            return {"visible": seen - started, **desktop.memory_kib(pid),
                    "gl": desktop.mapped_libraries(pid, GL_WORDS), "children": children_kib(pid)}
        finally:
            if pid != process.pid:
                desktop.stop_pid(pid)
            desktop.stop(process)
    finally:
        if other is not None:
            desktop.stop(other)
        watcher.close()
        desktop.stop(server)


def children_kib(pid: int) -> int:
    """VmRSS of all of a process's descendants (a helper it forked), KiB."""
    total = 0
    for child in desktop.children(pid):
        try:
            total += desktop.memory_kib(child)["VmRSS"] + children_kib(child)
        except (OSError, KeyError):
            pass
    return total


def report(results: dict[tuple[str, str], list[dict]]) -> None:
    print(f"{'state':5} {'app':34} {'visible s':>9} {'min-max':>11} {'VmRSS MiB':>9} {'anon':>6} {'file':>6}")
    for (state, name), runs in results.items():
        times = [run["visible"] for run in runs]

        def med(key: str, runs: list[dict] = runs) -> float:
            return statistics.median(run[key] for run in runs) / 1024

        print(f"{state:5} {name:34} {statistics.median(times):9.3f} {min(times):5.3f}-{max(times):5.3f} "
              f"{med('VmRSS'):9.1f} {med('RssAnon'):6.1f} {med('RssFile'):6.1f}")
    print("\nGL/Mesa libraries mapped 3 s after start; child processes:")
    for (state, name), runs in results.items():
        if state == "warm":
            libraries = sorted(set().union(*(run["gl"] for run in runs)))
            kib = statistics.median(run["children"] for run in runs)
            print(f"  {name}: {', '.join(libraries) or 'none'}; child processes' VmRSS {kib / 1024:.1f} MiB")


def import_times(env: dict[str, str], runs: int = 5) -> None:
    cumulative: dict[str, list[int]] = collections.defaultdict(list)
    totals = []
    for _ in range(runs):
        done = subprocess.run([VENV_PYTHON, "-X", "importtime", "-c", "import coach.ui.app"], env=env,
                              cwd=env["HOME"], capture_output=True, text=True, check=True)
        for line in done.stderr.splitlines():
            if line.startswith("import time:") and "|" in line and "cumulative" not in line:
                _, total, name = line.split("|")
                cumulative[name.strip()].append(int(total))
        totals.append(cumulative["coach.ui.app"][-1])
    print(f"\npython -X importtime -c 'import coach.ui.app': total {statistics.median(totals) / 1000:.1f} ms; "
          f"top 10 cumulative (medians of {runs}):")
    top = sorted(cumulative.items(), key=lambda item: -statistics.median(item[1]))[:10]
    for name, micros in top:
        print(f"  {statistics.median(micros) / 1000:7.1f} ms  {name}")


def phases(env: dict[str, str], runs: int = 5) -> None:
    server = desktop.start_xvfb(env := dict(env))
    marks: dict[str, list[float]] = collections.defaultdict(list)
    try:
        for _ in range(runs):
            done = subprocess.run([VENV_PYTHON, "-c", PHASES], env=env, cwd=env["HOME"], capture_output=True,
                                  text=True, check=True, timeout=30)
            for line in done.stdout.splitlines():
                name, value = line.rsplit("|", 1)
                marks[name].append(float(value))
    finally:
        desktop.stop(server)
    print(f"\nInside the process, ms since the interpreter ran the first line (medians of {runs}; "
          "the interpreter's own start comes before this):")
    starts = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([VENV_PYTHON, "-c", "pass"], env=env, check=True)
        starts.append((time.perf_counter() - started) * 1000)
    print(f"  interpreter start and exit alone (python -c pass): {statistics.median(starts):.1f} ms")
    previous = 0.0
    for name, values in marks.items():
        value = statistics.median(values)
        print(f"  {value:7.1f}  (+{value - previous:6.1f})  {name}")
        previous = value


def bus_services(address: str) -> str:
    """The processes the private session bus started for the apps, with their VmRSS."""
    found = []
    for pid in desktop.bus_services(address):
        try:
            name = Path(f"/proc/{pid}/comm").read_text(encoding="utf-8").strip()
            found.append(f"{name} {desktop.memory_kib(pid)['VmRSS'] / 1024:.1f} MiB")
        except OSError:
            pass
    return ", ".join(found) or "none"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    env = desktop.private_home()
    env.pop("DISPLAY", None)
    # As `uv sync` leaves it: no .pyc for coach/ or platformdirs (and none written into the checkout).
    # The "bytecode cached" lever lets Python write them under a private PYTHONPYCACHEPREFIX instead.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONPYCACHEPREFIX", None)
    extra = levers(env["XDG_CACHE_HOME"] + "/pycache")
    bus = desktop.start_session_bus(env)
    address = env["DBUS_SESSION_BUS_ADDRESS"]
    try:
        print(describe())
        print(desktop.measured_source(env, VENV_PYTHON))
        for app in (BACK_COACH, WORKRAVE, WORKRAVE_NO_GL, *extra):
            measure(app, env, warm=True)  # uncounted: first-run work, session-bus services, page cache
            print(f"after a first start of {app.name}, session-bus services: {bus_services(address)}")
        results: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
        for run in range(runs):
            for state in ("cold", "warm"):
                compared = [BACK_COACH, WORKRAVE, WORKRAVE_NO_GL]
                for app in (compared if run % 2 == 0 else compared[::-1]) + (extra if state == "warm" else []):
                    results[(state, app.name)].append(measure(app, env, warm=state == "warm"))
            print(f"run {run + 1}/{runs} done", file=sys.stderr)
        print(f"\nMedians of {runs} runs (visible = spawn to first viewable window; memory at spawn + 3 s):")
        report(dict(sorted(results.items(), key=lambda item: item[0][0])))
        print(f"Session-bus services started on demand (not counted above): {bus_services(address)}")
        import_times(env)
        phases(env)
    finally:
        for pid in desktop.bus_services(address):
            desktop.stop_pid(pid)
        desktop.stop(bus)


if __name__ == "__main__":
    main()
