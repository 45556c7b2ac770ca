"""Start-up step by step: where the time goes inside `backcoach`, up to the home screen complete.

Runs the real start (coach.cli.main, as `backcoach` does) in a fresh process
under one Xvfb, session bus and sound server (bench/desktop.py), with bytecode
cached as on a person's machine, and marks each step from the interpreter's
first line: our modules before PySide6, PySide6's own import, our UI modules,
QApplication, the lock, settings and translators, building the window and
controller, show(), the event loop's first block (when Qt sends the window's
map to the X server: what bench/start_side_by_side.py's "window visible"
times), the first paint, and when the home screen's thumbnails are given,
built and painted ("home complete"). The marks come from wrapping
coach.ui.app's functions and HomeScreen.set_figures in the child process, so
a tree from before the thumbnails moved after the first paint shows them
inside "build window + controller".

Usage: uv run python bench/start_steps.py [RUNS] [--compare DIR]   (default 11 runs; DIR as start_side_by_side.py's)
"""

from __future__ import annotations

import argparse
import collections
import statistics
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import desktop  # noqa: E402
from machine import describe  # noqa: E402

VENV_PYTHON = str(ROOT / ".venv" / "bin" / "python")

CHILD = r'''
import time; t0 = time.perf_counter()
import os, sys
marks = []
def mark(name): marks.append((name, 1000 * (time.perf_counter() - t0)))
import coach.cli as cli; mark("import coach.cli (our domain, storage, command line)")
from coach.qt.pyside_feature_scan import read_sources_plainly; read_sources_plainly()
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets; mark("import PySide6")
import coach.ui.app as ui; mark("import coach.ui.app (our UI modules)")
import coach.ui.home.home_screen as home_screen
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

def finish():
    print("\n".join(f"{name}|{value:.1f}" for name, value in marks), flush=True)
    os._exit(0)

class PaintWatch(QObject):
    """Marks the first paint of the window, or (kind="FigureView") of the first thumbnail."""
    def __init__(self, kind, begins, done):
        super().__init__(); self.kind, self.begins, self.done = kind, begins, done
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == self.kind:
            QCoreApplication.instance().removeEventFilter(self)
            mark(self.begins)
            QTimer.singleShot(0, lambda: mark(self.done))
        return False

watches = []
def watch(kind, begins, done):
    watches.append(PaintWatch(kind, begins, done)); QCoreApplication.instance().installEventFilter(watches[-1])

original_application, original_language, original_build = ui.application, ui.install_chosen_language, ui.build
original_set_figures = home_screen.HomeScreen.set_figures

def application(*args):
    app = original_application(*args); mark("QApplication()")
    dispatcher = QCoreApplication.eventDispatcher()
    blocked = []
    def first_block():
        if not blocked:
            blocked.append(True); mark("event loop first blocks (the window's map is sent)")
    dispatcher.aboutToBlock.connect(first_block)
    return app

def language(*args):
    chosen = original_language(*args); mark("lock, settings, translators"); return chosen

def build(*args, **kwargs):
    window, controller = original_build(*args, **kwargs); mark("build window + controller")
    show = window.show
    def show_and_mark():
        show(); mark("window.show()")
        watch("MainWindow", "first paint begins", "first paint done")
        QTimer.singleShot(3000, finish)
    window.show = show_and_mark
    return window, controller

def set_figures(self, figures):
    mark("figures given to the home screen")
    if QCoreApplication.instance() is not None:
        watch("FigureView", "thumbnails' paint begins", "home complete (thumbnails painted)")
    original_set_figures(self, figures); mark("thumbnails built")

ui.application, ui.install_chosen_language, ui.build = application, language, build
home_screen.HomeScreen.set_figures = set_figures
sys.argv = ["backcoach"]
cli.main([])
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("runs", nargs="?", type=int, default=11)
    parser.add_argument("--compare", metavar="DIR", help="also Back Coach with DIR first on PYTHONPATH")
    args = parser.parse_args()
    trees = ["", *([args.compare] if args.compare else [])]
    env = desktop.private_home()
    env.pop("DISPLAY", None)
    env["PYTHONDONTWRITEBYTECODE"] = ""
    env["PYTHONPYCACHEPREFIX"] = env["XDG_CACHE_HOME"] + "/pycache"
    server = desktop.start_xvfb(env)
    bus = desktop.start_session_bus(env)
    sound = desktop.start_sound_server(env)
    marks: dict[str, dict[str, list[float]]] = {tree: collections.defaultdict(list) for tree in trees}
    print(describe())
    try:
        for run in range(args.runs + 1):  # the first, uncounted: bytecode, caches, page cache
            for tree in trees if run % 2 == 0 else trees[::-1]:
                child_env = dict(env, PYTHONPATH=tree) if tree else env
                done = subprocess.run([VENV_PYTHON, "-c", CHILD], env=child_env, cwd=env["HOME"],
                                      capture_output=True, text=True, timeout=60, check=True)
                if run:
                    for line in done.stdout.splitlines():
                        name, value = line.rsplit("|", 1)
                        marks[tree][name].append(float(value))
    finally:
        desktop.stop_desktop(env, server, bus, sound)
    for tree in trees:
        print(f"\nBack Coach from {tree or ROOT}: ms since the interpreter ran the first line (medians of {args.runs})")
        previous = 0.0
        for name, values in marks[tree].items():
            value = statistics.median(values)
            print(f"  {value:7.1f}  (+{value - previous:6.1f})  {name}")
            previous = value


if __name__ == "__main__":
    main()
