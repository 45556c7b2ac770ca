"""Every tr() and translate() in the code is one pyside6-lupdate can extract.

lupdate reads the source, not the running program: a variable passed as the text is invisible
to it (it must be marked where it is written, with QT_TRANSLATE_NOOP), and a plural count in
QCoreApplication.translate() is not seen as one (self.tr("%n ...", "", n) is).
"""

from __future__ import annotations

import ast
from pathlib import Path

import coach

PACKAGE = Path(coach.__file__).parent
# Call sites that translate a text marked with QT_TRANSLATE_NOOP where it is written.
MARKED_ELSEWHERE = {("coach/ui/widgets/level_names.py", "LEVEL_NAMES"), ("coach/ui/voice_commands.py", "LABELS")}


def calls(name: str):
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                if called == name:
                    yield path.relative_to(PACKAGE.parent).as_posix(), node


def literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def variable_in(node: ast.expr) -> str:
    return next((n.id for n in ast.walk(node) if isinstance(n, ast.Name)), "")


def test_every_tr_text_is_a_literal():
    wrong = [f"{path}:{node.lineno}" for path, node in calls("tr")
             if node.args and not literal(node.args[0])]
    assert wrong == []


def test_every_translate_names_its_context_and_text_literally_and_counts_with_tr():
    wrong = []
    for path, node in calls("translate"):
        if len(node.args) < 2 or not isinstance(node.args[0], ast.Constant):
            continue  # QTransform.translate(dx, dy) and the like
        if not isinstance(node.args[0].value, str):
            continue
        if not literal(node.args[1]) and (path, variable_in(node.args[1])) not in MARKED_ELSEWHERE:
            wrong.append(f"{path}:{node.lineno}: a variable as the text")
        if len(node.args) >= 4 and not isinstance(node.args[3], ast.Constant):
            wrong.append(f"{path}:{node.lineno}: a plural count lupdate does not see; use self.tr(text, '', n)")
    assert wrong == []
