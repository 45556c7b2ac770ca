"""A routine as a TOML document: what the editor edits, export writes and import reads.

The document is the plain data of a routine file (dicts, lists, text and
numbers), so one checker serves every way in: ``parse_document`` (in
coach.domain.routine_loader) turns it into a Routine or lists every problem
with the messages a hand-written file gets. ``document_of`` goes the other
way and writes only what differs from the loader's defaults, so an exported
file reads like the built-in ones and export -> import gives the same routine.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Collection
from typing import Any

from coach.domain.routine import Amount, Dose, Exercise, Phase, PhaseKind, Routine
from coach.domain.routine_fields import MAX_TEXT_CHARS
from coach.domain.routine_loader import DEFAULT_SIDE_CUE

Document = dict[str, Any]


def document_of(routine: Routine) -> Document:
    """The routine as the data of its file; fields left at their defaults are left out."""
    document: Document = {"id": routine.id, "title": routine.title}
    if routine.description:
        document["description"] = routine.description
    document["exercises"] = [exercise_document(exercise) for exercise in routine.exercises]
    return document


def exercise_document(exercise: Exercise) -> Document:
    table: Document = {"id": exercise.id, "name": exercise.name, "purpose": exercise.purpose}
    if exercise.setup:
        table["setup"] = list(exercise.setup)
    if exercise.dose.sides and exercise.side_cue != DEFAULT_SIDE_CUE:
        table["side_cue"] = exercise.side_cue
    table["dose"] = _dose_document(exercise.dose)
    return table


def _dose_document(dose: Dose) -> Document:
    table: Document = {}
    if dose.reps != Amount.fixed(1):
        table["reps"] = amount_value(dose.reps, whole=True)
    if dose.rounds != Amount.fixed(1):
        table["rounds"] = amount_value(dose.rounds, whole=True)
    if dose.sides:
        table["sides"] = list(dose.sides)
    if dose.hold is not None:
        table["hold"] = amount_value(dose.hold)
    if dose.rest_between_rounds != Amount.fixed(0):
        table["rest_between_rounds"] = amount_value(dose.rest_between_rounds)
    if dose.times_per_day is not None:
        table["times_per_day"] = dose.times_per_day
    table["tempo"] = [_phase_document(phase) for phase in dose.tempo]
    return table


def _phase_document(phase: Phase) -> Document:
    table: Document = {"kind": phase.kind.value}
    if phase.seconds is not None:
        table["seconds"] = amount_value(phase.seconds)
    table["say"] = phase.say
    if phase.caption != phase.say:
        table["caption"] = phase.caption
    return table


def amount_value(amount: Amount, whole: bool = False) -> int | float | list[int | float]:
    """A number, or [low, high] for a range; whole numbers written without ".0"."""
    def number(value: float) -> int | float:
        return int(value) if whole or float(value).is_integer() else value

    return number(amount.low) if not amount.is_range else [number(amount.low), number(amount.high)]


# --- new and copied documents, for the editor ---

def slug_of(text: str, fallback: str = "routine") -> str:
    """A file-name-safe id from a title: "Knee to chest!" -> "knee-to-chest"."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50].strip("-")
    return slug or fallback


def unique_id(base: str, taken: Collection[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def blank_exercise(taken_ids: Collection[str]) -> Document:
    """A new exercise that already passes the checks: one 5-second hold, once."""
    return {"id": unique_id("exercise", taken_ids), "name": "New exercise",
            "purpose": "What it does for your back.",
            "setup": ["How to get into position."],
            "dose": {"tempo": [{"kind": PhaseKind.HOLD.value, "seconds": 5, "say": "Hold"}]}}


def blank_routine(taken_ids: Collection[str]) -> Document:
    return {"id": unique_id("my-routine", taken_ids), "title": "My routine",
            "description": "The exercises my physiotherapist gave me.",
            "exercises": [blank_exercise(())]}


def copy_document(document: Document, taken_ids: Collection[str]) -> Document:
    """A copy to edit (of a built-in routine, say) under a new id and a title that says it is a copy."""
    copied = copy.deepcopy(document)
    copied["id"] = unique_id(f"{slug_of(str(document.get('id', '')), 'routine')}-copy", taken_ids)
    copied["title"] = _copy_title(str(document.get("title", "Routine")))
    return copied


def _copy_title(title: str, mark: str = " (copy)") -> str:
    """``title`` plus " (copy)", shortened if need be so that it is still a title the loader takes."""
    room = MAX_TEXT_CHARS - len(mark)
    if len(title) > room:
        title = title[:room]
        # Braces in a title are written doubled ({{ or }}); do not cut a pair in half.
        run = len(title) - len(title.rstrip(title[-1])) if title[-1] in "{}" else 0
        title = title[:-1] if run % 2 else title
    return f"{title.rstrip()}{mark}"


# --- TOML text ---

_HEADER = ("# A Back Coach routine. docs/routines.md explains every field;\n"
           "# `backcoach import` checks this file before it is used.\n")


def routine_text(document: Document) -> str:
    """The document as TOML in the layout of the built-in routine files.

    Written here rather than with a general TOML writer so that ranges stay on
    one line (``reps = [2, 3]``) and each tempo phase is one inline table.
    The tests read every output back with tomllib.
    """
    lines = [_HEADER]
    lines += [f"{_key(key)} = {_value(value)}" for key, value in document.items() if key != "exercises"]
    for exercise in document.get("exercises", []):
        lines += ["", "[[exercises]]"]
        lines += [f"{_key(key)} = {_value(value)}" for key, value in exercise.items() if key != "dose"]
        if "dose" in exercise:
            lines.append("[exercises.dose]")
            dose = exercise["dose"]
            lines += [f"{_key(key)} = {_value(value)}" for key, value in dose.items() if key != "tempo"]
            if "tempo" in dose:
                lines.append("tempo = [")
                lines += [f"    {_value(phase)}," for phase in dose["tempo"]]
                lines.append("]")
    return "\n".join(lines) + "\n"


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _value(key)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        # JSON's string escapes are TOML's basic-string escapes; TOML also wants DEL escaped.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(key)} = {_value(item)}" for key, item in value.items()) + " }"
    if isinstance(value, list) and any(isinstance(item, str) and len(item) > 30 for item in value):
        return "[\n" + "".join(f"    {_value(item)},\n" for item in value) + "]"
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"a routine document holds no {type(value).__name__} values")
