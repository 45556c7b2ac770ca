"""Opening the history database: schema version, WAL, migrations, files from newer versions, damaged files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach.domain.history_records import LevelChoice
from coach.storage import history
from coach.storage.history_schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryCorrupt,
    HistoryError,
    HistoryTooNew,
    move_aside_corrupt,
    open_database,
    statements,
)

STARTED = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def test_a_new_database_is_current_in_wal_mode_and_durable(tmp_path: Path):
    path = tmp_path / "deeper" / "history.sqlite3"
    with closing(open_database(path, timeout=0.5)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2, "FULL"
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 500
        assert connection.isolation_level is None
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"session", "pain_rating", "reminder_outcome", "level_choice"} <= tables
    # Opening again changes nothing and loses nothing.
    with closing(open_database(path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _seed(connection: sqlite3.Connection, version: int) -> None:
    """A little data as a database at ``version`` would hold it."""
    if version >= 1:
        connection.execute(
            "INSERT INTO session (key, routine, routine_title, level, started, outcome, segments_done, "
            "segments_total, updated) VALUES ('old', 'cat-stretch', 'Cat stretch', 'gentle', ?, 'completed', 4, 4, ?)",
            (history.to_text(STARTED), history.to_text(STARTED)))
        connection.execute("INSERT INTO pain_rating VALUES ('old', 'before', 5, ?)", (history.to_text(STARTED),))
    if version >= 2:
        connection.execute("INSERT INTO level_choice (at, from_level, to_level, suggested_level, accepted) "
                           "VALUES (?, 'gentle', 'standard', 'standard', 1)", (history.to_text(STARTED),))


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_from_every_earlier_version_keeping_the_data(tmp_path: Path, version: int):
    path = tmp_path / "history.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for script in MIGRATIONS[:version]:
            for statement in statements(script):
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {version}")
        _seed(connection, version)
    with closing(open_database(path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        found = history.sessions(connection)
        if version >= 1:
            assert [(s.key, s.pain_before, s.started) for s in found] == [("old", 5, STARTED)]
        else:
            assert found == []
        assert len(history.level_choices(connection)) == (1 if version >= 2 else 0)


def test_a_version_1_database_gains_the_level_choices_and_keeps_everything_else(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in statements(MIGRATIONS[0]):
            connection.execute(statement)
        connection.execute("PRAGMA user_version = 1")
        _seed(connection, 1)
        connection.execute("INSERT INTO reminder_outcome (at, kind, rule, routine) VALUES (?, 'fired', 1, 'r')",
                           (history.to_text(STARTED),))
    with closing(open_database(path)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
        (session,) = history.sessions(connection)
        assert (session.key, session.level, session.pain_before, session.completed) == ("old", "gentle", 5, True)
        assert [o.rule for o in history.reminder_outcomes(connection)] == [1]
        assert history.level_choices(connection) == []
        choice = LevelChoice(at=STARTED, from_level="gentle", to_level="gentle", suggested_level="standard",
                             accepted=False)
        history.apply(connection, history.RecordLevelChoice(choice))
    with closing(open_database(path)) as connection:
        assert history.level_choices(connection) == [choice], "written to the migrated file, and kept"


def test_a_file_from_a_newer_version_is_refused_and_left_byte_for_byte(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE future (x)")
        connection.execute("INSERT INTO future VALUES (1)")
        connection.commit()
        connection.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    with pytest.raises(HistoryTooNew) as raised:
        open_database(path)
    assert raised.value.version == 99 and raised.value.path == path
    message = str(raised.value)
    assert str(path) in message and "schema 99" in message and f"up to {SCHEMA_VERSION}" in message
    assert "update Back Coach" in message and "not changed" in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"], "no -wal or -shm left behind"


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database, just some text " * 200)


def _truncated(path: Path) -> None:
    with closing(open_database(path)) as connection:
        history.apply_all(connection, [history.StartSession(f"k{n}", "cat-stretch", "Cat stretch " * 20, "gentle",
                                                            STARTED, 10) for n in range(300)])
    data = path.read_bytes()
    assert len(data) > 20 * 4096
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("damage", [_garbage, _truncated], ids=["garbage", "truncated"])
def test_a_damaged_file_is_reported_as_corrupt(tmp_path: Path, damage):
    path = tmp_path / "history.sqlite3"
    damage(path)
    with pytest.raises(HistoryCorrupt) as raised:
        open_database(path)
    assert str(path) in str(raised.value) and "moves the damaged file aside" in str(raised.value)


def test_a_folder_in_its_place_is_a_plain_history_error_naming_the_fix(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    path.mkdir()
    with pytest.raises(HistoryError) as raised:
        open_database(path)
    assert not isinstance(raised.value, HistoryCorrupt | HistoryTooNew)
    assert str(path) in str(raised.value) and "not a folder" in str(raised.value)


def test_a_file_where_its_folder_should_be_is_a_history_error(tmp_path: Path):
    (tmp_path / "data").write_text("in the way")
    path = tmp_path / "data" / "history.sqlite3"
    with pytest.raises(HistoryError, match="folder could not be made") as raised:
        open_database(path)
    assert str(path) in str(raised.value)


def test_move_aside_takes_the_wal_and_shm_along_and_never_overwrites(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").write_text(f"main{suffix}")
    moved = move_aside_corrupt(path, "20260301-080000")
    assert moved == tmp_path / "history.sqlite3.corrupt-20260301-080000"
    assert moved.read_text() == "main" and Path(f"{moved}-wal").read_text() == "main-wal"
    assert Path(f"{moved}-shm").read_text() == "main-shm"
    assert not path.exists() and not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()

    path.write_text("second")
    again = move_aside_corrupt(path, "20260301-080000")
    assert again is not None and again != moved and again.read_text() == "second" and moved.read_text() == "main"
    assert move_aside_corrupt(path, "later") is None, "nothing there to move"


def test_statements_split_a_script_and_keep_semicolons_inside_comments_and_text():
    script = "CREATE TABLE a (x TEXT DEFAULT ';');\n-- one; two\nCREATE INDEX a_x ON a (x);\n"
    assert statements(script) == ["CREATE TABLE a (x TEXT DEFAULT ';');",
                                  "-- one; two\nCREATE INDEX a_x ON a (x);"]
