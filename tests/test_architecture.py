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
