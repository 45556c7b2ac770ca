"""The one error a routine file can raise, and how found values are described."""

from __future__ import annotations

from pathlib import Path


class RoutineFileError(Exception):
    """A routine file that cannot be used, with a message a person can act on.

    The message always names the file; where one field is at fault it names
    the field path (``exercises[2].dose.hold``), what was expected and what
    was found.

    Attributes:
        file: the file at fault.
        field: the dotted field path, or None for a problem with the whole file.
        problem: what is wrong and what would be right.
        problems: every problem found in the file, this one first (the loader
            checks the whole file, so an import can list them all at once).
    """

    def __init__(self, file: Path | str, field: str | None, problem: str) -> None:
        self.file = Path(file)
        # A file's own text (a key, a found value) is shown escaped: a newline or a terminal
        # escape in it must not break "one problem per line" or garble the terminal.
        self.field = printable(field) if field is not None else None
        self.problem = printable(problem)
        self.problems: tuple[RoutineFileError, ...] = (self,)
        where = printable(str(self.file)) + (f": {self.field}" if self.field else "")
        super().__init__(f"{where}: {self.problem}")

    @classmethod
    def of_all(cls, problems: list[RoutineFileError]) -> RoutineFileError:
        """One error for several: its message is the first problem's and says how many more there are."""
        first = problems[0]
        if len(problems) == 1:
            return first
        more = len(problems) - 1
        error = cls(first.file, first.field, f"{first.problem} (and {more} more problem{'s' if more > 1 else ''})")
        error.problems = tuple(problems)
        return error

    @property
    def message(self) -> str:
        return str(self)


_MAX_SHOWN = 40


def printable(text: str) -> str:
    """``text`` with every character that is not printable written as an escape (\\n, \\x1b, \\u2028)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def describe(value: object) -> str:
    """Say what a TOML value is, short enough for a one-line message."""
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, int):
        return f"{value} (a whole number)"
    if isinstance(value, float):
        return f"{value:g} (a decimal number)"
    if isinstance(value, str):
        shown = value if len(value) <= _MAX_SHOWN else value[:_MAX_SHOWN] + "…"
        return f'"{shown}" (text)' if value else "empty text"
    if isinstance(value, list):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__} value"
