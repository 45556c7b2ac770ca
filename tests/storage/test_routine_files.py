"""The person's routine files: import, save, export and delete, and never a lost or half-written file.

The heart of it is the property the feature promised: a valid file imports,
any of 250 damaged ones is refused with a message naming the file and the
field at fault, and a refused import leaves the routine folder exactly as it
was (no file, no temporary file).
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import os
import tempfile
import tomllib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from coach.domain.routine_document import document_of, routine_text
from coach.domain.routine_errors import RoutineFileError, printable
from coach.domain.routine_loader import MAX_FILE_BYTES, Catalogue, load_catalogue, load_routine_file
from coach.resources import builtin_routines_dir
from coach.storage.routine_files import (
    DELETED_FOLDER,
    Clash,
    check_import,
    delete_routine,
    export_routine,
    import_routine,
    save_routine,
)

BUILTIN = load_catalogue(builtin_routines_dir(), None).routines
LOWER_BACK = BUILTIN["lower-back"]
# A routine from a physiotherapist: the built-in one under an id of its own.
BASE = document_of(LOWER_BACK) | {"id": "from-physio", "title": "From my physio"}
NOW = datetime(2026, 11, 25, 9, 30, 15)


# --- helpers ---

def catalogue_of(user_dir: Path) -> Catalogue:
    return load_catalogue(builtin_routines_dir(), user_dir)


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file (hidden ones too) and folder under ``folder``, with the bytes of each file."""
    found: dict[str, bytes | None] = {}
    for root, folders, files in os.walk(folder):
        for name in folders:
            found[os.path.relpath(os.path.join(root, name), folder) + "/"] = None
        for name in files:
            path = Path(root, name)
            found[os.path.relpath(path, folder)] = path.read_bytes()
    return found


def write_file(path: Path, document: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(routine_text(document), encoding="utf-8")
    return path


def toml_key(key: str) -> str:
    return json.dumps(key, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_value(value: object) -> str:
    """Any TOML value, inline (nan and inf included, which the real writer never needs)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return toml_key(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def file_text(document: dict) -> str:
    """The damaged document as a file: with the app's own writer when it can, else all inline."""
    try:
        text = routine_text(document)
        if tomllib.loads(text) == document:
            return text
    except (TypeError, AttributeError, ValueError):
        pass
    text = "".join(f"{toml_key(key)} = {toml_value(value)}\n" for key, value in document.items())
    assert _same(tomllib.loads(text), document)
    return text


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def field_of(path: tuple) -> str:
    """("exercises", 2, "dose", "hold") -> "exercises[2].dose.hold"."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def within(field: str | None, path: str) -> bool:
    """Whether a problem's field is ``path`` or under it (messages show unprintable characters escaped)."""
    path = printable(path)
    return field is not None and (field == path or field.startswith((path + ".", path + "[")))


def node(document: dict, path: tuple) -> object:
    for step in path:
        document = document[step]
    return document


def put(document: dict, path: tuple, value: object) -> None:
    node(document, path[:-1])[path[-1]] = value


def remove(document: dict, path: tuple) -> None:
    del node(document, path[:-1])[path[-1]]


# --- damage: each takes a copy of BASE and hypothesis' data; returns the file's bytes and the field at fault ---

EX = "exercises"
Damage = Callable[[dict, st.DataObject], tuple[bytes, str | None]]


def _exercises(document: dict) -> range:
    return range(len(document[EX]))


def _phases(document: dict) -> list[tuple[int, int, dict]]:
    return [(i, j, phase) for i in _exercises(document) for j, phase in enumerate(document[EX][i]["dose"]["tempo"])]


def _untimed(exercise: dict) -> bool:
    return any(phase["kind"] == "hold" and "seconds" not in phase for phase in exercise["dose"]["tempo"])


def _changed(document: dict, path: tuple, value: object) -> tuple[bytes, str]:
    put(document, path, value)
    return file_text(document).encode("utf-8"), field_of(path)


def missing_field(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """A required field deleted."""
    paths = [("id",), ("title",), (EX,)]
    for i in _exercises(document):
        paths += [(EX, i, key) for key in ("id", "name", "purpose", "dose")] + [(EX, i, "dose", "tempo")]
        if "hold" in document[EX][i]["dose"] and _untimed(document[EX][i]):
            paths.append((EX, i, "dose", "hold"))
    for i, j, phase in _phases(document):
        paths.append((EX, i, "dose", "tempo", j, "say"))
        if phase["kind"] == "move":
            paths.append((EX, i, "dose", "tempo", j, "seconds"))
    path = data.draw(st.sampled_from(paths), label="deleted")
    remove(document, path)
    return file_text(document).encode("utf-8"), field_of(path)


TEXT_KEYS = ("name", "purpose")
WRONG_FOR = {
    "text": [5, 2.5, True, ["a"], {"a": 1}],
    "slug": [5, True, ["a"], {"a": "b"}],
    "whole": ["five", True, 2.5, {"a": 1}, [1, 2, 3], [1], []],
    "seconds": ["five", False, {"a": 1}, [1, 2, 3], [5]],
    "sides": ["left", 5, {"left": True}],
    "tempo": ["slow", 5, {"kind": "move"}],
    "table": [5, "x", [1, 2], True],
    "list": ["step", 5, {"a": "b"}],
    "count": [2.5, "2", True, [1, 2]],
    "kind": [5, True, ["hold"]],
}


def wrong_type(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """A field of the wrong type: a number for a text, text for a number, a list for a table..."""
    fields: list[tuple[tuple, str]] = [(("id",), "slug"), (("title",), "text"), (("description",), "text"),
                                       ((EX,), "list")]
    for i in _exercises(document):
        exercise = document[EX][i]
        fields += [((EX, i), "table"), ((EX, i, "id"), "slug"), ((EX, i, "dose"), "table"),
                   ((EX, i, "setup"), "list"), ((EX, i, "setup", 0), "text"),
                   ((EX, i, "dose", "reps"), "whole"), ((EX, i, "dose", "rounds"), "whole"),
                   ((EX, i, "dose", "rest_between_rounds"), "seconds"), ((EX, i, "dose", "tempo"), "tempo"),
                   ((EX, i, "dose", "times_per_day"), "count")]
        fields += [((EX, i, key), "text") for key in TEXT_KEYS]
        if "sides" in exercise["dose"]:
            fields += [((EX, i, "dose", "sides"), "sides"), ((EX, i, "side_cue"), "text")]
        if "hold" in exercise["dose"]:
            fields.append(((EX, i, "dose", "hold"), "seconds"))
    for i, j, phase in _phases(document):
        at = (EX, i, "dose", "tempo", j)
        fields += [(at, "table"), (at + ("say",), "text"), (at + ("kind",), "kind")]
        if "seconds" in phase:
            fields.append((at + ("seconds",), "seconds"))
    path, kind = data.draw(st.sampled_from(fields), label="field")
    return _changed(document, path, data.draw(st.sampled_from(WRONG_FOR[kind]), label="wrong value"))


OUT_OF_RANGE = {
    "reps": [0, -1, 101, 10**6, 1.5, [0, 3], [2, 101]],
    "rounds": [0, 21, [1, 21], 2.5],
    "hold": [0, 0.4, 601, -5, [0, 5], [5, 601], math.nan, math.inf],
    "rest_between_rounds": [-1, 601, -0.5, -math.inf, math.nan],
    "times_per_day": [0, 13, -2, 2**63 - 1],
    "seconds": [0, 0.2, 600.5, 1e9, -math.inf, math.nan, [0, 2], [2, 601]],
}


def out_of_range(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """A number outside its limits: 0 reps, 601 seconds, nan, a fraction of a rep..."""
    i = data.draw(st.sampled_from(_exercises(document)), label="exercise")
    key = data.draw(st.sampled_from(sorted(OUT_OF_RANGE)), label="key")
    path: tuple = (EX, i, "dose", key)
    if key == "seconds":
        j = data.draw(st.sampled_from(range(len(document[EX][i]["dose"]["tempo"]))), label="phase")
        path = (EX, i, "dose", "tempo", j, "seconds")
    return _changed(document, path, data.draw(st.sampled_from(OUT_OF_RANGE[key]), label="value"))


ALLOWED = {"routine": {"id", "title", "description", "exercises"},
           "exercise": {"id", "name", "purpose", "setup", "side_cue", "dose"},
           "dose": {"reps", "rounds", "sides", "tempo", "hold", "rest_between_rounds", "times_per_day"},
           "phase": {"kind", "seconds", "say", "caption"}}


def unknown_field(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """A field the format does not have, anywhere: a typo, another language, an emoji."""
    tables: list[tuple[tuple, str]] = [((), "routine")]
    tables += [((EX, i), "exercise") for i in _exercises(document)]
    tables += [((EX, i, "dose"), "dose") for i in _exercises(document)]
    tables += [((EX, i, "dose", "tempo", j), "phase") for i, j, _ in _phases(document)]
    at, kind = data.draw(st.sampled_from(tables), label="table")
    key = data.draw(st.one_of(st.sampled_from(["repz", "colour", "Title", "ключ", "a b", "x.y", "😀", "ID"]),
                              st.text(min_size=1, max_size=8)).filter(lambda k: k not in ALLOWED[kind]), label="key")
    value = data.draw(st.sampled_from([1, "text", [1, 2], {"a": 1}, True]), label="value")
    return _changed(document, at + (key,), value)


BAD_SLUGS = ["My Back", "a_b", "-a", "a-", "a--b", "", "Ä", "a" * 61, "a/b", "../x", "a.b", " a", "A"]


def bad_slug(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """An id that is not a short lowercase slug (ids become file names)."""
    paths = [("id",)] + [(EX, i, "id") for i in _exercises(document)]
    path = data.draw(st.sampled_from(paths), label="id")
    return _changed(document, path, data.draw(st.sampled_from(BAD_SLUGS), label="slug"))


def min_over_max(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """A range written [max, min]."""
    i = data.draw(st.sampled_from(_exercises(document)), label="exercise")
    choices: list[tuple[tuple, list]] = [((EX, i, "dose", "reps"), [3, 2]), ((EX, i, "dose", "rounds"), [20, 1]),
                                         ((EX, i, "dose", "hold"), [10, 5]),
                                         ((EX, i, "dose", "rest_between_rounds"), [30, 10.5])]
    choices += [((EX, i, "dose", "tempo", j, "seconds"), [4, 2.5])
                for j in range(len(document[EX][i]["dose"]["tempo"]))]
    path, value = data.draw(st.sampled_from(choices), label="range")
    return _changed(document, path, value)


def too_many(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """Too many (or no) exercises, phases, setup steps or sides."""
    i = data.draw(st.sampled_from(_exercises(document)), label="exercise")
    exercise = document[EX][i]
    small = min(document[EX], key=lambda e: len(json.dumps(e)))
    choices: list[tuple[tuple, object]] = [
        ((EX,), [dict(copy.deepcopy(small), id=f"exercise-{n}") for n in range(41)]),
        ((EX,), []),
        ((EX, i, "dose", "tempo"), exercise["dose"]["tempo"] * 3),  # 9 phases or more
        ((EX, i, "dose", "tempo"), []),
        ((EX, i, "setup"), [f"Step {n}." for n in range(13)]),
        ((EX, i, "dose", "sides"), ["left", "right", "left"]),
        ((EX, i, "dose", "sides"), ["left"]),
        ((EX, i, "dose", "sides"), ["left", "left"]),
        ((EX, i, "dose", "sides"), ["up", "down"]),
    ]
    path, value = data.draw(st.sampled_from(choices), label="list")
    return _changed(document, path, value)


def bad_text(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """A text that is empty, blank, too long, or uses a placeholder it may not."""
    # (path, placeholders the text may use)
    texts: list[tuple[tuple, set[str]]] = [(("title",), set()), (("description",), set())]
    for i in _exercises(document):
        exercise = document[EX][i]
        sided = "sides" in exercise["dose"]
        texts += [((EX, i, "name"), set()), ((EX, i, "purpose"), set()), ((EX, i, "setup", 0), set())]
        if sided:
            texts.append(((EX, i, "side_cue"), {"side", "other_side"}))
        words = {"seconds", "side", "other_side"} if sided else {"seconds"}
        texts += [((EX, i, "dose", "tempo", j, key), words)
                  for j in range(len(exercise["dose"]["tempo"])) for key in ("say", "caption")]
    path, allowed = data.draw(st.sampled_from(texts), label="text")
    placeholder = data.draw(st.sampled_from(sorted({"side", "other_side", "seconds", "foo", "leg"} - allowed)),
                            label="placeholder")
    value = data.draw(st.sampled_from([
        "", "   ", "\n\t", "x" * 401, "é" * 500,
        f"Lift your {{{placeholder}}}", "Hold {side:>9}", "Hold {side!r}", "Hold {0}", "Hold {}", "{", "a } b",
        "{seconds.real}", "{seconds[0]}",
    ]), label="value")
    return _changed(document, path, value)


def duplicate_id(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """Two exercises with one id."""
    first = data.draw(st.integers(0, len(document[EX]) - 2), label="first")
    second = data.draw(st.integers(first + 1, len(document[EX]) - 1), label="second")
    return _changed(document, (EX, second, "id"), document[EX][first]["id"])


def hold_mismatch(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    """A hold with no untimed phase to use it, an untimed phase with no hold, a side cue with no sides."""
    choices: list[tuple[str, int]] = []
    for i in _exercises(document):
        exercise = document[EX][i]
        choices.append(("remove hold" if _untimed(exercise) else "add hold", i))
        if not _untimed(exercise) and "hold" not in exercise["dose"] and any(
                phase["kind"] == "hold" for phase in exercise["dose"]["tempo"]):
            choices.append(("untime a hold", i))
        if "sides" not in exercise["dose"]:
            choices.append(("add side cue", i))
    what, i = data.draw(st.sampled_from(choices), label="mismatch")
    dose = document[EX][i]["dose"]
    if what == "remove hold":
        del dose["hold"]
    elif what == "add hold":
        dose["hold"] = 5
    elif what == "untime a hold":
        del next(phase for phase in dose["tempo"] if phase["kind"] == "hold")["seconds"]
    else:
        document[EX][i]["side_cue"] = "Now your {side} side."
        return file_text(document).encode("utf-8"), field_of((EX, i, "side_cue"))
    return file_text(document).encode("utf-8"), field_of((EX, i, "dose", "hold"))


def bad_kind(document: dict, data: st.DataObject) -> tuple[bytes, str]:
    i, j, _ = data.draw(st.sampled_from(_phases(document)), label="phase")
    kind = data.draw(st.sampled_from(["pause", "Hold", "", "rest", " move"]), label="kind")
    return _changed(document, (EX, i, "dose", "tempo", j, "kind"), kind)


# Damage to the file as a whole: the field is None.

def not_utf8(document: dict, data: st.DataObject) -> tuple[bytes, None]:
    text = routine_text(document).encode("utf-8")
    at = data.draw(st.integers(0, len(text)), label="at")
    bad = data.draw(st.sampled_from([b"\xff", b"\xe9", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80",
                                     b"\xc0\xaf"]), label="bytes")
    return text[:at] + bad + text[at:], None


def invalid_toml(document: dict, data: st.DataObject) -> tuple[bytes, None]:
    text = routine_text(document)
    at = data.draw(st.integers(0, len(text)), label="at")
    damaged = data.draw(st.sampled_from([
        'id = "again"\n' + text,                       # a key given twice
        text + 'note = "not closed\n',                 # a string left open
        text + "x = = 1\n",
        text + "[[exercises]\n",
        text[:at] + "\x00" + text[at:],                # a raw NUL byte: never allowed in TOML
        text[:at] + "\x7f" + text[at:],                # nor a raw DEL
        "a = " + "[" * 20_000,                         # too deep for the parser
        "id = " + "1" * 4301 + "\n",                   # an integer too long for int()
        text.replace("[[exercises]]", "[[exercises]]]", 1),
    ]), label="toml")
    return damaged.encode("utf-8"), None


def too_big(document: dict, data: st.DataObject) -> tuple[bytes, None]:
    text = routine_text(document).encode("utf-8")
    size = data.draw(st.integers(MAX_FILE_BYTES + 1, MAX_FILE_BYTES + 10_000), label="size")
    return text + b"#" * (size - len(text) - 1) + b"\n", None


FIELD_DAMAGE: list[Damage] = [missing_field, wrong_type, out_of_range, unknown_field, bad_slug, min_over_max,
                              too_many, bad_text, duplicate_id, hold_mismatch, bad_kind]
FILE_DAMAGE: list[Damage] = [not_utf8, invalid_toml, too_big]


# --- import: a damaged file is refused, names file and field, and writes nothing ---

@settings(max_examples=250, deadline=None)
@given(st.sampled_from(FIELD_DAMAGE + FILE_DAMAGE), st.data())
def test_a_damaged_file_is_refused_with_file_and_field_and_nothing_is_written(damage: Damage,
                                                                               data: st.DataObject) -> None:
    event(damage.__name__)
    document = copy.deepcopy(BASE)
    content, field = damage(document, data)
    with tempfile.TemporaryDirectory(prefix="backcoach-import-") as folder:
        home = Path(folder)
        user_dir = home / "routines"
        write_file(user_dir / "kept.toml", BASE | {"id": "kept"})
        (user_dir / "broken.toml").write_text('id = "broken"\n', encoding="utf-8")
        incoming = home / "from-physio" / "routine.toml"
        incoming.parent.mkdir()
        incoming.write_bytes(content)
        catalogue = catalogue_of(user_dir)
        before = snapshot(home)

        with pytest.raises(RoutineFileError) as caught:
            plan = check_import(incoming, catalogue)
            import_routine(plan, user_dir, catalogue, as_copy=True)

        error = caught.value
        problems = error.problems
        assert problems and problems[0].field == error.field
        for problem in problems:
            assert problem.file == incoming
            assert str(problem).startswith(f"{incoming}: {problem.field}: " if problem.field else f"{incoming}: ")
        if field is None:
            assert [problem.field for problem in problems] == [None], str(error)
        else:
            assert any(within(problem.field, field) for problem in problems), (field, [str(p) for p in problems])
        assert snapshot(home) == before

        if damage in FIELD_DAMAGE:
            # The editor's way in: the same document is refused by save_routine, with the same field.
            with pytest.raises(RoutineFileError) as caught:
                save_routine(tomllib.loads(content.decode("utf-8")), user_dir, catalogue)
            assert any(within(problem.field, field) for problem in caught.value.problems)
            assert snapshot(home) == before


def test_the_damage_really_is_the_only_problem(tmp_path: Path) -> None:
    """The base document the damage starts from imports cleanly, so every refusal above is the damage's."""
    routine = load_routine_file(write_file(tmp_path / "base.toml", BASE))
    assert routine.id == "from-physio" and routine.exercises == LOWER_BACK.exercises


# --- import: a valid file ---

@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    folder.mkdir()
    return folder


def test_a_valid_file_is_imported_as_id_toml_and_loads_back_equal(tmp_path: Path, user_dir: Path) -> None:
    incoming = write_file(tmp_path / "Downloads" / "physio routine.toml", BASE)
    plan = check_import(incoming, catalogue_of(user_dir))
    assert (plan.clash, plan.taken_by) == (Clash.NONE, None)
    assert plan.routine.source == incoming and plan.document == BASE

    routine = import_routine(plan, user_dir, catalogue_of(user_dir))

    assert routine.source == user_dir / "from-physio.toml" and not routine.builtin
    assert sorted(p.name for p in user_dir.iterdir()) == ["from-physio.toml"]
    loaded = catalogue_of(user_dir)
    assert loaded.problems == [] and loaded.get("from-physio") == routine
    assert routine == dataclasses.replace(plan.routine, source=routine.source)
    assert incoming.read_text(encoding="utf-8") == routine_text(BASE)  # the file imported is left as it was


def test_an_import_creates_the_routine_folder(tmp_path: Path) -> None:
    """Before the first routine of one's own, the folder does not exist."""
    user_dir = tmp_path / "data" / "routines"
    routine = import_routine(check_import(write_file(tmp_path / "in.toml", BASE), catalogue_of(user_dir)),
                             user_dir, catalogue_of(user_dir))
    assert routine.source == user_dir / "from-physio.toml" and routine.source.is_file()


def test_an_export_then_import_is_identity(tmp_path: Path, user_dir: Path) -> None:
    mine = import_routine(check_import(write_file(tmp_path / "in.toml", BASE), catalogue_of(user_dir)),
                          user_dir, catalogue_of(user_dir))
    for routine in (*BUILTIN.values(), mine):
        path = tmp_path / f"{routine.id}.toml"
        export_routine(routine, path)
        assert check_import(path, catalogue_of(user_dir)).routine == dataclasses.replace(
            routine, source=path, builtin=False)


def test_a_clash_with_my_routine_needs_a_decision(tmp_path: Path, user_dir: Path) -> None:
    """Same id as one of mine: FileExistsError naming --replace and --copy, and my file is untouched."""
    mine = write_file(user_dir / "from-physio.toml", BASE | {"title": "My own version"})
    before = snapshot(user_dir)
    catalogue = catalogue_of(user_dir)
    plan = check_import(write_file(tmp_path / "in.toml", BASE), catalogue)
    assert plan.clash is Clash.USER and plan.taken_by is catalogue.get("from-physio")

    with pytest.raises(FileExistsError) as caught:
        import_routine(plan, user_dir, catalogue)
    assert "--replace" in str(caught.value) and "--copy" in str(caught.value) and str(mine) in str(caught.value)
    assert snapshot(user_dir) == before


def test_replace_writes_over_my_routine_of_that_id(tmp_path: Path, user_dir: Path) -> None:
    """Replacing keeps one file for the id, even when mine has another file name."""
    write_file(user_dir / "old-name.toml", BASE | {"title": "My own version"})
    catalogue = catalogue_of(user_dir)
    plan = check_import(write_file(tmp_path / "in.toml", BASE), catalogue)

    routine = import_routine(plan, user_dir, catalogue, replace=True)

    assert routine.title == "From my physio" and routine.source == user_dir / "old-name.toml"
    assert sorted(p.name for p in user_dir.iterdir()) == ["old-name.toml"]
    reloaded = catalogue_of(user_dir)
    assert reloaded.problems == [] and reloaded.get("from-physio") == routine


def test_copy_keeps_both(tmp_path: Path, user_dir: Path) -> None:
    write_file(user_dir / "from-physio.toml", BASE | {"title": "My own version"})
    catalogue = catalogue_of(user_dir)
    plan = check_import(write_file(tmp_path / "in.toml", BASE), catalogue)

    routine = import_routine(plan, user_dir, catalogue, as_copy=True)

    assert routine.id == "from-physio-copy" and routine.title == "From my physio (copy)"
    reloaded = catalogue_of(user_dir)
    assert reloaded.problems == []
    assert reloaded.get("from-physio").title == "My own version" and reloaded.get("from-physio-copy") == routine


def test_a_builtin_id_is_never_replaced_only_copied(tmp_path: Path, user_dir: Path) -> None:
    builtin_bytes = LOWER_BACK.source.read_bytes()
    exported = tmp_path / "lower-back.toml"
    export_routine(LOWER_BACK, exported)
    catalogue = catalogue_of(user_dir)
    plan = check_import(exported, catalogue)
    assert plan.clash is Clash.BUILTIN and plan.taken_by == LOWER_BACK

    for replace in (False, True):
        with pytest.raises(FileExistsError, match="--copy"):
            import_routine(plan, user_dir, catalogue, replace=replace)
    assert list(user_dir.iterdir()) == []

    routine = import_routine(plan, user_dir, catalogue, as_copy=True)
    assert routine.id == "lower-back-copy" and routine.exercises == LOWER_BACK.exercises
    assert LOWER_BACK.source.read_bytes() == builtin_bytes
    assert catalogue_of(user_dir).get("lower-back") == LOWER_BACK


def test_a_copy_of_a_copy_gets_the_next_free_id(tmp_path: Path, user_dir: Path) -> None:
    exported = tmp_path / "lower-back.toml"
    export_routine(LOWER_BACK, exported)
    ids = []
    for _ in range(3):
        catalogue = catalogue_of(user_dir)
        ids.append(import_routine(check_import(exported, catalogue), user_dir, catalogue, as_copy=True).id)
    assert ids == ["lower-back-copy", "lower-back-copy-2", "lower-back-copy-3"]


def test_a_long_title_can_still_be_imported_as_a_copy(tmp_path: Path, user_dir: Path) -> None:
    """A 400-character title is fine; the copy's title must stay fine too."""
    long = BASE | {"id": "lower-back", "title": "T" * 400}
    catalogue = catalogue_of(user_dir)
    routine = import_routine(check_import(write_file(tmp_path / "in.toml", long), catalogue), user_dir, catalogue,
                             as_copy=True)
    assert routine.id == "lower-back-copy" and routine.title.endswith(" (copy)") and len(routine.title) <= 400


def test_an_import_never_writes_over_a_file_that_did_not_load(tmp_path: Path, user_dir: Path) -> None:
    """from-physio.toml is there but broken (the home screen lists it): importing that id must not destroy it."""
    broken = user_dir / "from-physio.toml"
    broken.write_text('id = "from-physio"\ntitle = "half-written by hand\n', encoding="utf-8")
    before = snapshot(user_dir)
    catalogue = catalogue_of(user_dir)
    assert [problem.file for problem in catalogue.problems] == [broken]
    plan = check_import(write_file(tmp_path / "in.toml", BASE), catalogue)
    assert plan.clash is Clash.NONE

    for decision in ({}, {"replace": True}, {"as_copy": True}):
        with pytest.raises(FileExistsError, match="did not load"):
            import_routine(plan, user_dir, catalogue, **decision)
    assert snapshot(user_dir) == before


# --- save (the editor) ---

def test_save_never_writes_over_a_file_that_did_not_load(user_dir: Path) -> None:
    broken = user_dir / "mine.toml"
    broken.write_bytes(b'id = "mine"\ntitle = 3\n')
    before = snapshot(user_dir)
    with pytest.raises(FileExistsError, match="did not load"):
        save_routine(BASE | {"id": "mine"}, user_dir, catalogue_of(user_dir))
    assert snapshot(user_dir) == before


def test_save_refuses_an_id_used_by_another_routine(user_dir: Path) -> None:
    save_routine(BASE | {"id": "mine"}, user_dir, catalogue_of(user_dir))
    save_routine(BASE | {"id": "other"}, user_dir, catalogue_of(user_dir))
    before = snapshot(user_dir)
    catalogue = catalogue_of(user_dir)
    with pytest.raises(FileExistsError, match=r"your routine mine\.toml"):  # a new routine
        save_routine(BASE | {"id": "mine", "title": "Another"}, user_dir, catalogue)
    with pytest.raises(FileExistsError, match=r"your routine mine\.toml"):  # an edit of "other", renamed to "mine"
        save_routine(BASE | {"id": "mine"}, user_dir, catalogue, replacing=catalogue.get("other"))
    with pytest.raises(FileExistsError, match="a built-in routine"):
        save_routine(BASE | {"id": "cat-stretch"}, user_dir, catalogue, replacing=catalogue.get("other"))
    assert snapshot(user_dir) == before


def test_save_refuses_to_edit_a_builtin(user_dir: Path) -> None:
    with pytest.raises(PermissionError, match="copy"):
        save_routine(document_of(LOWER_BACK), user_dir, catalogue_of(user_dir), replacing=LOWER_BACK)
    assert list(user_dir.iterdir()) == []


def test_save_an_edit_in_place(user_dir: Path) -> None:
    save_routine(BASE | {"id": "mine"}, user_dir, catalogue_of(user_dir))
    mine = catalogue_of(user_dir).get("mine")
    catalogue = catalogue_of(user_dir)
    edited = save_routine(BASE | {"id": "mine", "title": "Edited"}, user_dir, catalogue,
                          replacing=catalogue.get("mine"))
    assert edited.source == mine.source and edited.title == "Edited"
    assert catalogue_of(user_dir).get("mine") == edited
    assert sorted(p.name for p in user_dir.iterdir()) == ["mine.toml"]


def test_a_renamed_id_moves_the_routine_to_its_new_file(user_dir: Path) -> None:
    save_routine(BASE | {"id": "mine"}, user_dir, catalogue_of(user_dir))
    catalogue = catalogue_of(user_dir)
    renamed = save_routine(BASE | {"id": "my-back"}, user_dir, catalogue, replacing=catalogue.get("mine"))
    assert renamed.source == user_dir / "my-back.toml"
    assert sorted(p.name for p in user_dir.iterdir()) == ["my-back.toml"]
    reloaded = catalogue_of(user_dir)
    assert reloaded.problems == [] and reloaded.get("mine") is None and reloaded.get("my-back") == renamed


def test_a_rename_onto_a_broken_file_keeps_both_files(user_dir: Path) -> None:
    save_routine(BASE | {"id": "mine"}, user_dir, catalogue_of(user_dir))
    (user_dir / "my-back.toml").write_bytes(b"not = [toml")
    before = snapshot(user_dir)
    catalogue = catalogue_of(user_dir)
    with pytest.raises(FileExistsError):
        save_routine(BASE | {"id": "my-back"}, user_dir, catalogue, replacing=catalogue.get("mine"))
    assert snapshot(user_dir) == before


def test_save_refuses_a_bad_document_and_writes_nothing(user_dir: Path) -> None:
    before = snapshot(user_dir)
    document = copy.deepcopy(BASE)
    document["exercises"][1]["dose"]["reps"] = 0
    document["exercises"][3]["name"] = ""
    with pytest.raises(RoutineFileError) as caught:
        save_routine(document, user_dir, catalogue_of(user_dir))
    assert [p.field for p in caught.value.problems] == ["exercises[1].dose.reps", "exercises[3].name"]
    assert all(p.file == user_dir / "from-physio.toml" for p in caught.value.problems)
    assert snapshot(user_dir) == before


# --- delete ---

def test_delete_moves_the_file_to_deleted(user_dir: Path) -> None:
    routine = save_routine(BASE | {"id": "mine"}, user_dir, catalogue_of(user_dir))
    content = routine.source.read_bytes()

    moved = delete_routine(routine, user_dir, NOW)

    assert moved == user_dir / DELETED_FOLDER / "mine-20261125-093015.toml"
    assert moved.read_bytes() == content and not routine.source.exists()
    catalogue = catalogue_of(user_dir)
    assert catalogue.get("mine") is None and catalogue.problems == []  # deleted/ is not read
    assert load_routine_file(moved) == dataclasses.replace(routine, source=moved)


def test_deleting_the_same_name_twice_in_one_second_keeps_both(user_dir: Path) -> None:
    """Delete, make a new routine of that name, delete again at once: the first one must still be there."""
    first = save_routine(BASE | {"id": "mine", "title": "First"}, user_dir, catalogue_of(user_dir))
    first_moved = delete_routine(first, user_dir, NOW)
    second = save_routine(BASE | {"id": "mine", "title": "Second"}, user_dir, catalogue_of(user_dir))
    second_moved = delete_routine(second, user_dir, NOW)
    assert first_moved != second_moved
    assert load_routine_file(first_moved).title == "First" and load_routine_file(second_moved).title == "Second"
    assert len(list((user_dir / DELETED_FOLDER).iterdir())) == 2


def test_a_builtin_cannot_be_deleted(user_dir: Path) -> None:
    before = LOWER_BACK.source.read_bytes()
    with pytest.raises(PermissionError):
        delete_routine(LOWER_BACK, user_dir, NOW)
    assert LOWER_BACK.source.read_bytes() == before and list(user_dir.iterdir()) == []


# --- export ---

def test_export_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "lower-back.toml"
    path.write_bytes(b"my notes")
    with pytest.raises(FileExistsError, match="--force"):
        export_routine(LOWER_BACK, path)
    assert path.read_bytes() == b"my notes"

    export_routine(LOWER_BACK, path, overwrite=True)
    assert path.read_text(encoding="utf-8") == routine_text(document_of(LOWER_BACK))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lower-back.toml"]


# --- write failures: an OSError, and nothing left behind ---

def test_a_write_that_fails_raises_oserror_and_leaves_nothing(tmp_path: Path) -> None:
    """The routine folder cannot be made (a file is in the way): root or not, the write fails."""
    (tmp_path / "data").write_bytes(b"a file, not a folder")
    user_dir = tmp_path / "data" / "routines"
    before = snapshot(tmp_path)
    catalogue = catalogue_of(user_dir)
    assert catalogue.problems == []

    with pytest.raises(OSError) as caught:
        save_routine(BASE, user_dir, catalogue)
    assert not isinstance(caught.value, FileExistsError) or "did not load" not in str(caught.value)
    incoming = write_file(tmp_path / "in" / "routine.toml", BASE)
    before_import = snapshot(tmp_path)
    with pytest.raises(OSError):
        import_routine(check_import(incoming, catalogue), user_dir, catalogue)
    assert snapshot(tmp_path) == before_import
    with pytest.raises(OSError):
        export_routine(LOWER_BACK, tmp_path / "data" / "lower-back.toml")
    assert snapshot(tmp_path) == before_import
    assert {k: v for k, v in before_import.items() if not k.startswith("in")} == before


def test_a_failed_replace_removes_its_temporary_file(tmp_path: Path) -> None:
    """Overwriting a folder fails at the very last step (the rename): the temporary file must go."""
    (tmp_path / "lower-back.toml").mkdir()
    before = snapshot(tmp_path)
    with pytest.raises(OSError):
        export_routine(LOWER_BACK, tmp_path / "lower-back.toml", overwrite=True)
    assert snapshot(tmp_path) == before


def test_a_routine_is_read_from_disk_not_trusted(tmp_path: Path, user_dir: Path) -> None:
    """check_import reads the file as it is now, through the same size limit as loading."""
    incoming = tmp_path / "big.toml"
    incoming.write_bytes(routine_text(BASE).encode() + b"#" * MAX_FILE_BYTES)
    with pytest.raises(RoutineFileError) as caught:
        check_import(incoming, catalogue_of(user_dir))
    assert str(caught.value).startswith(f"{incoming}: is ") and "64 KiB" in str(caught.value)
    missing = tmp_path / "missing.toml"
    with pytest.raises(RoutineFileError, match="cannot be read"):
        check_import(missing, catalogue_of(user_dir))
