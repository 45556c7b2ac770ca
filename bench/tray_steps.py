"""Where the tray's memory goes: `backcoach --background` stopped after each step of its start.

Each step is a fresh process that does what app.run does up to that step, then
idles in the event loop and reports its VmRSS 6 s after it started (the same
desktop as bench/reminders.py: Xvfb, a private session bus, trayer, reminders
set, the safety note read, bytecode cached by an uncounted first start). The
steps alternate from run to run; the differences between them are the costs:

  cli            the command line's modules, the routines read, a bare QApplication
  app            + the UI's modules (coach.ui.app), our style, settings, translators
  app-fonts      + one label measured: Qt's font database (fontconfig, FreeType) loaded
  home           app + a home screen alone, never shown
  window         app + app.build's window and controller, styled when shown (as --background's is)
  window-styled  the same styled at once (as before BENCHMARKS.md §20)
  tray           `backcoach --background` itself (app.run): the resident (tray, reminders, one instance,
                 sleep watch), the window and controller built when first opened
  tray-window    window + the resident, the window built at start (before BENCHMARKS.md §20 "Building the window on
                 first open")
  tray-styled    the same styled at once (as before BENCHMARKS.md §20)
  tray-first     tray in a new home folder: the very first start (history and journal created)

Usage: uv run python bench/tray_steps.py [RUNS] [STEP ...]   (default: 5 runs of every step)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENV_PYTHON = str(ROOT / ".venv" / "bin" / "python")
STEPS = ("cli", "app", "app-fonts", "home", "window", "window-styled", "tray", "tray-window", "tray-styled",
         "tray-first")
REPORT_AFTER_S = 6.0


def vm_rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def run_step(step: str) -> None:
    """In the child: start as app.run does up to ``step``, then print VmRSS (KiB) at 6 s and quit."""
    started = time.monotonic()
    step = step.removesuffix("-first")
    from coach.cli import main  # noqa: F401  (the command line's modules, as the app has them)
    from coach.domain.routine_loader import load_catalogue
    from coach.qt.pyside_feature_scan import read_sources_plainly
    from coach.resources import builtin_routines_dir
    from coach.storage.paths import user_routines_dir

    catalogue = load_catalogue(builtin_routines_dir(), user_routines_dir())
    read_sources_plainly()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    kept: list[object] = []
    if step == "cli":
        app = QApplication([sys.argv[0]])
    else:
        from coach.storage import settings as settings_store
        from coach.ui import app as ui_app
        from coach.ui.i18n import install_chosen_language

        app = ui_app.application()
        if step != "tray":  # app.run, below, does these itself
            settings = settings_store.load_or_repair()
            install_chosen_language(app, settings.appearance.language, os.environ)
        if step == "app-fonts":
            kept.append(QLabel("Back Coach").sizeHint())
        elif step == "home":
            from coach.ui.home.home_screen import HomeScreen

            kept.append(HomeScreen())
        elif step == "tray":
            pass  # app.run itself, below
        elif step != "app":
            window, controller = ui_app.build(catalogue, settings=settings,
                                              style_when_shown=not step.endswith("-styled"))
            kept.append(window)
            if step.startswith("tray"):
                from coach.platform.single_instance import SingleInstance
                from coach.storage.paths import user_state_dir
                from coach.ui.resident import Resident
                from coach.ui.window_on_demand import WindowOnDemand

                guard = SingleInstance(user_state_dir(), parent=app)
                guard.claim()
                resident = Resident(WindowOnDemand.around(controller), guard, theme=lambda: window.theme,
                                    watch_sleep=True, parent=app)
                ui_app.restore_geometry(window, controller.settings)
                controller.open(None)
                resident.start()
                assert controller.check_in is not None
                app.aboutToQuit.connect(controller.check_in.keeper.close)
                app.aboutToQuit.connect(guard.release)

    def report() -> None:
        print(vm_rss_kib(), flush=True)
        app.quit()

    QTimer.singleShot(max(0, int((started + REPORT_AFTER_S - time.monotonic()) * 1000)), report)
    if step == "tray":
        ui_app.run(catalogue, background=True)  # `backcoach --background` as it is
    else:
        app.exec()


def main() -> None:
    sys.path.insert(0, str(BENCH))
    import desktop
    from machine import describe
    from reminders import REMINDERS

    args = sys.argv[1:]
    runs = int(args.pop(0)) if args and args[0].isdigit() else 5
    steps = args or list(STEPS)
    pycache = tempfile.mkdtemp(prefix="backcoach-bench-pycache-")  # shared: a first start has cached bytecode too

    def home_folder() -> dict[str, str]:
        env = desktop.private_home()
        env["XDG_STATE_HOME"] = env["HOME"] + "/state"
        env["PYTHONDONTWRITEBYTECODE"] = ""  # Python's default: bytecode cached after the first start
        env["PYTHONPYCACHEPREFIX"] = pycache
        (Path(env["XDG_CONFIG_HOME"]) / "backcoach" / "reminders.toml").write_text(REMINDERS, encoding="utf-8")
        return env

    env = home_folder()
    server = desktop.start_xvfb(env)
    bus = desktop.start_session_bus(env)
    tray = subprocess.Popen(["trayer", "--expand", "false", "--widthtype", "pixel", "--width", "64"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)

    def once(step: str) -> float:
        step_env = env
        if step.endswith("-first"):
            step_env = home_folder()
            step_env.update((name, env[name]) for name in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS"))
        done = subprocess.run([VENV_PYTHON, __file__, "--step", step], env=step_env, cwd=step_env["HOME"],
                              capture_output=True, text=True, timeout=60, check=True)
        return int(done.stdout.split()[-1]) / 1024

    print(describe())
    try:
        for step in steps:
            once(step.removesuffix("-first"))  # uncounted: bytecode, the first start's files
        results: dict[str, list[float]] = {step: [] for step in steps}
        for run in range(runs):
            for step in steps[run % len(steps):] + steps[:run % len(steps)]:
                results[step].append(once(step))
            print(f"run {run + 1}/{runs} done", file=sys.stderr)
    finally:
        desktop.stop(tray)
        desktop.stop_desktop(env, server, bus)
    print(f"\nVmRSS {REPORT_AFTER_S:.0f} s after start, medians of {runs} (min-max), MiB:")
    for step, values in results.items():
        print(f"  {step:14} {statistics.median(values):7.2f} ({min(values):.2f}-{max(values):.2f})")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--step"]:
        run_step(sys.argv[2])
    else:
        main()
