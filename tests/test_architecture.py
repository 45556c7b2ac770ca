"""The house rules: the domain testable in milliseconds, layers that point one way, no package cycles."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

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


# ----- the whole import graph, read from the source (every import, also those inside functions and
# under TYPE_CHECKING: a type-only import is still a dependency). Written by package prefix, so it
# holds whatever modules a package gains or loses.

OUTER_LAYERS = ("coach.storage", "coach.speech", "coach.listening", "coach.platform")


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Each module of ours -> the modules of ours it imports (a `from package import module` counts as
    the module; a relative import is resolved)."""
    paths = {_module_name(path, root): path for path in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*anchor, *([base] if base else [])])
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)
        graph[module] = {name for name in found if name in paths and name != module}
    return graph


# The ui is split into feature rooms (session/, home/, ...); each room counts on its own. Elsewhere a
# package's inner packages (domain/phrasebook/, say) belong to it.
SPLIT_PACKAGES = ("coach.ui",)


def package_of(module: str, packages: frozenset[str] = frozenset()) -> str:
    """The unit a cycle is counted between: coach's package the module is in (for the ui, its sub-package);
    at the top, the command line (cli*.py) is one unit and every other top-level module its own."""
    parts = module.split(".")
    if len(parts) <= 2:
        return "coach.cli" if parts[-1].startswith("cli") else module
    top, room = ".".join(parts[:2]), ".".join(parts[:3])
    return room if top in SPLIT_PACKAGES and room in packages else top


def package_graph(graph: dict[str, set[str]]) -> dict[str, dict[str, list[str]]]:
    """Package -> package it imports -> the module imports that make that edge (for the message)."""
    known = frozenset(name.rpartition(".")[0] for name in graph)

    def unit(module: str) -> str:
        return package_of(module, known)

    packages: dict[str, dict[str, list[str]]] = {}
    for module, imported in graph.items():
        edges = packages.setdefault(unit(module), {})
        for target in sorted(imported):
            if unit(target) != unit(module):
                edges.setdefault(unit(target), []).append(f"{module} -> {target}")
    return packages


def cycles(edges: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """The strongly connected groups of more than one package (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in edges.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_sees_the_imports_it_must():
    """The reader below is what the rules stand on: it finds plain, from-package and in-function imports."""
    graph = import_graph()
    assert "coach.domain.routine" in graph["coach.domain.compiler"]
    assert "coach.storage.settings" in graph["coach.cli"] or any(
        _within(name, "coach.storage") for name in graph["coach.cli"])
    assert package_of("coach.domain.routine") == "coach.domain" and package_of("coach.cli_history") == "coach.cli"
    rooms = frozenset({"coach.ui.session", "coach.domain.phrasebook"})
    assert package_of("coach.ui.session.session_screen", rooms) == "coach.ui.session"
    assert package_of("coach.ui.app", rooms) == "coach.ui"
    assert package_of("coach.domain.phrasebook.de", rooms) == "coach.domain"
    assert cycles({"a": {"b": []}, "b": {"c": []}, "c": {"a": []}, "d": {"a": []}}) == [["a", "b", "c"]]


def test_the_domain_imports_nothing_of_ours_outside_itself():
    offenders = {module: sorted(name for name in imported if not _within(name, "coach.domain"))
                 for module, imported in import_graph().items() if _within(module, "coach.domain")}
    assert {module: names for module, names in offenders.items() if names} == {}


def test_storage_speech_listening_and_platform_never_import_the_ui():
    offenders = {module: sorted(name for name in imported if _within(name, "coach.ui"))
                 for module, imported in import_graph().items()
                 if any(_within(module, layer) for layer in OUTER_LAYERS)}
    assert {module: names for module, names in offenders.items() if names} == {}


# Imports that close a cycle today, each to be cut (move the shared module down, or pass the object in);
# the list may only shrink: an entry that no longer exists fails below, and any new cycle fails.
def test_no_package_cycles():
    """Between domain, speech, listening, storage, platform, ui and each of its sub-packages, and the
    command line: dependencies point one way, so each can be understood (and tested) without the others."""
    edges = package_graph(import_graph())
    report = {" <-> ".join(group): sorted(line for source in group for target in group
                                           for line in edges.get(source, {}).get(target, []))
              for group in cycles(edges)}
    assert report == {}


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
    # pain check, progress
    "coach.ui.session.pain_check", "coach.ui.progress.progress_screen", "coach.ui.progress.calendar_heatmap",
    "coach.ui.home.first_run_screen",  # only while the safety note is unread
    # the figures and their drawing: the home screen's thumbnails come just after its first paint
    "coach.domain.figure_loader", "coach.domain.figure_exercise", "coach.domain.figure_track", "coach.domain.figure",
    "coach.ui.widgets.figure_view", "coach.ui.widgets.figure_shapes",
    # on first use
    "coach.ui.editor.routine_editor", "coach.ui.reminders.reminders_dialog", "coach.ui.reminders.reminder_window",
    "coach.ui.home.voice_settings_dialog",
    "hashlib",  # OpenSSL's libcrypto, for nothing the first screen does
    "PySide6.QtNetwork", "coach.platform.local_pipe",  # Windows' one-instance pipe (tests/platform/test_unix_socket.py)
    "uuid",  # a session's key, when one starts
    "tomli_w",  # writing settings or reminders, when something changes
    "subprocess",  # building a translation catalogue (a plain checkout's first start), Windows' autostart
    "plistlib", "xml",  # macOS's launch agent, when autostart is looked at or changed there
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


def test_a_deferred_screen_sqlite_and_the_figures_load_when_first_used():
    """The check above can fail: the same process loads them once a session starts and the history is read."""
    then = ("window.session\nwindow.pain_check\ncontroller.check_in.keeper.sessions()\ncontroller.show_figures()\n"
            "print(sorted(m for m in sys.modules if m.startswith({deferred!r})))")
    before, after = _first_screen_modules(then.format(deferred=DEFERRED_FROM_THE_FIRST_SCREEN))
    assert before == "[]"
    for module in ("coach.ui.session.session_screen", "coach.ui.session.pain_check", "sqlite3",
                   "coach.storage.history", "coach.domain.figure_loader", "coach.ui.widgets.figure_view"):
        assert module in after


# What only other commands need: every `backcoach`, the window too, builds every command's parser.
ONLY_FOR_OTHER_COMMANDS = (
    "sqlite3", "coach.storage.history",  # history
    "coach.listening.recogniser", "wave",  # listen
    "coach.storage.routine_files", "coach.domain.routine_document",  # import, export
    "coach.domain.plan_text",  # list, plan
    "PySide6",
)


def test_the_command_line_loads_nothing_only_other_commands_need_for_the_window():
    """Building the parser (as the window's start does) loads no other command's modules."""
    code = ("import sys\nfrom coach.cli import _parser\n_parser().parse_args([])\n"
            f"print(sorted(m for m in sys.modules if m.startswith({ONLY_FOR_OTHER_COMMANDS!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(("command", "loads"), [
    (["plan", "cat-stretch"], "coach.domain.plan_text"),
    (["listen", "--wav", "no-such.wav"], "coach.listening.recogniser"),
    (["export", "cat-stretch", "{tmp}/out.toml"], "coach.storage.routine_files"),
])
def test_each_command_loads_its_own_modules(command, loads, tmp_path):
    """The check above can fail: the command that needs a module still loads it."""
    argv = [part.format(tmp=tmp_path) for part in command]
    code = ("import sys, io, contextlib\nfrom coach.cli import main\nquiet = io.StringIO()\n"
            f"with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet): main({argv!r})\n"
            f"print({loads!r} in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                            cwd=tmp_path)
    assert result.stdout.strip() == "True"
