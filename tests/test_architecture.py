"""The house rules that keep the domain testable in milliseconds."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import coach

PACKAGE = Path(coach.__file__).parent
FORBIDDEN_IN_DOMAIN = ("PySide6", "shiboken6", "coach.ui", "coach.speech", "coach.storage", "platformdirs")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_source_imports_no_qt_and_no_outer_layer():
    offenders = {}
    for path in sorted((PACKAGE / "domain").rglob("*.py")):
        bad = {m for m in imported_modules(path) if m.split(".")[0] in FORBIDDEN_IN_DOMAIN
               or any(m == f or m.startswith(f + ".") for f in FORBIDDEN_IN_DOMAIN)}
        if bad:
            offenders[path.name] = sorted(bad)
    assert offenders == {}


def test_importing_every_domain_module_loads_no_qt():
    modules = sorted(f"coach.domain.{p.stem}" for p in (PACKAGE / "domain").glob("*.py") if p.stem != "__init__")
    assert len(modules) >= 5
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_the_command_line_does_not_load_qt_for_list_and_plan():
    code = ("import sys, io, contextlib\nfrom coach.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main(['plan', 'lower-back', '--json'])\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_the_first_screen_does_not_load_the_voice():
    """QtMultimedia and pyttsx3 load after the first paint; start-up does not wait for them."""
    code = ("import sys\nimport coach.ui.app\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtMultimedia', 'pyttsx3'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


# What the first screen does not need, and what loads it instead (tests below).
DEFERRED_FROM_THE_FIRST_SCREEN = (
    "PySide6.QtMultimedia", "pyttsx3",  # the voice, after the first paint
    "sqlite3", "coach.storage.history", "coach.storage.history_writer",  # the first write or read
    "coach.ui.session.session_screen", "coach.ui.widgets.ring", "coach.domain.floor_view",  # the first session
    "coach.ui.session.pain_check", "coach.ui.progress.progress_screen", "coach.ui.progress.calendar_heatmap",  # pain check, progress
    "coach.ui.home.first_run_screen",  # only while the safety note is unread
    "coach.ui.editor.routine_editor", "coach.ui.reminders.reminders_dialog", "coach.ui.reminders.reminder_window",  # on first use
    "coach.ui.home.voice_settings_dialog",
    "hashlib",  # OpenSSL's libcrypto, for nothing the first screen does
)
FIRST_SCREEN = """
import sys
from PySide6.QtCore import QCoreApplication
from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage.paths import user_routines_dir
from coach.storage.settings import Settings, with_safety_note_read
from coach.ui import app as ui

application = ui.application()
window, controller = ui.build(load_catalogue(builtin_routines_dir(), user_routines_dir()),
                              settings=with_safety_note_read(Settings()))
window.show()
controller.open(None)
QCoreApplication.processEvents()
assert window.stack.currentWidget() is window.home
print(sorted(m for m in sys.modules if m.startswith({deferred!r})))
{then}
"""


def _first_screen_modules(then: str = "") -> list[str]:
    code = FIRST_SCREEN.format(deferred=DEFERRED_FROM_THE_FIRST_SCREEN, then=then)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.strip().splitlines()


def test_the_home_screen_starts_without_the_other_screens_sqlite_and_the_voice():
    """The window and its home screen, as start-up builds them, load none of what later screens need."""
    assert _first_screen_modules()[0] == "[]"


def test_a_deferred_screen_and_sqlite_load_when_first_used():
    """The check above can fail: the same process loads them once a session starts and the history is read."""
    then = ("window.session\nwindow.pain_check\ncontroller.check_in.keeper.sessions()\n"
            "print(sorted(m for m in sys.modules if m.startswith({deferred!r})))")
    before, after = _first_screen_modules(then.format(deferred=DEFERRED_FROM_THE_FIRST_SCREEN))
    assert before == "[]"
    for module in ("coach.ui.session.session_screen", "coach.ui.session.pain_check", "sqlite3", "coach.storage.history"):
        assert module in after


def test_the_command_line_loads_no_sqlite_for_the_window():
    """Every `backcoach` builds every command's parser; the history's SQLite loads only for `history`."""
    code = ("import sys\nfrom coach.cli import _parser\n_parser()\n"
            "print(sorted(m for m in sys.modules if m.startswith(('sqlite3', 'coach.storage.history', 'PySide6'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
