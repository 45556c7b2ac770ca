"""Typed, path-aware reading of one TOML table, for the routine loader.

Each reader method either returns a clean value or raises RoutineFileError
naming the field path, what was expected and what was found.
"""

from __future__ import annotations

import difflib
import re
import string
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from coach.domain.routine import Amount
from coach.domain.routine_errors import RoutineFileError, describe

MAX_TEXT_CHARS = 400
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MISSING = object()
T = TypeVar("T")
F = TypeVar("F")


class Fields:
    """Reads the fields of one TOML table.

    Attributes:
        file: the routine file, for messages.
        path: where this table sits, e.g. ``exercises[2].dose``.
        problems: where problems that do not stop the reading (unknown fields)
            are collected; shared by every table of one file.
    """

    def __init__(self, file: Path, table: object, path: str, allowed: Iterable[str],
                 problems: list[RoutineFileError]) -> None:
        self.file = file
        self.path = path
        self.problems = problems
        if not isinstance(table, dict):
            raise self.error(None, "a table", table, whole=True)
        self._table = table
        self._check_unknown_keys(set(allowed))

    def attempt(self, read: Callable[[], T], fallback: F) -> T | F:
        """``read()``, or ``fallback`` after noting its problem, so one bad field does not hide the next."""
        try:
            return read()
        except RoutineFileError as error:
            self.problems.append(error)
            return fallback

    def field_path(self, key: str | None) -> str | None:
        if key is None:
            return self.path or None
        return f"{self.path}.{key}" if self.path else key

    def error(self, key: str | None, expected: str, found: object, whole: bool = False) -> RoutineFileError:
        shown = "nothing (the field is missing)" if found is _MISSING else describe(found)
        return RoutineFileError(self.file, self.field_path(None if whole else key),
                                f"expected {expected}, found {shown}")

    def _check_unknown_keys(self, allowed: set[str]) -> None:
        for key in self._table:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
                hint = f'did you mean "{close[0]}"?' if close else "allowed here: " + ", ".join(sorted(allowed))
                self.problems.append(RoutineFileError(self.file, self.field_path(str(key)), f"unknown field; {hint}"))

    def has(self, key: str) -> bool:
        return key in self._table

    def _get(self, key: str, expected: str, required: bool) -> object:
        value = self._table.get(key, _MISSING)
        if value is _MISSING and required:
            raise self.error(key, expected, _MISSING)
        return value

    def text(self, key: str, *, required: bool = True, default: str = "",
             placeholders: frozenset[str] = frozenset(), prose: bool = False) -> str:
        """A text field; ``prose`` (a description, a purpose) may also hold line breaks and tabs."""
        value = self._get(key, _text_expected(), required)
        if value is _MISSING:
            return default
        return self.check_text(key, value, placeholders, prose=prose)

    def check_text(self, key: str, value: object, placeholders: frozenset[str], *, prose: bool = False) -> str:
        expected = _text_expected()
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT_CHARS:
            if isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
                raise RoutineFileError(self.file, self.field_path(key),
                                       f"expected {expected}, found text of {len(value)} characters")
            raise self.error(key, expected, value)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            # Only the editor can make one (a file is UTF-8 already), and it could not be saved.
            raise RoutineFileError(self.file, self.field_path(key),
                                   "has a character that cannot be saved (a lone surrogate); retype the text") \
                from None
        control = control_character(value, prose=prose)
        if control is not None:
            raise RoutineFileError(self.file, self.field_path(key), control)
        used = _placeholders_in(value)
        if used is None:
            raise RoutineFileError(self.file, self.field_path(key),
                                   "has a { or } that is not a plain placeholder like {side}; "
                                   "write {{ or }} for a literal brace")
        unknown = used - placeholders
        if unknown:
            allowed = ", ".join("{" + name + "}" for name in sorted(placeholders)) or "none"
            raise RoutineFileError(self.file, self.field_path(key),
                                   f"unknown placeholder {{{sorted(unknown)[0]}}}; allowed here: {allowed}")
        return value.strip()

    def text_list(self, key: str, *, max_items: int, placeholders: frozenset[str] = frozenset()) -> tuple[str, ...]:
        expected = f"a list of at most {max_items} texts"
        value = self._get(key, expected, required=False)
        if value is _MISSING:
            return ()
        if not isinstance(value, list) or len(value) > max_items:
            raise self.error(key, expected, value)
        return tuple(self.check_text(f"{key}[{i}]", item, placeholders) for i, item in enumerate(value))

    def slug(self, key: str) -> str:
        expected = 'a short id of lowercase letters, digits and dashes, like "knee-to-chest"'
        value = self._get(key, expected, required=True)
        if not isinstance(value, str) or not _SLUG.match(value) or len(value) > 60:
            raise self.error(key, expected, value)
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        expected = "one of " + ", ".join(f'"{c}"' for c in choices)
        value = self._get(key, expected, required=False)
        if value is _MISSING:
            return default
        if not isinstance(value, str) or value not in choices:
            raise self.error(key, expected, value)
        return str(value)

    def amount(self, key: str, *, unit: str, low: float, high: float, whole: bool,
               default: float | None = None, required: bool = True) -> Amount | None:
        """A count or seconds: a number, or a range written [min, max].

        Missing: the default if there is one, else an error if required, else None.
        """
        kind = "a whole number" if whole else "a number"
        expected = f"{kind} of {unit} from {low:g} to {high:g}, or a range [min, max]"
        value = self._get(key, expected, required=required and default is None)
        if value is _MISSING:
            return None if default is None else Amount.fixed(default)

        def number(item: object) -> float:
            ok_type = isinstance(item, int) if whole else isinstance(item, (int, float))
            if isinstance(item, bool) or not ok_type or not low <= item <= high:  # type: ignore[operator]
                raise self.error(key, expected, value)
            return float(item)  # type: ignore[arg-type]

        if isinstance(value, list):
            if len(value) != 2:
                raise self.error(key, expected, value)
            first, second = number(value[0]), number(value[1])
            if first > second:
                raise RoutineFileError(self.file, self.field_path(key),
                                       f"expected a range [min, max] with min <= max, found [{first:g}, {second:g}]")
            return Amount(first, second)
        return Amount.fixed(number(value))

    def whole_number(self, key: str, *, low: int, high: int) -> int | None:
        expected = f"a whole number from {low} to {high}"
        value = self._get(key, expected, required=False)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(key, expected, value)
        return value

    def table(self, key: str, allowed: Iterable[str]) -> Fields:
        value = self._get(key, "a table", required=True)
        return Fields(self.file, value, self.field_path(key) or key, allowed, self.problems)

    def table_list(self, key: str, allowed: Iterable[str], *, min_items: int, max_items: int) -> list[Fields]:
        """The tables of a list; an item that is not a table is noted as a problem and left out."""
        expected = f"a list of {min_items} to {max_items} [[{self.field_path(key)}]] tables"
        value = self._get(key, expected, required=True)
        if not isinstance(value, list) or not min_items <= len(value) <= max_items:
            raise self.error(key, expected, value)
        tables = []
        for i, item in enumerate(value):
            try:
                tables.append(Fields(self.file, item, f"{self.field_path(key)}[{i}]", allowed, self.problems))
            except RoutineFileError as error:
                self.problems.append(error)
        return tables

    def raw(self, key: str) -> object:
        """The unchecked value, or None when missing; the caller checks it."""
        return self._table.get(key)


# A terminal obeys control characters (ESC starts a command that can clear the screen or retitle the
# window; BEL rings; CR overwrites the line) and Qt draws them as boxes or breaks lines with them. A
# routine's texts are words to show and say, so none may hold one. Format characters (Cf) are allowed:
# the zero-width joiner and non-joiner are part of ordinary writing in many scripts.
_PROSE_LAYOUT = "\n\t"
_CONTROL_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "backspace", "\t": "tab", "\n": "line break",
                  "\r": "carriage return", "\x1b": "ESC", "\x7f": "DEL"}


def control_character(text: str, *, prose: bool = False) -> str | None:
    """What is wrong if ``text`` holds a control character or a line separator (``prose`` may hold
    line breaks and tabs), else None."""
    allowed = _PROSE_LAYOUT if prose else ""
    for position, char in enumerate(text):
        if char in allowed or unicodedata.category(char) not in ("Cc", "Zl", "Zp"):
            continue
        code = repr(char)[1:-1]
        name = _CONTROL_NAMES.get(char, "a control character" if unicodedata.category(char) == "Cc"
                                  else "a line separator")
        return (f"has {name} ({code}) at character {position + 1}; remove it: a routine's texts are plain words"
                + ("" if allowed else " on one line (only a description or purpose may have more lines)"))
    return None


def _text_expected() -> str:
    return f"text of 1 to {MAX_TEXT_CHARS} characters"


_SIDED = ("side", "other_side")


def _placeholders_in(text: str) -> set[str] | None:
    """The {names} used in a text, or None if a brace is not a plain {name}.

    Format specs and conversions ({side:>99}, {side!r}) are refused: texts are
    data, and a spec could blow a short cue up into megabytes for the voice.
    The one form allowed is a word chosen by side, ``{side:linke|rechte}``
    (coach.domain.phrasebook.fill), which translations use where a word agrees.
    """
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        return None
    names = set()
    for _, name, spec, conversion in parts:
        if name is None or spec is None:  # literal text only (the spec is None exactly then)
            continue
        by_side = spec.count("|") == 1 and name in _SIDED and "{" not in spec and "}" not in spec
        if (spec and not by_side) or conversion or not name.isidentifier():
            return None
        names.add(name)
    return names
