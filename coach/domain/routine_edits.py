"""Edits to a routine document, as pure functions: what the editor's widgets do to the data.

Every edit returns a new document and leaves the old one untouched, so the
editor's undo can keep the old one as it was. Values the person types are
stored as they are, even when wrong ("5-x" seconds): the loader then says
what is wrong with the same message a hand-written file would get.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from typing import Any

from coach.domain.routine import Routine
from coach.domain.routine_document import (
    Document,
    blank_exercise,
    exercise_document,
    unique_id,
)

Path = tuple[str | int, ...]

_RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*$")
_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)?\s*$")


def amount_text(value: object) -> str:
    """How an amount is shown in a field: 5, 2.5 or 2-3; text that is not a number as it is."""
    if isinstance(value, list):
        return "-".join(amount_text(item) for item in value)
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return f"{value:g}"
    return str(value)


def amount_from_text(text: str) -> object | None:
    """What a typed amount means: None (not set), a number, [low, high], or the text itself.

    The text is kept when it is neither, so the loader's message names it.
    """
    if not text.strip():
        return None
    match = _RANGE.match(text)
    if match:
        low, high = (_number(group) for group in match.groups())
        return low if low == high else [low, high]
    if _NUMBER.match(text):
        return _number(text.strip())
    return text


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


def get(document: Document, path: Path, default: Any = None) -> Any:
    node: Any = document
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return default
    return node


def with_value(document: Document, path: Path, value: object | None) -> Document:
    """A copy with ``value`` at ``path`` (tables made on the way); None removes the key."""
    edited = copy.deepcopy(document)
    node: Any = edited
    for key in path[:-1]:
        if isinstance(key, str) and key not in node:
            node[key] = {}
        node = node[key]
    last = path[-1]
    if value is None:
        if isinstance(node, dict):
            node.pop(last, None)
    else:
        node[last] = value
    return edited


def with_item_moved(document: Document, path: Path, index: int, step: int) -> Document:
    """A copy with item ``index`` of the list at ``path`` moved ``step`` places (clamped to the list)."""
    edited = copy.deepcopy(document)
    items = get(edited, path)
    target = max(0, min(len(items) - 1, index + step))
    items.insert(target, items.pop(index))
    return edited


def with_item_removed(document: Document, path: Path, index: int) -> Document:
    edited = copy.deepcopy(document)
    del get(edited, path)[index]
    return edited


def with_item_inserted(document: Document, path: Path, index: int, item: object) -> Document:
    edited = copy.deepcopy(document)
    items = get(edited, path)
    if items is None:
        items = []
        edited = with_value(edited, path, items)
        items = get(edited, path)
    items.insert(index, copy.deepcopy(item))
    return edited


def exercise_ids(document: Document) -> list[str]:
    return [str(exercise.get("id", "")) for exercise in document.get("exercises", []) if isinstance(exercise, dict)]


def new_exercise(document: Document, template: Document | None = None) -> Document:
    """A blank exercise, or a copy of ``template`` (a built-in one), with an id unused in ``document``."""
    taken = exercise_ids(document)
    if template is None:
        return blank_exercise(taken)
    exercise = copy.deepcopy(template)
    exercise["id"] = unique_id(str(template.get("id", "exercise")), taken)
    return exercise


def duplicated_exercise(document: Document, index: int) -> Document:
    """A copy of exercise ``index`` with a new id and a name that says it is a copy."""
    exercise = new_exercise(document, document["exercises"][index])
    exercise["name"] = f"{exercise.get('name', '')} (copy)"
    return exercise


def exercise_templates(routines: Iterable[Routine]) -> list[tuple[str, Document]]:
    """The exercises of the built-in routines to start from, each once: (name, its document)."""
    seen: set[str] = set()
    templates = []
    for routine in routines:
        if not routine.builtin:
            continue
        for exercise in routine.exercises:
            if exercise.id not in seen:
                seen.add(exercise.id)
                templates.append((exercise.name, exercise_document(exercise)))
    return templates
