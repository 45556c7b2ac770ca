"""Every command that writes a file the person names never destroys anything (coach/storage/output_files.py).

history --csv, sheet --pdf, say --wav, snapshot --png and export: an existing file only with --force,
never a missing folder, a device, a FIFO, a folder or a link, never inside Back Coach's own folders.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.cli import main
from coach.storage import history
from coach.storage.history_schema import open_database
from coach.storage.output_files import OutputFileProblem, check_output_file, write_output_file
from coach.storage.paths import user_config_dir, user_state_dir

COMMANDS = {
    "history": lambda path, *more: ["history", "--csv", str(path), *more],
    "sheet": lambda path, *more: ["sheet", "cat-stretch", "--pdf", str(path), *more],
    "say": lambda path, *more: ["say", "hello", "--wav", str(path), *more],
    "snapshot": lambda path, *more: ["snapshot", "cat-stretch", "--segment", "0", "--png", str(path), *more],
    "export": lambda path, *more: ["export", "cat-stretch", str(path), *more],
}


def run(capsys, argv):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_existing_file_is_kept_without_force(capsys, tmp_path, command):
    target = tmp_path / "mine.out"
    target.write_bytes(b"precious")
    code, out, err = run(capsys, COMMANDS[command](target))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "already exists" in err and "--force" in err
    assert target.read_bytes() == b"precious"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_fifo_is_never_replaced(capsys, tmp_path, command):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _out, err = run(capsys, COMMANDS[command](fifo, "--force"))
    assert code == 2 and "not a regular file" in err
    assert Path(fifo).is_fifo()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_missing_folder_is_not_created(capsys, tmp_path, command):
    target = tmp_path / "no-such-folder" / "out"
    code, _out, err = run(capsys, COMMANDS[command](target))
    assert code == 2 and "there is no folder" in err
    assert not target.parent.exists()


def test_the_history_cannot_be_exported_over_itself(capsys):
    database = history.history_path()
    open_database(database).close()
    before = database.read_bytes()
    code, _out, err = run(capsys, COMMANDS["history"](database, "--force"))
    assert code == 2 and "Back Coach's own folder" in err
    assert database.read_bytes() == before


def test_nothing_is_written_inside_the_apps_folders(tmp_path):
    for folder in (user_config_dir(), user_state_dir()):
        folder.mkdir(parents=True, exist_ok=True)
        with pytest.raises(OutputFileProblem, match="own folder"):
            write_output_file(folder / "new.csv", b"x")
        assert not (folder / "new.csv").exists()


def test_a_device_a_folder_and_a_link_are_refused(tmp_path):
    (tmp_path / "real").write_text("kept")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    for path, words in ((Path("/dev/null"), "not a regular file"), (tmp_path, "is a folder"),
                        (tmp_path / "link", "symbolic link")):
        with pytest.raises(OutputFileProblem, match=words):
            check_output_file(path, force=True)
    assert (tmp_path / "real").read_text() == "kept"


def test_with_force_an_existing_file_is_replaced_atomically(capsys, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "sessions.csv"
    target.write_text("old")
    code, out, err = run(capsys, COMMANDS["history"](target, "--force"))
    assert (code, err) == (0, "")
    assert out == f"wrote 0 sessions to {target}\n"
    assert target.read_text().startswith("started,")
    assert [p.name for p in tmp_path.iterdir()] == ["sessions.csv"], "no temporary file is left"


def test_a_full_disk_is_an_error_and_the_old_file_is_kept(capsys, tmp_path, monkeypatch):
    import errno

    import coach.storage.atomic as atomic

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "sessions.csv"
    target.write_text("old")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    code, _out, err = run(capsys, COMMANDS["history"](target, "--force"))
    assert code == 2 and err == f"backcoach: could not write {target}: No space left on device\n"
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["sessions.csv"]


def test_one_session_is_not_sessions(capsys, tmp_path):
    from datetime import UTC, datetime

    from coach.domain.history_records import SessionOutcome

    connection = open_database(history.history_path())
    start = datetime(2026, 11, 24, 17, 5, tzinfo=UTC)
    history.apply_all(connection, [history.StartSession("a", "cat-stretch", "Cat stretch", "standard", start, 3),
                                   history.FinishSession("a", SessionOutcome.COMPLETED, start, 3, "x")])
    connection.close()
    code, out, _err = run(capsys, COMMANDS["history"](tmp_path / "one.csv"))
    assert code == 0 and out.startswith("wrote 1 session to ")


@pytest.mark.slow
def test_a_snapshot_writes_its_picture_and_nothing_else(capsys, tmp_path, user_dirs):
    target = tmp_path / "shot.png"
    code, _out, err = run(capsys, COMMANDS["snapshot"](target))
    assert (code, err) == (0, "")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    written = [path for folder in user_dirs.values() for path in folder.rglob("*") if path.is_file()]
    # Only the cache may gain the figures' measured sizes (coach/storage/figure_extent_cache.py): safe to delete.
    kept = user_dirs["XDG_CACHE_HOME"] / "backcoach" / "figure-extents.json"
    assert [path for path in written if path != kept] == [], "no settings, no history: a snapshot is not a session"
