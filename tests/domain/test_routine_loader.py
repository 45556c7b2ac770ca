"""The routine loader: every bad file is one RoutineFileError a person can act on.

Bad files are made from the built-in lower-back routine: parse it, change one
field, write it back with the small TOML writer below, and read the message.
"""

from __future__ import annotations

import copy
import json
import math
import os
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.routine import Level, Routine
from coach.domain.routine_errors import RoutineFileError
from coach.domain.routine_loader import MAX_FILE_BYTES, load_catalogue, load_routine_file, parse_routine
from coach.resources import builtin_routines_dir

BASE_FILE = builtin_routines_dir() / "lower-back.toml"
BASE_TEXT = BASE_FILE.read_text(encoding="utf-8")
BASE = tomllib.loads(BASE_TEXT)
SOURCE = Path("/home/someone/routines/my-routine.toml")
DELETE = object()
FUZZ = settings(max_examples=200, deadline=None)


# --- a tiny TOML writer: everything below the top level is written inline ---

def toml_key(key: str) -> str:
    return json.dumps(key, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        assert math.isfinite(value), "the writer does not do inf or nan"
        return repr(value)
    if isinstance(value, str):
        return toml_key(value)  # a JSON string is a TOML basic string, once DEL is escaped
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"not a TOML value: {value!r}")


def dumps(document: dict) -> str:
    return "".join(f"{toml_key(key)} = {toml_value(value)}\n" for key, value in document.items())


def edited(path: tuple, value: object) -> dict:
    """A copy of the lower-back routine with the field at path set (or DELETEd)."""
    document = copy.deepcopy(BASE)
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if value is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return document


def error_for(document: dict) -> RoutineFileError:
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(dumps(document).encode("utf-8"), SOURCE)
    return caught.value


# --- strategies ---

KNOWN_KEYS = ("id", "title", "description", "exercises", "name", "purpose", "setup", "side_cue", "dose",
              "reps", "rounds", "sides", "tempo", "hold", "rest_between_rounds", "times_per_day",
              "kind", "seconds", "say", "caption")
TEXT = st.text(st.characters(codec="utf-8"), max_size=12)
PLAUSIBLE = st.sampled_from(["left", "right", "hold", "move", "bridge", "{side}", "{seconds} s", "{leg}",
                             "{side:>9}", "}", "", " ", 0, 1, 2, 5, 0.5, 600, 601, -1, True,
                             [], [2, 3], [3, 2], ["left", "right"], ["right", "left"], ["left"]])
LEAVES = st.one_of(st.booleans(), st.integers(-(2**63), 2**63 - 1),
                   st.floats(allow_nan=False, allow_infinity=False), TEXT, PLAUSIBLE)
KEYS = st.one_of(st.sampled_from(KNOWN_KEYS), TEXT)
VALUES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                      max_leaves=20)
DOCUMENTS = st.dictionaries(KEYS, VALUES, max_size=6)


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    found = []
    for key, child in children:
        found.append(prefix + (key,))
        found.extend(_paths(child, prefix + (key,)))
    return found


PATHS = _paths(BASE)


# --- the writer itself ---

def test_writer_round_trips_the_builtin_routine() -> None:
    """The bad-file tests are only as good as the writer: it must reproduce the routine exactly."""
    assert tomllib.loads(dumps(BASE)) == BASE
    assert parse_routine(dumps(BASE).encode(), SOURCE) == parse_routine(BASE_TEXT.encode(), SOURCE)


@FUZZ
@given(DOCUMENTS)
def test_writer_round_trips_any_document(document: dict) -> None:
    """Odd keys and texts (quotes, control characters, DEL, emoji) survive the writer."""
    assert tomllib.loads(dumps(document)) == document


# --- one field wrong: the message names the file, the field, what was expected and found ---

EX = "exercises"
CASES = [
    pytest.param((EX, 2, "dose", "hold"), "five", "exercises[2].dose.hold",
                 ["expected a number of seconds from 0.5 to 600", 'found "five" (text)'], id="hold-as-text"),
    pytest.param((EX, 1, "dose", "reps"), [3, 2], "exercises[1].dose.reps",
                 ["expected a range [min, max] with min <= max", "found [3, 2]"], id="range-min-over-max"),
    pytest.param((EX, 0, "dose", "reps"), 0, "exercises[0].dose.reps",
                 ["expected a whole number of reps from 1 to 100", "found 0 (a whole number)"], id="reps-zero"),
    pytest.param((EX, 0, "dose", "reps"), 1.5, "exercises[0].dose.reps",
                 ["expected a whole number of reps", "found 1.5 (a decimal number)"], id="reps-fraction"),
    pytest.param((EX, 0, "dose", "reps"), True, "exercises[0].dose.reps",
                 ["expected a whole number of reps", "found true (true/false)"], id="reps-bool"),
    pytest.param(("title",), DELETE, "title",
                 ["expected text of 1 to 400 characters", "found nothing (the field is missing)"], id="no-title"),
    pytest.param((EX, 0, "dose", "repz"), 15, "exercises[0].dose.repz",
                 ['unknown field; did you mean "reps"?'], id="unknown-key"),
    pytest.param(("id",), "Lower Back", "id",
                 ["expected a short id of lowercase letters, digits and dashes", 'found "Lower Back" (text)'],
                 id="bad-routine-id"),
    pytest.param((EX, 0, "id"), "bridge_1", "exercises[0].id",
                 ["expected a short id", 'found "bridge_1" (text)'], id="bad-exercise-id"),
    pytest.param((EX, 1, "dose", "sides"), ["left"], "exercises[1].dose.sides",
                 ['expected a list of sides', '["left", "right"]', "found a list of 1 item"], id="one-side"),
    pytest.param((EX, 1, "dose", "sides"), ["up", "down"], "exercises[1].dose.sides",
                 ["expected a list of sides", "found a list of 2 items"], id="unknown-sides"),
    pytest.param((EX, 0, "dose", "tempo", 1, "seconds"), DELETE, "exercises[0].dose.hold",
                 ["expected seconds for tempo[1]", "found nothing"], id="untimed-hold-without-hold"),
    pytest.param((EX, 0, "dose", "hold"), 5, "exercises[0].dose.hold", ["is not used"], id="unused-hold"),
    pytest.param((EX, 1, "dose", "tempo", 0, "say"), "Lift your {leg}", "exercises[1].dose.tempo[0].say",
                 ["unknown placeholder {leg}", "allowed here: {other_side}, {seconds}, {side}"],
                 id="unknown-placeholder"),
    pytest.param((EX, 0, "dose", "tempo", 0, "caption"), "Lift your {side} hip",
                 "exercises[0].dose.tempo[0].caption", ["unknown placeholder {side}", "allowed here: {seconds}"],
                 id="side-placeholder-without-sides"),
    pytest.param((EX, 1, "side_cue"), "Now your {side:>999} knee.", "exercises[1].side_cue",
                 ["not a plain placeholder like {side}"], id="format-spec"),
    pytest.param((EX, 3, "id"), "bridge", "exercises[3].id",
                 ['"bridge" is already the id of exercises[0]'], id="duplicate-exercise-id"),
    pytest.param((EX, 0, "purpose"), "x" * 401, "exercises[0].purpose",
                 ["expected text of 1 to 400 characters", "found text of 401 characters"], id="text-too-long"),
    pytest.param((EX,), [], "exercises",
                 ["expected a list of 1 to 40 [[exercises]] tables", "found a list of 0 items"],
                 id="no-exercises"),
    pytest.param((EX, 4, "side_cue"), "Now your {side} side.", "exercises[4].side_cue",
                 ["only used by an exercise with sides"], id="side-cue-without-sides"),
    pytest.param((EX, 0, "setup", 1), 7, "exercises[0].setup[1]",
                 ["expected text", "found 7 (a whole number)"], id="setup-step-not-text"),
    pytest.param((EX, 0, "dose", "tempo", 2, "kind"), "pause", "exercises[0].dose.tempo[2].kind",
                 ['expected one of "move", "hold"', 'found "pause" (text)'], id="unknown-phase-kind"),
]


@pytest.mark.parametrize(("path", "value", "field", "fragments"), CASES)
def test_one_bad_field_gives_an_actionable_message(path: tuple, value: object, field: str,
                                                  fragments: list[str]) -> None:
    """Each mistake names the file, the exact field path, what was expected and what was found."""
    error = error_for(edited(path, value))
    message = str(error)
    assert error.file == SOURCE and error.field == field
    assert message.startswith(f"{SOURCE}: {field}: "), message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"


# --- control characters: a terminal obeys them, so a routine's texts may hold none ---

CONTROLS = [
    pytest.param(("title",), "Evil\x07\x1b]0;pwn\x07", "title", "BEL (\\x07) at character 5", id="title-bel"),
    pytest.param((EX, 0, "name"), "Bridge\x1b[2J", "exercises[0].name", "ESC (\\x1b) at character 7", id="esc"),
    pytest.param((EX, 0, "name"), "Bridge\rOK", "exercises[0].name", "carriage return (\\r)", id="cr"),
    pytest.param((EX, 0, "name"), "Bri\x00dge", "exercises[0].name", "NUL (\\x00)", id="nul"),
    pytest.param((EX, 0, "setup", 0), "Lie down\x9b2J", "exercises[0].setup[0]", "a control character (\\x9b)",
                 id="c1-csi"),
    pytest.param((EX, 0, "dose", "tempo", 0, "say"), "Lift\x7f", "exercises[0].dose.tempo[0].say", "DEL (\\x7f)",
                 id="del"),
    pytest.param((EX, 0, "dose", "tempo", 0, "caption"), "Lift\nyour hips", "exercises[0].dose.tempo[0].caption",
                 "line break (\\n)", id="newline-in-caption"),
    pytest.param((EX, 1, "side_cue"), "Now your {side}\tknee.", "exercises[1].side_cue", "tab (\\t)", id="tab"),
    pytest.param(("description",), "Mine\u2028yours", "description", "a line separator (\\u2028)",
                 id="line-separator"),
    pytest.param((EX, 0, "purpose"), "Strong\x1bhips", "exercises[0].purpose", "ESC", id="esc-in-purpose"),
]


@pytest.mark.parametrize(("path", "value", "field", "fragment"), CONTROLS)
def test_control_characters_in_texts_are_refused(path: tuple, value: str, field: str, fragment: str) -> None:
    """Refused at load with the file and field; the message itself shows the character escaped."""
    error = error_for(edited(path, value))
    message = str(error)
    assert message.startswith(f"{SOURCE}: {field}: has "), message
    assert fragment in message and "remove it" in message
    assert message.isprintable()


def test_a_description_and_a_purpose_may_have_lines_and_tabs() -> None:
    document = edited(("description",), "From my physio.\n\tTwice a day.")
    document["exercises"][0]["purpose"] = "Strengthens the hips.\nAnd the back."
    routine = parse_routine(dumps(document).encode("utf-8"), SOURCE)
    assert routine.description == "From my physio.\n\tTwice a day."
    assert routine.exercises[0].purpose == "Strengthens the hips.\nAnd the back."


def test_joiners_and_other_format_characters_are_words() -> None:
    """The zero-width joiner and non-joiner are part of ordinary writing (emoji, Persian)."""
    routine = parse_routine(dumps(edited((EX, 0, "name"), "Bridge \U0001f9d8\u200d\u2642 \u0645\u06cc\u200c\u062e")
                                  ).encode("utf-8"), SOURCE)
    assert "\u200d" in routine.exercises[0].name


@pytest.mark.parametrize("word", ["nan", "inf", "-inf"])
def test_non_finite_seconds_are_refused(word: str) -> None:
    """TOML allows nan and inf; a hold of nan seconds would never end."""
    text = BASE_TEXT.replace("hold = 5 ", f"hold = {word} ", 1)
    assert text != BASE_TEXT
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(text.encode(), SOURCE)
    assert str(caught.value).startswith(f"{SOURCE}: exercises[1].dose.hold: expected a number of seconds")


def test_values_at_the_edges_still_load() -> None:
    """The limits are inclusive: a 400-character text, reps [1, 100] and right-then-left all load."""
    document = edited((EX, 0, "purpose"), "y" * 400)
    document[EX][1]["dose"]["reps"] = [1, 100]
    document[EX][1]["dose"]["sides"] = ["right", "left"]
    routine = parse_routine(dumps(document).encode(), SOURCE)
    assert routine.exercises[0].purpose == "y" * 400
    assert (routine.exercises[1].dose.reps.low, routine.exercises[1].dose.reps.high) == (1, 100)
    assert routine.exercises[1].dose.sides == ("right", "left")


# --- whole-file problems ---

def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    """A syntax error says "not valid TOML" and which file, with tomllib's line and column."""
    path = tmp_path / "typo.toml"
    path.write_text('id = "lower-back"\ntitle = = "x"\n', encoding="utf-8")
    with pytest.raises(RoutineFileError) as caught:
        load_routine_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: is not valid TOML") and "line 2" in message


def test_non_utf8_bytes_name_the_file_and_the_byte() -> None:
    """A file saved in Latin-1 is refused with the offset of the first bad byte."""
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(b'title = "caf\xe9"', SOURCE)
    message = str(caught.value)
    assert message == f"{SOURCE}: is not UTF-8 text (byte 12); save it as UTF-8"


def test_deep_nesting_is_a_file_error() -> None:
    """Twenty thousand nested brackets must not escape as RecursionError."""
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(b"a = " + b"[" * 20_000, SOURCE)
    message = str(caught.value)
    assert message.startswith(f"{SOURCE}: is not valid TOML")


def test_huge_integer_literal_is_a_file_error() -> None:
    """An integer past Python's 4300-digit limit makes tomllib raise a plain ValueError; it must not escape."""
    data = b"id = " + b"1" * 4301
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(data, SOURCE)
    message = str(caught.value)
    assert message.startswith(f"{SOURCE}: ")


def test_size_limit_is_exactly_64_kib(tmp_path: Path) -> None:
    """A file of exactly 64 KiB loads; one byte more is refused with a message naming the file."""
    base = BASE_TEXT.encode()
    path = tmp_path / "padded.toml"
    path.write_bytes(base + b"#" * (MAX_FILE_BYTES - len(base) - 1) + b"\n")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_routine_file(path).id == "lower-back"
    path.write_bytes(path.read_bytes() + b"\n")
    with pytest.raises(RoutineFileError) as caught:
        load_routine_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: is over 64 KiB")
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(path.read_bytes(), SOURCE)
    message = str(caught.value)
    assert message.startswith(f"{SOURCE}: is 65,537 bytes")


def test_directory_named_toml_is_reported_not_fatal(user_routines: Path) -> None:
    """A folder called x.toml in the user's folder is one problem; the built-ins still load."""
    (user_routines / "x.toml").mkdir()
    catalogue = load_catalogue(builtin_routines_dir(), user_routines)
    assert [problem.file for problem in catalogue.problems] == [user_routines / "x.toml"]
    assert str(catalogue.problems[0]).startswith(f"{user_routines / 'x.toml'}: cannot be read")
    assert catalogue.get("lower-back") is not None


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    """A file without read permission says it cannot be read, and which file."""
    if os.geteuid() == 0:
        pytest.skip("root can read a chmod 000 file")
    path = tmp_path / "locked.toml"
    path.write_text(BASE_TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(RoutineFileError) as caught:
            load_routine_file(path)
        message = str(caught.value)
    finally:
        path.chmod(0o600)
    assert message.startswith(f"{path}: cannot be read: Permission denied")


# --- the catalogue ---

def test_catalogue_keeps_good_files_and_reports_bad_ones(user_routines: Path) -> None:
    """A good user routine loads; a broken one and one reusing a built-in id are reported by file."""
    (user_routines / "mine.toml").write_text(dumps(edited(("id",), "my-back")), encoding="utf-8")
    (user_routines / "broken.toml").write_text(dumps(edited(("title",), DELETE)), encoding="utf-8")
    (user_routines / "copy.toml").write_text(BASE_TEXT, encoding="utf-8")
    (user_routines / "notes.txt").write_text("not a routine", encoding="utf-8")

    catalogue = load_catalogue(builtin_routines_dir(), user_routines)

    mine = catalogue.get("my-back")
    assert mine is not None and not mine.builtin and mine.source == user_routines / "mine.toml"
    builtin = catalogue.get("lower-back")
    assert builtin is not None and builtin.builtin and builtin.source == BASE_FILE
    problems = {problem.file.name: str(problem) for problem in catalogue.problems}
    assert set(problems) == {"broken.toml", "copy.toml"}
    assert problems["broken.toml"].startswith(f"{user_routines / 'broken.toml'}: title: expected text")
    assert problems["copy.toml"].startswith(f'{user_routines / "copy.toml"}: id: "lower-back" is already used by')
    assert str(BASE_FILE) in problems["copy.toml"]


def test_missing_user_folder_is_fine(user_dirs: dict[str, Path]) -> None:
    """Before the user makes any routine their folder does not exist; that is not a problem."""
    from coach.storage.paths import user_routines_dir

    assert not user_routines_dir().exists()
    catalogue = load_catalogue(builtin_routines_dir(), user_routines_dir())
    assert catalogue.problems == []
    assert catalogue.get("lower-back") is not None
    assert all(routine.builtin for routine in catalogue.routines.values())


# --- property tests: whatever the file holds, the only failure is a RoutineFileError ---

def _assert_usable(routine: Routine) -> None:
    """What the player relies on for any routine the loader accepts."""
    assert routine.exercises
    ids = [exercise.id for exercise in routine.exercises]
    assert len(set(ids)) == len(ids)
    for exercise in routine.exercises:
        dose = exercise.dose
        assert dose.sides in ((), ("left", "right"), ("right", "left"))
        for amount in (dose.reps, dose.rounds, dose.rest_between_rounds, dose.hold):
            assert amount is None or 0 <= amount.low <= amount.high
        words = {"seconds": 5} | ({"side": "left", "other_side": "right"} if dose.sides else {})
        for phase in dose.tempo:
            assert 0 < dose.phase_seconds(phase, Level.STANDARD) <= 600
            phase.say.format(**words)
            phase.caption.format(**words)
        if dose.sides:
            exercise.side_cue.format(**words)


def _check(data: bytes) -> None:
    try:
        routine = parse_routine(data, SOURCE)
    except RoutineFileError as error:
        assert error.file == SOURCE and str(error).startswith(f"{SOURCE}: ")
        if error.field is not None:
            assert str(error).startswith(f"{SOURCE}: {error.field}: ")
    else:
        _assert_usable(routine)


def _splice(start: int, length: int, insert: bytes) -> bytes:
    base = BASE_TEXT.encode()
    return base[:start] + insert + base[start + length:]


@FUZZ
@given(st.one_of(st.binary(max_size=2000),
                 st.builds(_splice, st.integers(0, len(BASE_TEXT.encode())), st.integers(0, 40),
                           st.binary(max_size=20))))
def test_any_bytes_give_a_routine_or_a_file_error(data: bytes) -> None:
    """Random bytes, and the real routine with random bytes spliced in, never raise anything else."""
    _check(data)


@FUZZ
@given(DOCUMENTS)
def test_any_toml_document_gives_a_file_error(document: dict) -> None:
    """Any well-formed TOML that is not a routine is refused with a message naming the file."""
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(dumps(document).encode(), SOURCE)
    assert str(caught.value).startswith(f"{SOURCE}: ")


@FUZZ
@given(st.sampled_from(PATHS), st.one_of(st.just(DELETE), VALUES))
def test_one_random_change_gives_a_usable_routine_or_a_file_error(path: tuple, value: object) -> None:
    """Replace or remove any one field of the real routine: it loads and is usable, or it is refused."""
    _check(dumps(edited(path, value)).encode())
