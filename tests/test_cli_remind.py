"""``backcoach remind``: add, list, remove, enable/disable, next; one-line errors, exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from coach.cli import main
from coach.resources import builtin_routines_dir
from coach.storage import reminder_store
from coach.storage.paths import user_routines_dir


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")


def test_add_list_and_next_after_a_given_moment(capsys):
    code, out, err = run(capsys, "remind", "add", "cat-stretch", "18:00", "08:00")
    assert code == 0 and err == "", err
    assert out.startswith("Added reminder 1: cat-stretch at 08:00 and 18:00, daily; next on ")
    code, out, _ = run(capsys, "remind", "add", "lower-back", "7:30", "--days", "mon-fri")
    assert code == 0 and "Added reminder 2: lower-back at 07:30, weekdays" in out
    code, out, _ = run(capsys, "remind", "list")
    header, first, second = out.splitlines()
    assert header.split() == ["ID", "ROUTINE", "TIMES", "DAYS", "ON", "NEXT"]
    assert first.split()[:5] == ["1", "cat-stretch", "08:00", "18:00", "daily"]
    assert second.split()[:5] == ["2", "lower-back", "07:30", "weekdays", "yes"]
    # Friday 2026-03-27, the weekend of the spring DST change in Berlin (Sunday 29th).
    code, out, _ = run(capsys, "remind", "next", "--after", "2026-03-27T12:00", "--count", "6", "--json")
    fires = json.loads(out)
    assert [f["at"] for f in fires] == [
        "2026-03-27T18:00:00+01:00", "2026-03-28T08:00:00+01:00", "2026-03-28T18:00:00+01:00",
        "2026-03-29T08:00:00+02:00", "2026-03-29T18:00:00+02:00", "2026-03-30T07:30:00+02:00"]
    assert [f["routine"] for f in fires][-1] == "lower-back" and fires[-1]["rule"] == 2


def test_next_in_another_zone_and_as_text(capsys):
    run(capsys, "remind", "add", "cat-stretch", "02:30")
    # New York springs forward at 02:00 on 2026-03-08: 02:30 does not exist that day, so 03:00.
    code, out, _ = run(capsys, "remind", "next", "--after", "2026-03-07T12:00-05:00", "--tz", "America/New_York",
                       "--count", "2")
    assert code == 0
    assert out.splitlines() == ["2026-03-08T03:00:00-04:00  cat-stretch (reminder 1)",
                                "2026-03-09T02:30:00-04:00  cat-stretch (reminder 1)"]


def test_json_list_is_complete(capsys):
    run(capsys, "remind", "add", "cat-stretch", "08:00", "--days", "sat,sun")
    code, out, _ = run(capsys, "remind", "list", "--json")
    assert code == 0
    (rule,) = json.loads(out)
    assert rule["id"] == 1 and rule["routine"] == "cat-stretch" and rule["times"] == ["08:00"]
    assert rule["days"] == ["sat", "sun"] and rule["enabled"] is True
    assert datetime.fromisoformat(rule["next"]).weekday() in (5, 6)
    assert datetime.fromisoformat(rule["created"]).tzinfo is not None


def test_disable_enable_remove(capsys):
    run(capsys, "remind", "add", "cat-stretch", "08:00")
    assert run(capsys, "remind", "disable", "1")[1] == "Reminder 1 is off: cat-stretch at 08:00, daily (off).\n"
    assert reminder_store.load().rules[0].enabled is False
    code, out, _ = run(capsys, "remind", "next")
    assert out == "No reminders are on.\n"
    assert run(capsys, "remind", "enable", "1")[1] == "Reminder 1 is on: cat-stretch at 08:00, daily.\n"
    assert run(capsys, "remind", "remove", "1")[1] == "Removed reminder 1: cat-stretch at 08:00, daily.\n"
    assert reminder_store.load().rules == ()
    code, out, _ = run(capsys, "remind", "list")
    assert code == 0 and "No reminders yet" in out


@pytest.mark.parametrize(("argv", "message"), [
    (["remind", "add", "yoga", "08:00"], 'unknown routine "yoga"; available: cat-stretch, lower-back'),
    (["remind", "add", "cat-stretch", "8pm"], '"8pm"'),
    (["remind", "add", "cat-stretch", "08:00", "--days", "funday"], "funday"),
    (["remind", "remove", "7"], "there is no reminder 7"),
    (["remind", "next", "--tz", "Mars/Olympus"], 'unknown time zone "Mars/Olympus"'),
    (["remind", "next", "--after", "tomorrow"], '--after: "tomorrow" is not an ISO date'),
    (["remind", "next", "--count", "0"], "--count must be from 1 to 1000"),
])
def test_mistakes_are_one_line_with_exit_code_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("backcoach: ") and message in err and err.count("\n") == 1, err


def test_a_corrupt_reminders_file_is_never_overwritten(capsys):
    path = reminder_store.reminders_path()
    path.parent.mkdir(parents=True)
    path.write_text("[[reminder]\n")
    code, _, err = run(capsys, "remind", "add", "cat-stretch", "08:00")
    assert code == 2 and "reminders.toml" in err and "nothing was changed" in err
    assert path.read_text() == "[[reminder]\n"


def test_remind_never_loads_qt():
    code = ("import sys; from coach.cli import main; main(['remind', 'add', 'cat-stretch', '08:00']); "
            "main(['remind', 'list']); main(['remind', 'next']); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_same_reminder_twice_is_refused(capsys):
    """Same routine, times (in any order, repeated) and days: one line, nothing added."""
    assert run(capsys, "remind", "add", "cat-stretch", "08:00", "18:00", "--days", "weekdays")[0] == 0
    code, out, err = run(capsys, "remind", "add", "cat-stretch", "18:00", "08:00", "08:00", "--days", "mon-fri")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "reminder 1 is already cat-stretch at 08:00 and 18:00" in err and "nothing was added" in err
    run(capsys, "remind", "disable", "1")
    code, _, err = run(capsys, "remind", "add", "cat-stretch", "08:00", "18:00", "--days", "weekdays")
    assert code == 2 and "backcoach remind enable 1" in err
    assert len(reminder_store.load().rules) == 1
    # Other times or days are another reminder.
    assert run(capsys, "remind", "add", "cat-stretch", "08:00", "18:00")[0] == 0
    assert run(capsys, "remind", "add", "cat-stretch", "08:00")[0] == 0
    assert len(reminder_store.load().rules) == 3


def test_a_reminder_for_a_deleted_routine_is_off_with_a_note_and_kept(capsys, tmp_path):
    mine = tmp_path / "mine.toml"
    builtin = (builtin_routines_dir() / "cat-stretch.toml").read_text(encoding="utf-8")
    mine.write_text(builtin.replace('id = "cat-stretch"', 'id = "mine"'), encoding="utf-8")
    assert run(capsys, "import", str(mine))[0] == 0
    assert run(capsys, "remind", "add", "mine", "09:00")[0] == 0
    assert run(capsys, "remind", "add", "cat-stretch", "08:00")[0] == 0
    (user_routines_dir() / "mine.toml").unlink()
    code, out, _ = run(capsys, "remind", "list")
    assert code == 0
    assert 'note: ' in out and 'reminder 1: routine: there is no routine "mine"' in out and "is off" in out
    assert "mine" not in out.split("ID  ROUTINE")[1], "not listed as on"
    code, out, _ = run(capsys, "remind", "next", "--count", "3")
    assert "mine" not in out and out.count("cat-stretch") == 3
    # A change to another reminder keeps it in the file, so it comes back with its routine.
    assert run(capsys, "remind", "disable", "2")[0] == 0
    assert sorted(rule.routine for rule in reminder_store.load().rules) == ["cat-stretch", "mine"]
    assert run(capsys, "remind", "enable", "1")[0] == 2
    assert run(capsys, "remind", "remove", "1")[1] == "Removed reminder 1.\n"
    assert [rule.routine for rule in reminder_store.load().rules] == ["cat-stretch"]
