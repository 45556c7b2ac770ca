"""History operations: each one round-trips, replays harmlessly, and reads back with its pain ratings."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from coach.domain.history_records import (
    LevelChoice,
    PainMoment,
    ReminderOutcome,
    ReminderOutcomeKind,
    SessionOutcome,
    SessionRecord,
)
from coach.storage import history, history_legacy
from coach.storage.history import (
    FinishSession,
    RatePain,
    RecordLevelChoice,
    RecordReminder,
    SessionProgress,
    StartSession,
    apply,
    apply_all,
    op_from_json,
    op_to_json,
)
from coach.storage.history_schema import open_database

from . import legacy_log

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def connection(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    with closing(open_database(tmp_path / "history.sqlite3")) as opened:
        yield opened


def a_session(key: str = "s1", at: datetime = T0) -> list[history.Operation]:
    return [
        StartSession(key, "cat-stretch", "Cat stretch", "gentle", at, segments_total=6),
        RatePain(key, PainMoment.BEFORE, 6, at),
        SessionProgress(key, 2, "cat", at + timedelta(minutes=1)),
        SessionProgress(key, 4, "cow", at + timedelta(minutes=2)),
        FinishSession(key, SessionOutcome.COMPLETED, at + timedelta(minutes=5), 6, "child-pose"),
        RatePain(key, PainMoment.AFTER, 4, at + timedelta(minutes=5, seconds=30)),
    ]


REMINDER = ReminderOutcome(at=T0 + timedelta(hours=1), kind=ReminderOutcomeKind.FIRED, rule=3, routine="cat-stretch",
                           slot=T0 + timedelta(minutes=55), detail={"late_seconds": 300.0, "covered": []})
MOVED = LevelChoice(at=T0 + timedelta(hours=3), from_level="standard", to_level="strong", suggested_level="strong",
                    accepted=True)
STAYED = LevelChoice(at=T0 + timedelta(hours=4), from_level="strong", to_level="strong", suggested_level="standard",
                     accepted=False)
PAUSE = ReminderOutcome(at=T0 + timedelta(hours=2), kind=ReminderOutcomeKind.PAUSED, detail={"until": None})

EXPECTED = SessionRecord(key="s1", routine="cat-stretch", routine_title="Cat stretch", level="gentle", started=T0,
                         ended=T0 + timedelta(minutes=5), outcome=SessionOutcome.COMPLETED, segments_done=6,
                         segments_total=6, exercise="child-pose", pain_before=6, pain_after=4)


def test_paths_are_where_platformdirs_says(user_dirs):
    assert history.history_path() == user_dirs["XDG_DATA_HOME"] / "backcoach" / "history.sqlite3"
    assert history.spill_path() == user_dirs["XDG_STATE_HOME"] / "backcoach" / "history-pending.jsonl"


def test_a_whole_session_reads_back_with_its_pain_ratings(connection):
    apply_all(connection, a_session())
    [record] = history.sessions(connection)
    assert record == EXPECTED and record.pain_change == -2 and record.started.tzinfo is not None
    raw = connection.execute("SELECT started, ended, updated FROM session").fetchone()
    assert raw == ("2026-03-01T08:00:00.000000+00:00", "2026-03-01T08:05:00.000000+00:00",
                   "2026-03-01T08:05:00.000000+00:00")


def test_a_running_session_reads_back_as_running(connection):
    apply_all(connection, a_session()[:3])
    [record] = history.sessions(connection)
    assert record.outcome is SessionOutcome.RUNNING and record.ended is None
    assert (record.segments_done, record.exercise, record.pain_before, record.pain_after) == (2, "cat", 6, None)


def test_replaying_everything_again_in_any_prefix_changes_nothing(connection):
    ops = a_session() + [RecordReminder(REMINDER), RecordReminder(PAUSE)]
    apply_all(connection, ops)
    dump = list(connection.iterdump())
    for end in range(len(ops) + 1):
        apply_all(connection, ops[:end])
        apply_all(connection, ops)
    assert list(connection.iterdump()) == dump
    assert history.sessions(connection) == [EXPECTED]
    assert history.reminder_outcomes(connection) == [REMINDER, PAUSE]


def test_progress_can_go_back_but_not_after_the_end(connection):
    apply_all(connection, a_session()[:4])
    apply(connection, SessionProgress("s1", 1, "cat", T0 + timedelta(minutes=3)))
    assert history.sessions(connection)[0].segments_done == 1, "the person went Back"
    apply_all(connection, a_session()[4:])
    apply(connection, SessionProgress("s1", 2, "cat", T0 + timedelta(minutes=9)))
    assert history.sessions(connection)[0].segments_done == 6


def test_a_new_rating_for_the_same_moment_replaces_the_old(connection):
    apply_all(connection, a_session())
    apply(connection, RatePain("s1", PainMoment.AFTER, 2, T0 + timedelta(minutes=7)))
    assert connection.execute("SELECT count(*) FROM pain_rating").fetchone()[0] == 2
    [record] = history.sessions(connection)
    assert (record.pain_before, record.pain_after, record.pain_change) == (6, 2, -4)


def test_a_pain_rating_needs_its_session(connection):
    with pytest.raises(sqlite3.IntegrityError):
        apply_all(connection, [RatePain("nobody", PainMoment.BEFORE, 3, T0)])
    assert not connection.in_transaction


def test_a_failed_transaction_leaves_the_earlier_rows_alone(connection):
    apply_all(connection, a_session("a"))
    with pytest.raises(sqlite3.IntegrityError):
        apply_all(connection, a_session("b", T0 + timedelta(days=1)) + [RatePain("nobody", PainMoment.BEFORE, 3, T0)])
    assert [s.key for s in history.sessions(connection)] == ["a"]


def test_a_late_finish_overrides_interrupted(connection):
    apply_all(connection, a_session()[:4])
    assert history.mark_interrupted(connection, T0 + timedelta(hours=1)) == 1
    [record] = history.sessions(connection)
    assert record.outcome is SessionOutcome.INTERRUPTED and record.ended == T0 + timedelta(minutes=2)
    apply_all(connection, a_session()[4:])
    assert history.sessions(connection) == [EXPECTED]


def test_mark_interrupted_ends_running_sessions_when_last_heard_of(connection):
    apply_all(connection, a_session("done") + a_session("left", T0 + timedelta(days=1))[:3])
    assert history.mark_interrupted(connection, T0 + timedelta(days=2)) == 1
    done, left = history.sessions(connection)
    assert done == EXPECTED.__class__(**{**EXPECTED.__dict__, "key": "done"})
    assert left.outcome is SessionOutcome.INTERRUPTED and left.ended == T0 + timedelta(days=1, minutes=1)
    assert history.mark_interrupted(connection, T0 + timedelta(days=3)) == 0


def test_reading_since_a_time(connection):
    apply_all(connection, a_session("old") + a_session("new", T0 + timedelta(days=1))
              + [RecordReminder(REMINDER), RecordReminder(PAUSE)])
    assert [s.key for s in history.sessions(connection, since=T0 + timedelta(hours=12))] == ["new"]
    assert history.reminder_outcomes(connection, since=T0 + timedelta(hours=1, minutes=30)) == [PAUSE]


def test_times_in_other_zones_are_stored_as_utc(connection):
    east = timezone(timedelta(hours=2))
    apply(connection, StartSession("z", "r", "R", "gentle", datetime(2026, 3, 1, 10, 0, tzinfo=east), 1))
    assert history.sessions(connection)[0].started == T0
    assert connection.execute("SELECT started FROM session").fetchone()[0].endswith("+00:00")


def test_every_operation_round_trips_through_json():
    ops = a_session() + [FinishSession("s2", SessionOutcome.STOPPED, T0, 0, None),
                         SessionProgress("s2", 0, None, T0), RecordReminder(REMINDER), RecordReminder(PAUSE),
                         RecordLevelChoice(MOVED), RecordLevelChoice(STAYED)]
    for op in ops:
        text = json.dumps(op_to_json(op))
        assert op_from_json(json.loads(text)) == op


def test_the_table_has_every_operation_type_under_the_tag_spill_files_already_carry():
    """A spill file written by an earlier version must still read: the tags never change."""
    from typing import get_args

    from coach.storage.history_operations import OPERATIONS, Operation

    assert {tag: kind.__name__ for tag, kind in OPERATIONS.items()} == {
        "start": "StartSession", "progress": "SessionProgress", "finish": "FinishSession", "pain": "RatePain",
        "reminder": "RecordReminder", "level": "RecordLevelChoice"}
    assert set(OPERATIONS.values()) == set(get_args(Operation))


@pytest.mark.parametrize("junk", [
    {}, {"op": "dance"}, {"op": "start", "key": "k"}, {"op": "pain", "key": "k", "moment": "during", "score": 3,
                                                      "at": "2026-03-01T08:00:00+00:00"},
    {"op": "pain", "key": "k", "moment": "before", "score": 11, "at": "2026-03-01T08:00:00+00:00"},
    {"op": "progress", "key": 5, "segments_done": 1, "exercise": None, "at": "2026-03-01T08:00:00+00:00"},
    {"op": "progress", "key": "k", "segments_done": "1", "exercise": None, "at": "2026-03-01T08:00:00+00:00"},
    {"op": "progress", "key": "k", "segments_done": 1, "exercise": None, "at": "yesterday"},
    {"op": "reminder", "at": "2026-03-01T08:00:00+00:00", "kind": "fired", "detail": []},
    {"op": "level", "at": "2026-03-01T08:00:00+00:00", "from": "gentle", "to": "gentle", "suggested": "standard"},
    {"op": "level", "at": "2026-03-01T08:00:00+00:00", "from": "gentle", "to": "gentle", "suggested": "standard",
     "accepted": "no"},
    {"op": "level", "at": "2026-03-01T08:00:00+00:00", "from": "gentle", "to": "extreme", "suggested": "extreme",
     "accepted": True},
    {"op": "level", "at": "2026-03-01T08:00:00+00:00", "from": 1, "to": "gentle", "suggested": "standard",
     "accepted": False},
])
def test_junk_is_not_an_operation(junk):
    with pytest.raises(ValueError):
        op_from_json(junk)


def test_operations_refuse_bad_values_when_made():
    with pytest.raises(ValueError, match="0 to 10"):
        RatePain("k", PainMoment.BEFORE, 11, T0)
    with pytest.raises(ValueError):
        RatePain("k", PainMoment.BEFORE, -1, T0)
    with pytest.raises(ValueError, match="completed, stopped or interrupted"):
        FinishSession("k", SessionOutcome.RUNNING, T0, 0, None)
    with pytest.raises(ValueError, match="aware"):
        StartSession("k", "r", "R", "gentle", datetime(2026, 3, 1, 8, 0), 1)
    with pytest.raises(ValueError, match="key"):
        SessionProgress(["k"], 1, None, T0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="before or after"):
        RatePain("k", "before", 3, T0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="JSON"):
        RecordReminder(ReminderOutcome(at=T0, kind=ReminderOutcomeKind.FIRED, detail={"covered": {1, 2}}))
    with pytest.raises(ValueError, match="kind"):
        RecordReminder(ReminderOutcome(at=T0, kind="fired"))  # type: ignore[arg-type]


def test_level_choices_read_back_oldest_first_and_a_replay_keeps_one_row(connection):
    apply_all(connection, [RecordLevelChoice(STAYED), RecordLevelChoice(MOVED)])
    apply_all(connection, [RecordLevelChoice(MOVED)])  # from the spill file, say
    assert history.level_choices(connection) == [MOVED, STAYED]


def test_a_level_choice_must_make_sense():
    def choice(**changes) -> LevelChoice:
        fields = {"at": T0, "from_level": "standard", "to_level": "strong", "suggested_level": "strong",
                  "accepted": True, **changes}
        return LevelChoice(**fields)

    with pytest.raises(ValueError, match="aware"):
        RecordLevelChoice(choice(at=datetime(2026, 3, 1, 8, 0)))
    with pytest.raises(ValueError, match="levels are"):
        RecordLevelChoice(choice(to_level="extreme", suggested_level="extreme"))
    with pytest.raises(ValueError, match="true or false"):
        RecordLevelChoice(choice(accepted=1))
    with pytest.raises(ValueError, match="another level"):
        RecordLevelChoice(choice(from_level="strong"))
    with pytest.raises(ValueError, match="cannot lead"):
        RecordLevelChoice(choice(accepted=False))
    with pytest.raises(ValueError, match="cannot lead"):
        RecordLevelChoice(choice(to_level="gentle"))


def test_unknown_reminder_kinds_are_kept_but_skipped_when_read(connection, caplog):
    apply(connection, RecordReminder(REMINDER))
    connection.execute("INSERT INTO reminder_outcome (at, kind) VALUES (?, 'teleported')", (history.to_text(T0),))
    with caplog.at_level(logging.WARNING):
        assert history.reminder_outcomes(connection) == [REMINDER]
    assert "teleported" in caplog.text


def test_the_legacy_reminder_log_is_imported_once_and_kept(connection, tmp_path):
    log = tmp_path / "reminder-log.jsonl"
    fired = {"at": T0, "outcome": "fired", "rule": 3, "routine": "cat-stretch", "slot": T0 - timedelta(minutes=5),
             "covered": [], "late_seconds": 300.0, "snoozed": False}
    missed = {"at": T0 + timedelta(hours=1), "outcome": "missed", "reason": "asleep", "rule": 3,
              "routine": "cat-stretch", "slots": [T0 - timedelta(days=1), T0 - timedelta(hours=12)]}
    paused = {"at": T0 + timedelta(hours=2), "outcome": "paused", "until": T0 + timedelta(days=1)}
    future = {"at": T0 + timedelta(hours=3), "outcome": "celebrated", "rule": 3}
    for entry in (fired, missed, paused, paused, future, {"outcome": "fired"}):
        legacy_log.append_outcome(entry, log)
    with log.open("a") as stream:
        stream.write('{"at": "2026-03-0')  # torn by a power cut

    imported = history_legacy.import_reminder_log(connection, log)
    assert imported == 4, "the repeated pause once, the entry without time not"
    assert not log.exists() and (tmp_path / "reminder-log.jsonl.imported").exists()
    found = history.reminder_outcomes(connection)
    assert [o.kind for o in found] == [ReminderOutcomeKind.FIRED, ReminderOutcomeKind.MISSED,
                                       ReminderOutcomeKind.PAUSED]
    assert found[0] == ReminderOutcome(at=T0, kind=ReminderOutcomeKind.FIRED, rule=3, routine="cat-stretch",
                                       slot=T0 - timedelta(minutes=5),
                                       detail={"covered": [], "late_seconds": 300.0, "snoozed": False})
    assert found[1].slot == T0 - timedelta(days=1) and found[1].detail["reason"] == "asleep"
    assert len(found[1].detail["slots"]) == 2, "the other slots are kept in the detail"
    assert found[2].rule is None and found[2].detail == {"until": (T0 + timedelta(days=1)).isoformat()}
    kinds = [row[0] for row in connection.execute("SELECT kind FROM reminder_outcome ORDER BY at")]
    assert kinds[-1] == "celebrated", "kept as text for a version that knows it"

    # The same log turning up again (a copy restored by hand) adds nothing, and the first archive stays.
    (tmp_path / "reminder-log.jsonl.imported").rename(log)
    (tmp_path / "reminder-log.jsonl.imported").write_text("first archive")
    assert history_legacy.import_reminder_log(connection, log) == 0
    assert (tmp_path / "reminder-log.jsonl.imported").read_text() == "first archive"
    assert (tmp_path / "reminder-log.jsonl.imported-2").exists()
