"""reminders.toml and the reminder journal: round trips, bad files, nothing lost."""

from __future__ import annotations

import json
import tomllib
from datetime import UTC, datetime, time

import pytest

from coach.domain.reminder_book import ReminderState, RuleState
from coach.domain.reminder_rules import ReminderRule
from coach.storage import reminder_journal, reminder_store
from coach.storage.reminder_store import ReminderFileError, ReminderOptions, ReminderSettings

from . import legacy_log

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def two_rules() -> ReminderSettings:
    settings, _ = ReminderSettings().with_new_rule("cat-stretch", [time(18), time(8)], now=NOW)
    settings, _ = settings.with_new_rule("lower-back", [time(7, 30)], frozenset({0, 2, 4}), now=NOW)
    return settings


def test_round_trip_where_platformdirs_says_and_no_temporary_file(user_dirs):
    path = reminder_store.reminders_path()
    assert path.is_relative_to(user_dirs["XDG_CONFIG_HOME"]) and path.name == "reminders.toml"
    settings = two_rules()
    settings = ReminderSettings(rules=settings.rules, options=ReminderOptions(grace_minutes=30, snooze_minutes=5,
                                                                              speak=False, autostart=True,
                                                                              autostart_created=True))
    reminder_store.save(settings)
    assert reminder_store.load() == settings
    assert [p.name for p in path.parent.iterdir()] == ["reminders.toml"]
    written = tomllib.loads(path.read_text())
    assert written["reminder"][0]["times"] == ["08:00", "18:00"] and written["reminder"][0]["days"] == "daily"
    assert written["reminder"][1]["days"] == "mon,wed,fri"


def test_ids_grow_and_rules_are_replaced_and_removed():
    settings = two_rules()
    assert [r.id for r in settings.rules] == [1, 2] and settings.next_id() == 3
    changed = ReminderRule(2, "lower-back", (time(9),), NOW, enabled=False)
    assert settings.with_rule(changed).rule(2) == changed
    assert [r.id for r in settings.without_rule(1).rules] == [2]
    assert settings.without_rule(1).next_id() == 3


def test_missing_file_is_no_reminders():
    assert reminder_store.load() == ReminderSettings()


def test_a_bad_reminder_is_skipped_named_and_written_back_unchanged(user_dirs):
    path = reminder_store.reminders_path()
    path.parent.mkdir(parents=True)
    path.write_text('sparkle = 1\n[options]\nsnooze_minutes = 0\n'
                    '[[reminder]]\nid = 1\nroutine = "cat-stretch"\ntimes = ["08:00"]\ncreated = 2026-11-25T09:00:00Z\n'
                    '[[reminder]]\nid = 2\nroutine = "cat-stretch"\ntimes = ["08:00", "25:00"]\n'
                    'created = 2026-11-25T09:00:00Z\n')
    settings = reminder_store.load()
    assert [r.id for r in settings.rules] == [1]
    assert settings.options.snooze_minutes == 10
    assert any("options.snooze_minutes" in p and "1 to 240" in p for p in settings.problems)
    bad = [p for p in settings.problems if "reminder[1].times[1]" in p]
    assert bad and str(path) in bad[0] and "25:00" in bad[0] and "HH:MM" in bad[0], settings.problems
    assert settings.next_id() == 3, "the unreadable reminder's id stays taken"
    reminder_store.save(settings)
    written = tomllib.loads(path.read_text())
    assert written["sparkle"] == 1
    assert written["reminder"][1]["times"] == ["08:00", "25:00"], "the person's typo is kept for them to fix"


@pytest.mark.parametrize(("table", "field"), [
    ('id = "one"\nroutine = "x"\ntimes = ["08:00"]\ncreated = 2026-11-25T09:00:00Z', "id"),
    ('id = 1\ntimes = ["08:00"]\ncreated = 2026-11-25T09:00:00Z', "routine"),
    ('id = 1\nroutine = "x"\ntimes = []\ncreated = 2026-11-25T09:00:00Z', "times"),
    ('id = 1\nroutine = "x"\ntimes = ["08:00"]\ndays = "funday"\ncreated = 2026-11-25T09:00:00Z', "days"),
    ('id = 1\nroutine = "x"\ntimes = ["08:00"]\nenabled = "yes"\ncreated = 2026-11-25T09:00:00Z', "enabled"),
    ('id = 1\nroutine = "x"\ntimes = ["08:00"]\ncreated = 2026-11-25T09:00:00', "created"),
])
def test_each_bad_field_is_named(table, field, user_dirs):
    path = reminder_store.reminders_path()
    path.parent.mkdir(parents=True)
    path.write_text(f"[[reminder]]\n{table}\n")
    settings = reminder_store.load()
    assert settings.rules == ()
    assert len(settings.problems) == 1 and f"reminder[0].{field}:" in settings.problems[0], settings.problems


@pytest.mark.parametrize("content", [b"[[reminder]\nid = ", b"\xff\xfe garbage", b"x" * (300 * 1024)])
def test_a_file_that_is_not_toml_is_refused_then_moved_aside_by_the_app(content, user_dirs):
    path = reminder_store.reminders_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(ReminderFileError, match=r"reminders\.toml"):
        reminder_store.load()
    settings = reminder_store.load_or_move_aside(stamp="20261125-090000")
    assert settings.rules == () and "moved to reminders.toml.corrupt-20261125-090000" in settings.problems[0]
    assert not path.exists()
    assert (path.parent / "reminders.toml.corrupt-20261125-090000").read_bytes() == content


def test_a_folder_in_place_of_the_file_is_reported_not_crashed(user_dirs):
    path = reminder_store.reminders_path()
    path.mkdir(parents=True)
    settings = reminder_store.load_or_move_aside(stamp="s")
    assert "is a folder" in settings.problems[0] and path.is_dir()


def test_state_round_trip_and_a_corrupt_state_file_moved_aside(user_dirs):
    state = ReminderState(rules={1: RuleState(accounted_until=NOW)}, last_done={"cat-stretch": NOW})
    reminder_journal.save_state(state)
    loaded, problem = reminder_journal.load_state()
    assert problem is None and loaded is not None and loaded.to_json() == state.to_json()
    path = reminder_journal.state_path()
    assert path.is_relative_to(user_dirs["XDG_STATE_HOME"])
    path.write_text("{not json")
    loaded, problem = reminder_journal.load_state(stamp="t")
    assert loaded is None and problem is not None and str(path) in problem and "corrupt-t" in problem
    assert (path.parent / "reminder-state.json.corrupt-t").read_text() == "{not json"
    assert reminder_journal.load_state() == (None, None)


def test_the_old_log_is_read_whole_lines_skipping_a_torn_last_line():
    legacy_log.append_outcome({"at": NOW, "outcome": "fired", "rule": 1})
    legacy_log.append_outcome({"at": NOW, "outcome": "skipped", "rule": 1})
    path = reminder_journal.log_path()
    with path.open("a") as stream:
        stream.write('{"at": "2026-11-25T09:0')  # the power went mid-write
    entries = reminder_journal.read_outcomes()
    assert [e["outcome"] for e in entries] == ["fired", "skipped"]
    assert entries[0]["at"] == NOW.isoformat()
    assert json.loads(path.read_text().splitlines()[0])["rule"] == 1


