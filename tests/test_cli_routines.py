"""``backcoach import`` and ``backcoach export``: share a routine as a file, and never lose one on the way in.

Run in-process with ``main([...])``; tests/conftest.py points the user's folders
at a temporary place, so ``user_routines`` is the folder the app really uses.
"""

from __future__ import annotations

import copy
import os
import tomllib
from pathlib import Path

import pytest

from coach.cli import main
from coach.domain.routine_document import document_of, routine_text
from coach.domain.routine_loader import load_routine_file
from coach.resources import builtin_routines_dir


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    code, out, err = run(capsys, "list")
    assert code == 0 and err == ""
    return {row.split()[0]: row.split() for row in out.splitlines()[1:]}


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``folder`` (hidden ones too), with file contents."""
    found: dict[str, bytes | None] = {}
    for root, folders, files in os.walk(folder):
        for name in folders:
            found[os.path.relpath(os.path.join(root, name), folder) + "/"] = None
        for name in files:
            found[os.path.relpath(os.path.join(root, name), folder)] = Path(root, name).read_bytes()
    return found


def test_an_exported_builtin_is_refused_on_import_then_imported_as_a_copy(capsys, tmp_path, user_routines):
    shared = tmp_path / "lower-back.toml"
    code, out, err = run(capsys, "export", "lower-back", shared)
    assert (code, err) == (0, "") and out == f"wrote lower-back to {shared}\n"
    assert tomllib.loads(shared.read_text(encoding="utf-8"))["id"] == "lower-back"

    code, out, err = run(capsys, "import", shared)
    assert (code, out) == (2, "")
    assert err.startswith(f"backcoach: {shared} was not imported: ") and "built-in" in err and "--copy" in err
    assert len(err.splitlines()) == 1
    assert list(user_routines.iterdir()) == []

    code, out, err = run(capsys, "import", shared, "--replace")
    assert code == 2 and "--copy" in err and list(user_routines.iterdir()) == []

    code, out, err = run(capsys, "import", shared, "--copy")
    assert (code, err) == (0, "")
    copied = user_routines / "lower-back-copy.toml"
    assert out == f'imported "Lower-back routine (copy)" as lower-back-copy ({copied})\n'
    rows = listed(capsys)
    assert set(rows) == {"cat-stretch", "lower-back", "lower-back-copy"}
    assert rows["lower-back-copy"][1] == rows["lower-back"][1] == "5"  # the same five exercises


def test_import_then_export_gives_back_the_same_file(capsys, tmp_path, user_routines):
    """A routine from a physio goes in, comes out, and reads the same (export -> import is identity)."""
    cat_stretch = load_routine_file(builtin_routines_dir() / "cat-stretch.toml")
    document = document_of(cat_stretch) | {"id": "from-physio", "title": "From my physio"}
    incoming = tmp_path / "from-physio.toml"
    incoming.write_text(routine_text(document), encoding="utf-8")

    code, out, err = run(capsys, "import", incoming)
    assert (code, err) == (0, "") and "as from-physio" in out
    code, _, err = run(capsys, "export", "from-physio", tmp_path / "out.toml")
    assert (code, err) == (0, "")
    assert (tmp_path / "out.toml").read_bytes() == incoming.read_bytes()
    assert (user_routines / "from-physio.toml").read_bytes() == incoming.read_bytes()

    code, out, err = run(capsys, "import", incoming)  # the same again: it is mine now, so ask
    assert code == 2 and "--replace" in err and "--copy" in err
    code, out, err = run(capsys, "import", incoming, "--replace")
    assert (code, err) == (0, "") and sorted(p.name for p in user_routines.iterdir()) == ["from-physio.toml"]


def test_a_file_with_three_mistakes_lists_all_three_and_writes_nothing(capsys, tmp_path, user_routines):
    document = tomllib.loads((builtin_routines_dir() / "lower-back.toml").read_text(encoding="utf-8"))
    document["id"] = "from-physio"
    broken = copy.deepcopy(document)
    broken["exercises"][0]["dose"]["reps"] = 0
    broken["exercises"][2]["dose"]["hold"] = "five"
    broken["exercises"][4]["nmae"] = "Cat"
    incoming = tmp_path / "from physio.toml"
    incoming.write_text(routine_text(broken), encoding="utf-8")
    before = tree(tmp_path)

    code, out, err = run(capsys, "import", incoming)

    assert (code, out) == (2, "")
    first, *problems = err.splitlines()
    assert first == f"backcoach: {incoming} was not imported: 3 problems"
    assert problems == [
        f"  {incoming}: exercises[0].dose.reps: expected a whole number of reps from 1 to 100, "
        "or a range [min, max], found 0 (a whole number)",
        f"  {incoming}: exercises[2].dose.hold: expected a number of seconds from 0.5 to 600, "
        'or a range [min, max], found "five" (text)',
        f'  {incoming}: exercises[4].nmae: unknown field; did you mean "name"?',
    ]
    assert tree(tmp_path) == before  # nothing written: not in the routine folder, not beside the file
    assert "from-physio" not in listed(capsys)


@pytest.mark.parametrize("content", [b'title = "caf\xe9"\n', b"id = = 1\n", b""])
def test_a_file_that_is_not_a_routine_at_all_is_one_problem(capsys, tmp_path, user_routines, content):
    incoming = tmp_path / "notes.toml"
    incoming.write_bytes(content)
    code, out, err = run(capsys, "import", incoming)
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0].startswith(f"backcoach: {incoming} was not imported: ")
    assert all(line.startswith(f"  {incoming}: ") for line in lines[1:])
    assert list(user_routines.iterdir()) == []


def test_import_of_a_missing_file_is_one_message(capsys, tmp_path, user_routines):
    code, out, err = run(capsys, "import", tmp_path / "nowhere.toml")
    assert (code, out) == (2, "")
    assert f"{tmp_path / 'nowhere.toml'}: cannot be read" in err and "Traceback" not in err


def test_export_does_not_overwrite_without_force(capsys, tmp_path):
    target = tmp_path / "lower-back.toml"
    target.write_bytes(b"my own notes")

    code, out, err = run(capsys, "export", "lower-back", target)
    assert (code, out) == (2, "")
    assert err == f"backcoach: {target} already exists; choose another name or overwrite it (--force)\n"
    assert target.read_bytes() == b"my own notes"

    code, out, err = run(capsys, "export", "lower-back", target, "--force")
    assert (code, err) == (0, "") and out == f"wrote lower-back to {target}\n"
    assert tomllib.loads(target.read_text(encoding="utf-8"))["id"] == "lower-back"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lower-back.toml"]


def test_export_of_an_unknown_routine_is_exit_2(capsys, tmp_path):
    code, out, err = run(capsys, "export", "handstand", tmp_path / "x.toml")
    assert (code, out) == (2, "")
    assert err == 'backcoach: unknown routine "handstand"; available: cat-stretch, lower-back\n'
    assert list(tmp_path.iterdir()) == []


def test_export_that_cannot_write_is_one_line(capsys, tmp_path):
    (tmp_path / "a-file").write_bytes(b"")
    code, out, err = run(capsys, "export", "lower-back", tmp_path / "a-file" / "x.toml")
    assert (code, out) == (2, "")
    assert err.startswith(f"backcoach: could not write {tmp_path / 'a-file' / 'x.toml'}: ")
    assert len(err.splitlines()) == 1
    assert f"there is no folder {tmp_path / 'a-file'};" in err and "[Errno" not in err
    assert (tmp_path / "a-file").read_bytes() == b""


def test_import_that_cannot_write_is_one_line(capsys, tmp_path, user_dirs):
    """The data folder is a file (so no routine folder can be made): one line, the system's words, exit 2."""
    from coach.storage.paths import user_data_dir

    user_data_dir().parent.mkdir(parents=True)
    user_data_dir().write_bytes(b"in the way")
    incoming = tmp_path / "in.toml"
    assert run(capsys, "export", "cat-stretch", incoming)[0] == 0
    incoming.write_text(incoming.read_text(encoding="utf-8").replace('id = "cat-stretch"', 'id = "mine"', 1),
                        encoding="utf-8")

    code, out, err = run(capsys, "import", incoming)

    assert (code, out) == (2, "")
    assert err.startswith(f"backcoach: {incoming} was not imported: ") and "[Errno" not in err
    assert len(err.splitlines()) == 1 and user_data_dir().read_bytes() == b"in the way", err


def test_export_to_a_folder_that_does_not_exist_creates_nothing(capsys, tmp_path: Path) -> None:
    target = tmp_path / "typo" / "lower-back.toml"
    code, out, err = run(capsys, "export", "lower-back", target)
    assert code == 2 and out == ""
    assert err == (f"backcoach: could not write {target}: there is no folder {target.parent}; "
                   "create it first or choose another place\n")
    assert not target.parent.exists()
