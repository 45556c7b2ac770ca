"""``backcoach history``: the sessions as a table, JSON or CSV; one-line errors with exit code 2; no Qt."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from coach.cli import main
from coach.domain.history_records import PainMoment, ReminderOutcome, ReminderOutcomeKind, SessionOutcome
from coach.storage import history
from coach.storage.history_schema import open_database

T0 = datetime(2026, 11, 24, 17, 5, tzinfo=UTC)  # 18:05 in Berlin


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seed() -> None:
    connection = open_database(history.history_path())
    try:
        history.apply_all(connection, [
            history.StartSession("a", "cat-stretch", "Cat stretch", "standard", T0, 30),
            history.RatePain("a", PainMoment.BEFORE, 5, T0),
            history.FinishSession("a", SessionOutcome.COMPLETED, T0 + timedelta(minutes=2), 30, "cat-stretch"),
            history.RatePain("a", PainMoment.AFTER, 3, T0 + timedelta(minutes=3)),
            history.StartSession("b", "lower-back", "Lower-back routine", "gentle", T0 + timedelta(days=1), 200),
            history.FinishSession("b", SessionOutcome.STOPPED, T0 + timedelta(days=1, minutes=4), 41, "bridge"),
            history.RecordReminder(ReminderOutcome(T0, ReminderOutcomeKind.FIRED, 1, "cat-stretch", T0)),
        ])
    finally:
        connection.close()


def test_no_history_yet_says_how_to_start(capsys):
    code, out, err = run(capsys, "history")
    assert code == 0 and err == "" and "no sessions yet" in out
    assert not history.history_path().exists(), "reading never creates the database"


def test_the_table_shows_each_session_in_local_time_with_pain(capsys):
    seed()
    code, out, err = run(capsys, "history", "--tz", "Europe/Berlin")
    assert code == 0 and err == ""
    header, first, second = out.splitlines()
    assert header.split() == ["STARTED", "ROUTINE", "LEVEL", "OUTCOME", "MIN", "PAIN"]
    assert first.split() == ["2026-11-24", "18:05", "cat-stretch", "standard", "completed", "2.0", "5", "->", "3"]
    assert "stopped at bridge" in second and "gentle" in second


def test_json_has_sessions_and_reminder_outcomes(capsys):
    seed()
    code, out, _ = run(capsys, "history", "--json", "--tz", "UTC")
    assert code == 0
    data = json.loads(out)
    assert [s["routine"] for s in data["sessions"]] == ["cat-stretch", "lower-back"]
    assert data["sessions"][0]["pain_change"] == -2 and data["sessions"][1]["pain_before"] is None
    assert [r["kind"] for r in data["reminders"]] == ["fired"]


def test_csv_writes_one_row_per_session(capsys, tmp_path):
    seed()
    target = tmp_path / "out.csv"
    code, out, _ = run(capsys, "history", "--csv", str(target), "--tz", "Europe/Berlin")
    assert code == 0 and out.strip() == f"wrote 2 sessions to {target}"
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [(r["routine"], r["outcome"], r["pain_before"], r["pain_after"]) for r in rows] == [
        ("cat-stretch", "completed", "5", "3"), ("lower-back", "stopped", "", "")]
    assert rows[0]["started"] == "2026-11-24T18:05:00+01:00"


@pytest.mark.parametrize(("argv", "fragment"), [
    (("history", "--tz", "Mars/Olympus"), "unknown time zone"),
    (("history", "--csv", "/proc/no-such-dir/x.csv"), "could not write"),
])
def test_mistakes_are_one_line_and_exit_2(capsys, argv, fragment):
    seed()
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and fragment in err and len(err.strip().splitlines()) == 1


def test_a_damaged_database_is_one_line_and_left_alone(capsys):
    path = history.history_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    code, _out, err = run(capsys, "history")
    assert code == 2 and str(path) in err and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == b"this is not a database" * 100, "the CLI only reads"


def test_history_loads_no_qt():
    code = ("import sys\nfrom coach.cli import main\nmain(['history'])\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_what_the_file_holds_reaches_the_terminal_escaped(capsys):
    """A history edited by hand (or by another program) cannot send the terminal commands."""
    connection = open_database(history.history_path())
    try:
        history.apply_all(connection, [
            history.StartSession("e", "x\x1b]0;pwn\x07", "Evil\x1b[2J", "standard\r", T0, 3),
            history.FinishSession("e", SessionOutcome.STOPPED, T0 + timedelta(minutes=1), 1, "ex\x9bercise")])
    finally:
        connection.close()
    code, out, err = run(capsys, "history")
    assert code == 0 and err == ""
    assert all(line.isprintable() for line in out.splitlines()) and "\r" not in out
    assert "x\\x1b]0;pwn\\x07" in out and "ex\\x9bercise" in out
