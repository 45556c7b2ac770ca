"""Read one TOML table into a frozen dataclass, field by field, saying what was wrong and what is used instead.

settings.toml and reminders.toml are the person's files: a wrong value in one
field costs them that field only. Each dataclass field has a ``Check`` (is the
value acceptable, what would be, and how to convert it); anything else is
replaced by the field's default with a message that names the file, the field,
what was found and what is used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Check:
    """What one field accepts.

    Attributes:
        accepts: True if a TOML value is usable.
        expected: what is usable, in words ("true or false", "a whole number from 80 to 320").
        convert: turns an accepted TOML value into the field's value.
    """

    accepts: Callable[[Any], bool]
    expected: str
    convert: Callable[[Any], Any] = lambda value: value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def boolean() -> Check:
    return Check(lambda v: isinstance(v, bool), "true or false")


def whole_number(low: int, high: int) -> Check:
    return Check(lambda v: _is_int(v) and low <= v <= high, f"a whole number from {low} to {high}")


def number(low: float, high: float) -> Check:
    return Check(lambda v: (_is_int(v) or isinstance(v, float)) and low <= v <= high,
                 f"a number from {low:g} to {high:g}", float)


def text(max_length: int = 200) -> Check:
    return Check(lambda v: isinstance(v, str) and len(v) <= max_length, f"text of at most {max_length} characters")


def one_of(*choices: str) -> Check:
    return Check(lambda v: v in choices, "one of " + ", ".join(f'"{c}"' for c in choices))


def instant() -> Check:
    return Check(lambda v: isinstance(v, datetime) and v.tzinfo is not None,
                 "a date and time with a zone, such as 2026-11-25T09:00:00Z")


def read_table(table: Any, cls: type[T], checks: Mapping[str, Check], *, path: Path,
               name: str) -> tuple[T, list[str], dict[str, Any]]:
    """(the dataclass, problems, keys this version does not know) for ``[name]`` of ``path``.

    A field missing from the table takes its default silently; a value that is
    not acceptable takes the default and adds a problem. A value that is not a
    table at all gives the defaults and one problem.
    """
    defaults = cls()
    if not isinstance(table, dict):
        return defaults, [f"{path}: {name}: expected a table, found {_shown(table)}; using the defaults"], {}
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in table.items():
        if key not in known:
            continue
        check = checks[key]
        if check.accepts(value):
            values[key] = check.convert(value)
        else:
            problems.append(f"{path}: {name}.{key}: expected {check.expected}, found {_shown(value)}; "
                            f"using {_shown(getattr(defaults, key))}")
    unknown = {key: value for key, value in table.items() if key not in known}
    return replace(defaults, **values), problems, unknown  # type: ignore[type-var]


def table_of(instance: Any, unknown: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The TOML table for a dataclass: its fields (None left out: TOML has no null) plus kept unknown keys."""
    table = {f.name: getattr(instance, f.name) for f in fields(instance) if getattr(instance, f.name) is not None}
    for key, value in (unknown or {}).items():
        table.setdefault(key, value)
    return table


def _shown(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."
