"""Load routine files (TOML) into Routine objects, with messages a person can act on.

A routine file is data, never code: it is size-limited, read as TOML, and
checked field by field. Any problem becomes one RoutineFileError naming the
file, the field path, what was expected and what was found; nothing else
escapes. A catalogue loads the built-in routines and the user's, reports bad
user files and skips them, and always keeps the built-ins.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from coach.domain.file_reading import read_regular_file
from coach.domain.languages import ENGLISH
from coach.domain.routine import SIDES, Amount, Dose, Exercise, Phase, PhaseKind, Routine
from coach.domain.routine_errors import RoutineFileError
from coach.domain.routine_fields import Fields
from coach.domain.routine_translation import TRANSLATIONS_FOLDER, translate_routine

MAX_FILE_BYTES = 64 * 1024
MAX_USER_FILES = 200
MAX_EXERCISES = 40
MAX_SETUP_STEPS = 12
MAX_TEMPO_PHASES = 8
MAX_SECONDS = 600.0

_SIDE_WORDS = frozenset({"side", "other_side"})
_PHASE_WORDS = _SIDE_WORDS | {"seconds"}
DEFAULT_SIDE_CUE = "Now your {side} side."

# Stand-ins for values that did not read, so the check can go on to the next field;
# a routine with any problem is never returned, so they are never used.
_ONE = Amount.fixed(1)
_NONE = Amount.fixed(0)
_NO_DOSE = Dose(reps=_ONE, rounds=_ONE, sides=(), tempo=(), hold=None, rest_between_rounds=_NONE,
                times_per_day=None)

_ROUTINE_KEYS = ("id", "title", "description", "exercises")
_EXERCISE_KEYS = ("id", "name", "purpose", "setup", "side_cue", "dose")
_DOSE_KEYS = ("reps", "rounds", "sides", "tempo", "hold", "rest_between_rounds", "times_per_day")
_PHASE_KEYS = ("kind", "seconds", "say", "caption")


def parse_routine(data: bytes, source: Path, *, builtin: bool = False) -> Routine:
    """Turn the bytes of a routine file into a Routine, or raise RoutineFileError."""
    if len(data) > MAX_FILE_BYTES:
        raise RoutineFileError(source, None, f"is {len(data):,} bytes; a routine file may be at most "
                                             f"{MAX_FILE_BYTES // 1024} KiB (it is data, not code)")
    try:
        # A byte order mark (Windows editors add one) is not part of the text.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RoutineFileError(source, None, f"is not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RoutineFileError(source, None, f"is not valid TOML: {error}") from None
    except ValueError as error:
        # tomllib lets int()'s own refusal through, e.g. a number of over 4,300 digits.
        raise RoutineFileError(source, None, f"is not valid TOML: {error}") from None
    except RecursionError:
        raise RoutineFileError(source, None, "is not valid TOML: it nests too deeply") from None
    return parse_document(document, source, builtin=builtin)


def parse_document(document: object, source: Path, *, builtin: bool = False) -> Routine:
    """Check a routine already read as TOML data (or built by the editor) field by field.

    Every problem is found, not just the first: the RoutineFileError raised
    lists them all in ``problems``, in the order of the file.
    """
    problems: list[RoutineFileError] = []
    try:
        fields = Fields(source, document, "", _ROUTINE_KEYS, problems)
    except RoutineFileError as error:
        raise RoutineFileError.of_all([error]) from None
    return _read_routine(fields, builtin)


def load_routine_file(path: Path, *, builtin: bool = False) -> Routine:
    """Read one routine file; every failure is a RoutineFileError."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as error:
        raise RoutineFileError(path, None, f"cannot be read: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise RoutineFileError(path, None, f"is over {MAX_FILE_BYTES // 1024} KiB; "
                                           "a routine file is data, not code")
    return parse_routine(data, path, builtin=builtin)


@dataclass
class Catalogue:
    """Every routine that loaded, by id, and the problems with the files that did not.

    Attributes:
        routines: loaded routines by id, built-ins first, then the user's by file name.
        problems: one error per file that was skipped (and per translation entry not used).
        language: the language the built-in routines are in.
        originals: the built-in routines as written (English), to translate again into another language.
    """

    routines: dict[str, Routine] = field(default_factory=dict)
    problems: list[RoutineFileError] = field(default_factory=list)
    language: str = ENGLISH
    originals: dict[str, Routine] = field(default_factory=dict)

    def get(self, routine_id: str) -> Routine | None:
        return self.routines.get(routine_id)

    def use_language(self, language: str) -> None:
        """Put the built-in routines into ``language`` (the app's Language setting changed)."""
        if language == self.language:
            return
        self.problems[:] = [problem for problem in self.problems if not is_translation_problem(problem)]
        for routine_id, original in self.originals.items():
            if routine_id in self.routines:
                self.routines[routine_id], problems = translate_routine(original, language)
                self.problems.extend(problems)
        self.language = language

    def take(self, fresh: Catalogue) -> None:
        """Become ``fresh`` (the same routines read again), in place: the app holds on to this object."""
        self.routines.clear()
        self.routines.update(fresh.routines)
        self.problems[:] = fresh.problems
        self.originals = fresh.originals
        self.language = fresh.language


def is_translation_problem(problem: RoutineFileError) -> bool:
    """A problem with a translation file: nothing was skipped, that text is shown in English."""
    return problem.file.parent.name == TRANSLATIONS_FOLDER


def load_catalogue(builtin_dir: Path, user_dir: Path | None, language: str = ENGLISH) -> Catalogue:
    """Load the built-in routines (translated into ``language``), then the user's ``*.toml`` files.

    A user file with a problem, or whose id is already taken, is reported in
    ``problems`` and skipped; it never stops the others from loading. A
    translation's problems are reported too; those fields stay in English.
    """
    catalogue = Catalogue()
    _load_dir(catalogue, builtin_dir, builtin=True)
    catalogue.originals = dict(catalogue.routines)
    catalogue.use_language(language)
    if user_dir is not None:
        _load_dir(catalogue, user_dir, builtin=False)
    return catalogue


def _load_dir(catalogue: Catalogue, directory: Path, *, builtin: bool) -> None:
    try:
        paths = sorted(p for p in directory.glob("*.toml"))
    except OSError as error:
        catalogue.problems.append(RoutineFileError(directory, None, f"cannot be listed: {error.strerror}"))
        return
    if len(paths) > MAX_USER_FILES:
        catalogue.problems.append(RoutineFileError(
            directory, None, f"holds {len(paths)} routine files; only the first {MAX_USER_FILES} were read"))
        paths = paths[:MAX_USER_FILES]
    for path in paths:
        try:
            routine = load_routine_file(path, builtin=builtin)
        except RoutineFileError as error:
            catalogue.problems.append(error)
            continue
        taken = catalogue.routines.get(routine.id)
        if taken is not None:
            catalogue.problems.append(RoutineFileError(
                path, "id", f'"{routine.id}" is already used by {taken.source}; give this routine another id'))
            continue
        catalogue.routines[routine.id] = routine


def _read_routine(fields: Fields, builtin: bool) -> Routine:
    routine_id = fields.attempt(lambda: fields.slug("id"), "")
    title = fields.attempt(lambda: fields.text("title"), "")
    description = fields.attempt(lambda: fields.text("description", required=False, prose=True), "")
    exercise_tables: list[Fields] = fields.attempt(
        lambda: fields.table_list("exercises", _EXERCISE_KEYS, min_items=1, max_items=MAX_EXERCISES), [])
    exercises = tuple(_read_exercise(table) for table in exercise_tables)
    seen: dict[str, str] = {}
    for table, exercise in zip(exercise_tables, exercises, strict=True):
        if exercise.id in seen:
            fields.problems.append(RoutineFileError(
                fields.file, table.field_path("id"),
                f'"{exercise.id}" is already the id of {seen[exercise.id]}; ids must be unique within a routine'))
        elif exercise.id:
            seen[exercise.id] = table.path
    if fields.problems:
        raise RoutineFileError.of_all(sorted(fields.problems, key=_file_order))
    return Routine(id=routine_id, title=title, description=description, exercises=exercises,
                   source=fields.file, builtin=builtin)


_EXERCISE_AT = re.compile(r"^exercises\[(\d+)\]")
_PHASE_AT = re.compile(r"\.tempo\[(\d+)\]")


def _file_order(problem: RoutineFileError) -> tuple[int, int]:
    """Where a problem sits in the file: routine fields first, then by exercise, then by tempo phase.

    The unknown fields of every exercise (and of every phase) are noticed as
    their list is opened, before any of them is read; a stable sort puts each
    problem back with its own exercise and phase.
    """
    field = problem.field or ""
    exercise = _EXERCISE_AT.match(field)
    phase = _PHASE_AT.search(field)
    return (int(exercise.group(1)) if exercise else -1, int(phase.group(1)) if phase else -1)


def _read_exercise(fields: Fields) -> Exercise:
    """The exercise as far as it reads; each problem is noted in ``fields.problems``."""
    exercise_id = fields.attempt(lambda: fields.slug("id"), "")
    name = fields.attempt(lambda: fields.text("name"), "")
    purpose = fields.attempt(lambda: fields.text("purpose", prose=True), "")
    setup: tuple[str, ...] = fields.attempt(lambda: fields.text_list("setup", max_items=MAX_SETUP_STEPS), ())
    dose = fields.attempt(lambda: _read_dose(fields.table("dose", _DOSE_KEYS)), None)
    side_cue = fields.attempt(lambda: fields.text("side_cue", required=False, default=DEFAULT_SIDE_CUE,
                                                  placeholders=_SIDE_WORDS), DEFAULT_SIDE_CUE)
    if fields.has("side_cue") and dose is not None and not dose.sides:
        fields.problems.append(RoutineFileError(
            fields.file, fields.field_path("side_cue"),
            'is only used by an exercise with sides; add dose.sides = ["left", "right"] or remove side_cue'))
    return Exercise(id=exercise_id, name=name, purpose=purpose, setup=setup, side_cue=side_cue,
                    dose=dose or _NO_DOSE)


def _read_dose(fields: Fields) -> Dose:
    def amount(key: str, **limits: object) -> Amount | None:
        return fields.attempt(lambda: fields.amount(key, **limits), None)  # type: ignore[arg-type]

    reps = amount("reps", unit="reps", low=1, high=100, whole=True, default=1)
    rounds = amount("rounds", unit="rounds", low=1, high=20, whole=True, default=1)
    sides: tuple[str, ...] = fields.attempt(lambda: _read_sides(fields), ())
    hold = amount("hold", unit="seconds", low=0.5, high=MAX_SECONDS, whole=False, required=False)
    rest = amount("rest_between_rounds", unit="seconds", low=0, high=MAX_SECONDS, whole=False, default=0)
    times_per_day = fields.attempt(lambda: fields.whole_number("times_per_day", low=1, high=12), None)
    phase_tables: list[Fields] = fields.attempt(
        lambda: fields.table_list("tempo", _PHASE_KEYS, min_items=1, max_items=MAX_TEMPO_PHASES), [])
    phases = [(table, _read_phase(table, sides)) for table in phase_tables]
    tempo = tuple(phase for _, phase in phases)

    untimed = [table for table, phase in phases if phase.kind is PhaseKind.HOLD and phase.seconds is None]
    if untimed and hold is None and not fields.has("hold"):
        fields.problems.append(RoutineFileError(
            fields.file, fields.field_path("hold"),
            f"expected seconds for {untimed[0].path.rsplit('.', 1)[-1]}, a hold with no seconds of its own, "
            "found nothing (the field is missing)"))
    if hold is not None and phases and not untimed:
        fields.problems.append(RoutineFileError(
            fields.file, fields.field_path("hold"),
            'is not used: add a tempo phase with kind = "hold" and no seconds, or remove hold'))
    return Dose(reps=reps or _ONE, rounds=rounds or _ONE, sides=sides, tempo=tempo, hold=hold,
                rest_between_rounds=rest or _NONE, times_per_day=times_per_day)


def _read_sides(fields: Fields) -> tuple[str, ...]:
    value = fields.raw("sides")
    if value is None:
        return ()
    expected = 'a list of sides in the order to work them: [], ["left", "right"] or ["right", "left"]'
    if not isinstance(value, list) or not all(isinstance(side, str) and side in SIDES for side in value) \
            or len(set(value)) != len(value) or len(value) == 1:
        raise fields.error("sides", expected, value)
    return tuple(value)


def _read_phase(fields: Fields, sides: tuple[str, ...]) -> Phase:
    kind = PhaseKind(fields.attempt(
        lambda: fields.choice("kind", tuple(k.value for k in PhaseKind), PhaseKind.MOVE.value),
        PhaseKind.MOVE.value))

    def read_seconds() -> Amount | None:  # None: a hold without its own seconds uses the dose's hold
        return fields.amount("seconds", unit="seconds", low=0.5, high=MAX_SECONDS, whole=False,
                             required=kind is PhaseKind.MOVE)

    seconds = fields.attempt(read_seconds, _ONE)
    placeholders = _PHASE_WORDS if sides else _PHASE_WORDS - _SIDE_WORDS
    say = fields.attempt(lambda: fields.text("say", placeholders=placeholders), "")
    caption = fields.attempt(lambda: fields.text("caption", required=False, default=say,
                                                 placeholders=placeholders), say)
    return Phase(kind=kind, seconds=seconds, say=say, caption=caption)
