"""Routine documents: export -> import is identity, defaults stay out, and a bad document lists every problem.

``document_of`` turns a Routine into the data of its file, ``routine_text``
writes that data as TOML and ``parse_document`` checks it back: whatever the
routine (odd texts, fractional seconds, 40 exercises), the round trip must
give the very same Routine.
"""

from __future__ import annotations

import copy
import functools
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.domain.routine import Amount, Dose, Exercise, Phase, PhaseKind, Routine
from coach.domain.routine_document import (
    blank_exercise,
    blank_routine,
    copy_document,
    document_of,
    routine_text,
    slug_of,
    unique_id,
)
from coach.domain.routine_errors import RoutineFileError
from coach.domain.routine_loader import DEFAULT_SIDE_CUE, load_catalogue, parse_document, parse_routine
from coach.resources import builtin_routines_dir

SOURCE = Path("/home/someone/routines/mine.toml")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
BUILTINS = load_catalogue(builtin_routines_dir(), None).routines
ROUND_TRIPS = settings(max_examples=100, deadline=None,
                       suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def round_trip(routine: Routine) -> Routine:
    """Export then import, the way a file goes: data -> TOML text -> tomllib -> checker."""
    text = routine_text(document_of(routine))
    return parse_document(tomllib.loads(text), routine.source, builtin=routine.builtin)


# --- strategies: valid routines, built directly as Routine objects ---

# Characters that trip up a hand-made TOML writer: quotes, backslashes, every
# kind of control character, DEL, a BOM, line separators, emoji, braces.
AWKWARD = list('"\'\\\x00\x01\x08\x09\x0a\x0b\x0c\x0d\x1b\x1f\x7f\x80\x85\xa0\u2028\u2029\ufeff😀é中{}#=[]')
CHARS = st.one_of(st.characters(codec="utf-8"), st.sampled_from(AWKWARD))
# A valid routine's texts hold no control characters or line separators (the loader refuses them),
# but still every other awkward character.
TEXT_CHARS = st.one_of(st.characters(codec="utf-8", exclude_categories=("Cc", "Zl", "Zp")),
                       st.sampled_from([c for c in AWKWARD if c.isprintable() or c == "\ufeff"]))


def _literal(chunk: str) -> str:
    """A chunk of text as it is written in a routine file: braces doubled, so they are not placeholders."""
    return chunk.replace("{", "{{").replace("}", "}}")


@functools.cache  # strategies are built once: building one per draw is what makes a test slow
def texts(*placeholders: str) -> st.SearchStrategy[str]:
    """Valid texts as the loader keeps them: stripped, 1-400 characters, only the allowed {placeholders}."""
    chunk = st.text(TEXT_CHARS, min_size=1, max_size=16).map(_literal)
    if placeholders:
        chunk = st.one_of(chunk, st.sampled_from(["{" + name + "}" for name in placeholders]))
    short = st.lists(chunk, min_size=1, max_size=6).map("".join).map(str.strip)
    long = st.sampled_from(["x" * 400, "é" * 400, "{{}}" * 100, "😀" * 399 + "!"])
    return st.one_of(short, long).filter(lambda text: 0 < len(text) <= 400)


SLUGS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)


@functools.cache
def whole_amounts(low: int, high: int) -> st.SearchStrategy[Amount]:
    fixed = st.integers(low, high).map(lambda n: Amount.fixed(float(n)))
    pair = st.tuples(st.integers(low, high), st.integers(low, high)).map(sorted)
    return st.one_of(st.just(Amount.fixed(float(low))), fixed,
                     pair.map(lambda p: Amount(float(p[0]), float(p[1]))))


@functools.cache
def second_amounts(low: float) -> st.SearchStrategy[Amount]:
    number = st.one_of(st.integers(int(max(low, 1)), 600).map(float),
                       st.sampled_from([low, 2.5, 0.5, 7.25, 0.1 + 0.2 + 1, 599.5, 600.0]).filter(lambda x: x >= low),
                       st.floats(low, 600))
    pair = st.tuples(number, number).map(sorted)
    return st.one_of(number.map(Amount.fixed), pair.map(lambda p: Amount(p[0], p[1])))


@functools.cache
def plain_texts(*placeholders: str) -> st.SearchStrategy[str]:
    """Cheap texts, for the many exercises of a long routine."""
    return st.sampled_from(["Lift", "Hold", "Lie on your back.", "x" * 400]
                           + [f"Now {{{name}}}" for name in placeholders])


@st.composite
def phases(draw: st.DrawFn, sided: bool, words: object = texts) -> Phase:
    kind = draw(st.sampled_from(PhaseKind))
    seconds = None if kind is PhaseKind.HOLD and draw(st.booleans()) else draw(second_amounts(0.5))
    names = ("seconds", "side", "other_side") if sided else ("seconds",)
    say = draw(words(*names))
    caption = say if draw(st.booleans()) else draw(words(*names))
    return Phase(kind=kind, seconds=seconds, say=say, caption=caption)


@st.composite
def exercises(draw: st.DrawFn, exercise_id: str, words: object = texts) -> Exercise:
    sides = draw(st.sampled_from([(), ("left", "right"), ("right", "left")]))
    tempo = tuple(draw(st.lists(phases(bool(sides), words), min_size=1, max_size=8)))
    untimed = any(phase.kind is PhaseKind.HOLD and phase.seconds is None for phase in tempo)
    dose = Dose(reps=draw(whole_amounts(1, 100)), rounds=draw(whole_amounts(1, 20)), sides=sides, tempo=tempo,
                hold=draw(second_amounts(0.5)) if untimed else None,
                rest_between_rounds=draw(st.one_of(st.just(Amount.fixed(0.0)), second_amounts(0))),
                times_per_day=draw(st.one_of(st.none(), st.integers(1, 12))))
    side_cue = draw(st.one_of(st.just(DEFAULT_SIDE_CUE), words("side", "other_side"))) if sides \
        else DEFAULT_SIDE_CUE
    return Exercise(id=exercise_id, name=draw(words()), purpose=draw(words()),
                    setup=tuple(draw(st.lists(words(), max_size=12))), side_cue=side_cue, dose=dose)


@st.composite
def routines(draw: st.DrawFn) -> Routine:
    """1-40 exercises: the first few with awkward texts, the rest (if any) with plain ones, to keep it quick."""
    count = draw(st.one_of(st.integers(1, 4), st.integers(1, 4), st.integers(1, 40)))
    ids = draw(st.lists(SLUGS, min_size=count, max_size=count, unique=True))
    awkward = draw(st.integers(1, min(count, 4)))
    return Routine(id=draw(SLUGS), title=draw(texts()), description=draw(st.one_of(st.just(""), texts())),
                   exercises=tuple(draw(exercises(exercise_id, texts if i < awkward else plain_texts))
                                   for i, exercise_id in enumerate(ids)),
                   source=SOURCE, builtin=draw(st.booleans()))


# --- export -> import is identity ---

@pytest.mark.parametrize("routine_id", sorted(BUILTINS))
def test_every_builtin_routine_survives_export_and_import(routine_id: str) -> None:
    """The shipped routines are the model files: writing and reading one back changes nothing."""
    routine = BUILTINS[routine_id]
    assert round_trip(routine) == routine
    # ...also as bytes through the file reader, the way `backcoach import` reads an exported file.
    data = routine_text(document_of(routine)).encode("utf-8")
    assert parse_routine(data, routine.source, builtin=True) == routine


@ROUND_TRIPS
@given(routines())
def test_any_valid_routine_survives_export_and_import(routine: Routine) -> None:
    """Unicode, quotes, backslashes, control characters, DEL, emoji, 2.5 s, ranges, sides, untimed holds."""
    document = document_of(routine)
    assert parse_document(copy.deepcopy(document), routine.source, builtin=routine.builtin) == routine
    text = routine_text(document)
    assert tomllib.loads(text) == document
    assert round_trip(routine) == routine


def test_awkward_texts_survive_export_and_import() -> None:
    """One routine with every awkward character spelled out, so a failure here is easy to read."""
    base = BUILTINS["lower-back"]
    awkward = 'He said "lift" \\ then {{rest}} # = [x] end 😀 ﻿ \u200d 中 x'
    bridge = base.exercises[0]
    phase = Phase(kind=PhaseKind.MOVE, seconds=Amount(2.5, 7.25), say="Up {seconds} é", caption=awkward)
    bridge = Exercise(id=bridge.id, name=awkward, purpose="é" * 400, setup=(awkward, "a" * 31, "b"),
                      side_cue=DEFAULT_SIDE_CUE, dose=Dose(
                          reps=Amount(1, 100), rounds=Amount.fixed(20), sides=(), tempo=(phase,), hold=None,
                          rest_between_rounds=Amount.fixed(0.5), times_per_day=12))
    routine = Routine(id=base.id, title=awkward, description=awkward, exercises=(bridge, *base.exercises[1:]),
                      source=SOURCE, builtin=False)
    assert parse_document(document_of(routine), SOURCE) == routine
    assert round_trip(routine) == routine
    # The writer still escapes what a routine may not hold, e.g. for the editor's unsaved text.
    text = routine_text(document_of(routine) | {"title": "a\x7f\x00\x1b\t\n\u2028 b"})
    assert "\\u007F" in text and "\x7f" not in text and "\x00" not in text
    assert tomllib.loads(text)["title"] == "a\x7f\x00\x1b\t\n\u2028 b"


# --- routine_text: always valid TOML ---

KEYS = st.one_of(st.sampled_from(["id", "title", "say", "a b", "", "ключ", "x.y", '"', "\\", "\x7f", "😀"]),
                 st.text(CHARS, max_size=8))
SCALARS = st.one_of(st.booleans(), st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False),
                    st.text(CHARS, max_size=40))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=3),
                      max_leaves=10)


def _without(key: str) -> st.SearchStrategy[str]:
    return KEYS.filter(lambda k: k != key)


DOSES = st.builds(lambda table, tempo: table | ({"tempo": tempo} if tempo is not None else {}),
                  st.dictionaries(_without("tempo"), VALUES, max_size=4),
                  st.none() | st.lists(st.dictionaries(KEYS, VALUES, max_size=4), max_size=4))
EXERCISES = st.builds(lambda table, dose: table | ({"dose": dose} if dose is not None else {}),
                      st.dictionaries(_without("dose"), VALUES, max_size=4), st.none() | DOSES)
DOCUMENTS = st.builds(lambda table, exercises: table | {"exercises": exercises},
                      st.dictionaries(_without("exercises"), VALUES, max_size=4),
                      st.lists(EXERCISES, min_size=1, max_size=4))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_routine_text_is_always_valid_toml_that_reads_back_the_same(document: dict) -> None:
    """Whatever the editor holds (odd keys, nested tables, long lists, big numbers), the text is TOML of it."""
    assert tomllib.loads(routine_text(document)) == document


def test_routine_text_looks_like_the_builtin_files() -> None:
    """Ranges on one line, each tempo phase one inline table, a header saying how the file is checked."""
    text = routine_text(document_of(BUILTINS["cat-stretch"]))
    assert text.startswith("# A Back Coach routine.")
    assert "\n[[exercises]]\n" in text and "\n[exercises.dose]\n" in text
    assert "\nreps = [3, 5]\n" in text and "\ntimes_per_day = 2\n" in text
    phase = '{ kind = "move", seconds = 3, say = "Round your back up", caption = "Round your back up, belly in" }'
    assert f"\n    {phase},\n" in text


# --- document_of leaves the defaults out ---

EXPLICIT_DEFAULTS = """
id = "defaults"
title = "Every default written out"
description = ""
[[exercises]]
id = "one"
name = "One"
purpose = "Has every default spelled out."
side_cue = "Now your {side} side."
[exercises.dose]
reps = 1
rounds = 1
sides = ["left", "right"]
hold = 5.0
rest_between_rounds = 0
tempo = [
    { kind = "move", seconds = 2.0, say = "Lift", caption = "Lift" },
    { kind = "hold", say = "Hold {seconds}", caption = "  Hold {seconds}  " },
    { kind = "move", seconds = [2.5, 4.0], say = "Lower" },
]
[[exercises]]
id = "two"
name = "Two"
purpose = "Fixed and ranged whole numbers."
[exercises.dose]
reps = [2, 3]
rounds = [1, 1]
rest_between_rounds = 60.0
tempo = [{ kind = "move", seconds = 3, say = "Go" }]
"""


def test_document_of_leaves_defaults_out() -> None:
    """rounds = 1, reps = 1, no rest, caption == say, the default side cue: none of them is written."""
    with pytest.raises(RoutineFileError, match="description: expected text"):
        parse_routine(EXPLICIT_DEFAULTS.encode(), SOURCE)  # an empty description is refused...
    routine = parse_routine(EXPLICIT_DEFAULTS.replace('description = ""\n', "").encode(), SOURCE)
    document = document_of(routine)
    assert "description" not in document
    one, two = document["exercises"]
    assert "side_cue" not in one and "setup" not in one
    assert set(one["dose"]) == {"sides", "hold", "tempo"}
    assert one["dose"]["tempo"] == [
        {"kind": "move", "seconds": 2, "say": "Lift"},
        {"kind": "hold", "say": "Hold {seconds}"},
        {"kind": "move", "seconds": [2.5, 4], "say": "Lower"},
    ]
    assert set(two["dose"]) == {"reps", "rest_between_rounds", "tempo"}
    assert parse_document(document, SOURCE) == routine


def test_document_of_writes_whole_numbers_without_a_point() -> None:
    """hold = 5.0 in a file is written back as 5; 2.5 stays 2.5; ranges of whole numbers stay whole."""
    routine = parse_routine(EXPLICIT_DEFAULTS.replace('description = ""\n', "").encode(), SOURCE)
    document = document_of(routine)
    one, two = document["exercises"]
    assert type(one["dose"]["hold"]) is int and one["dose"]["hold"] == 5
    assert [type(n) for n in one["dose"]["tempo"][2]["seconds"]] == [float, int]
    assert type(two["dose"]["rest_between_rounds"]) is int
    assert all(type(n) is int for n in two["dose"]["reps"])
    text = routine_text(document)
    assert ".0," not in text and ".0]" not in text and not re.search(r"\.0\b", text), text
    assert "hold = 5\n" in text and "seconds = [2.5, 4]" in text and "rest_between_rounds = 60\n" in text


def test_a_custom_side_cue_and_caption_are_kept() -> None:
    """What differs from the default is written: a side cue of one's own, a caption unlike the cue word."""
    knee = document_of(BUILTINS["lower-back"])["exercises"][1]
    assert knee["side_cue"] == "Now your {side} knee."
    assert knee["dose"]["tempo"][0]["caption"] == "Pull {side} knee to chest"


# --- new and copied documents ---

def test_blank_routine_and_exercise_pass_the_checker() -> None:
    """A new routine is valid from the start, and its id avoids the ones taken."""
    routine = parse_document(blank_routine(()), SOURCE)
    assert routine.id == "my-routine" and len(routine.exercises) == 1
    assert parse_document(blank_routine({"my-routine", "my-routine-2"}), SOURCE).id == "my-routine-3"
    document = blank_routine(())
    document["exercises"].append(blank_exercise([e["id"] for e in document["exercises"]]))
    document["exercises"].append(blank_exercise([e["id"] for e in document["exercises"]]))
    routine = parse_document(document, SOURCE)
    assert [e.id for e in routine.exercises] == ["exercise", "exercise-2", "exercise-3"]
    assert blank_exercise(()) is not blank_exercise(())  # fresh data each time: the editor changes it in place
    assert blank_exercise(())["dose"] is not blank_exercise(())["dose"]


def test_unique_id() -> None:
    assert unique_id("mine", ()) == "mine"
    assert unique_id("mine", {"mine"}) == "mine-2"
    assert unique_id("mine", {"mine", "mine-2", "mine-3"}) == "mine-4"
    assert unique_id("mine", {"mine-2"}) == "mine"
    assert unique_id("mine", {"mine": object(), "mine-2": object()}) == "mine-3"  # a catalogue's dict works too


@pytest.mark.parametrize(("text", "slug"), [
    ("Knee to chest!", "knee-to-chest"),
    ("  My  Back -- Routine  ", "my-back-routine"),
    ("Übungen für den Rücken", "bungen-f-r-den-r-cken"),
    ("😀😀", "routine"),
    ("", "routine"),
    ("a" * 49 + " b", "a" * 49),
])
def test_slug_of(text: str, slug: str) -> None:
    assert slug_of(text) == slug


@given(st.text(CHARS, max_size=80))
def test_slug_of_is_always_a_valid_id(text: str) -> None:
    slug = slug_of(text)
    assert SLUG.match(slug) and len(slug) <= 50


def test_copy_document_gets_a_new_id_and_title_and_leaves_the_original_alone() -> None:
    original = document_of(BUILTINS["lower-back"])
    before = copy.deepcopy(original)
    copied = copy_document(original, BUILTINS)
    assert original == before
    assert copied["id"] == "lower-back-copy" and copied["title"] == "Lower-back routine (copy)"
    assert copied["exercises"] == original["exercises"] and copied["exercises"] is not original["exercises"]
    copied["exercises"][0]["dose"]["tempo"][0]["say"] = "changed"
    assert original == before
    assert copy_document(original, {*BUILTINS, "lower-back-copy"})["id"] == "lower-back-copy-2"
    routine = parse_document(copied, SOURCE)
    assert routine.id == "lower-back-copy"


@pytest.mark.parametrize("title", ["t" * 400, "t" * 396 + "{{}}", "t" * 392 + "{{}}{{}}", "é" * 392 + "}}" + "é" * 6,
                                   "é" * 391 + "}}}}" + "é" * 5, "{{" * 200])
def test_a_copy_of_a_routine_with_the_longest_title_still_passes(title: str) -> None:
    """A 400-character title plus " (copy)" must not make the copy unsaveable (or an import --copy fail)."""
    assert len(title) == 400
    document = document_of(BUILTINS["cat-stretch"]) | {"title": title}
    assert parse_document(document, SOURCE).title == title
    copied = copy_document(document, BUILTINS)
    routine = parse_document(copied, SOURCE)
    assert routine.title.endswith(" (copy)")


@settings(ROUND_TRIPS, max_examples=25)
@given(routines(), st.sets(SLUGS, max_size=5))
def test_a_copy_of_any_valid_routine_is_valid(routine: Routine, taken: set[str]) -> None:
    taken = taken | {routine.id}
    copied = copy_document(document_of(routine), taken)
    assert copied["id"] not in taken
    assert parse_document(copied, SOURCE).exercises == routine.exercises


# --- the loader lists every problem, in the order of the file ---

def _lower_back() -> dict:
    return copy.deepcopy(document_of(BUILTINS["lower-back"]))


def test_every_problem_is_reported_in_file_order() -> None:
    """Three mistakes in three exercises: three problems, each naming file and field, first one first."""
    document = _lower_back()
    document["exercises"][0]["dose"]["reps"] = 0
    document["exercises"][2]["name"] = 5
    document["exercises"][4]["colour"] = "red"  # an unknown field: noticed as the list of exercises is opened
    with pytest.raises(RoutineFileError) as caught:
        parse_document(document, SOURCE)
    error = caught.value
    fields = [problem.field for problem in error.problems]
    assert fields == ["exercises[0].dose.reps", "exercises[2].name", "exercises[4].colour"]
    assert all(problem.file == SOURCE for problem in error.problems)
    assert all(str(problem).startswith(f"{SOURCE}: {problem.field}: ") for problem in error.problems)
    first = error.problems[0]
    assert (error.file, error.field) == (first.file, first.field)
    assert str(error) == f"{first} (and 2 more problems)"
    assert str(error.problems[1]) == f'{SOURCE}: exercises[2].name: expected text of 1 to 400 characters, ' \
                                     "found 5 (a whole number)"
    assert str(error.problems[2]).startswith(f"{SOURCE}: exercises[4].colour: unknown field;")


def test_problems_inside_one_exercise_are_in_file_order_too() -> None:
    """Tempo phases: a bad cue in the first phase comes before an unknown field in the third."""
    document = _lower_back()
    tempo = document["exercises"][1]["dose"]["tempo"]
    tempo[0]["say"] = 7
    tempo[2]["colour"] = "red"
    document["exercises"][1]["setup"] = ["fine", ""]
    with pytest.raises(RoutineFileError) as caught:
        parse_document(document, SOURCE)
    assert [p.field for p in caught.value.problems] == [
        "exercises[1].setup[1]", "exercises[1].dose.tempo[0].say", "exercises[1].dose.tempo[2].colour"]


def test_two_problems_say_one_more_problem() -> None:
    document = _lower_back()
    document["title"] = ""
    document["exercises"][3]["id"] = "bridge"  # the id of exercises[0]
    with pytest.raises(RoutineFileError) as caught:
        parse_document(document, SOURCE)
    error = caught.value
    assert [p.field for p in error.problems] == ["title", "exercises[3].id"]
    assert str(error).endswith(" (and 1 more problem)")
    assert str(error).startswith(f"{SOURCE}: title: expected text of 1 to 400 characters, found empty text")


def test_a_single_problem_keeps_its_exact_message() -> None:
    """One problem: the same message as before the loader learnt to collect them, no count added."""
    document = _lower_back()
    document["exercises"][2]["dose"]["hold"] = "five"
    with pytest.raises(RoutineFileError) as caught:
        parse_document(document, SOURCE)
    error = caught.value
    assert str(error) == (f'{SOURCE}: exercises[2].dose.hold: expected a number of seconds from 0.5 to 600, '
                          'or a range [min, max], found "five" (text)')
    assert error.problems == (error,)
    assert (error.file, error.field) == (SOURCE, "exercises[2].dose.hold")


def test_a_document_that_is_not_a_table_is_one_whole_file_problem() -> None:
    with pytest.raises(RoutineFileError) as caught:
        parse_document(["not", "a", "table"], SOURCE)
    assert caught.value.field is None and caught.value.problems == (caught.value,)
    assert str(caught.value) == f"{SOURCE}: expected a table, found a list of 3 items"


def test_a_files_own_text_in_a_message_is_escaped_so_each_problem_stays_on_one_line() -> None:
    from coach.domain.routine_loader import parse_routine

    data = b'id = "bad\\nfake line\\u001b[31m"\ntitle = "T"\n"odd\\u2028key" = 1\n'
    with pytest.raises(RoutineFileError) as caught:
        parse_routine(data, Path("in\nput.toml"))
    lines = [str(problem) for problem in caught.value.problems]
    assert all(line.isprintable() for line in lines), lines
    bad_id = next(line for line in lines if line.startswith("in\\nput.toml: id: expected a short id"))
    assert "\\x1b[31m" in bad_id
    assert any("odd\\u2028key: unknown field" in line for line in lines)


def test_a_lone_surrogate_from_the_editor_is_a_problem_not_a_crash_on_save() -> None:
    document = blank_routine(())
    document["title"] = "Back \ud800"
    with pytest.raises(RoutineFileError) as caught:
        parse_document(document, Path("mine.toml"))
    assert caught.value.field == "title" and "cannot be saved" in caught.value.problem
