"""Exports: CSV for spreadsheets (local times, pain change, no formulas) and JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.domain.history_records import ReminderOutcome, ReminderOutcomeKind, SessionOutcome, SessionRecord
from coach.storage.history_export import CSV_COLUMNS, session_rows, to_json, write_csv

BERLIN = ZoneInfo("Europe/Berlin")
# Berlin moved from +01:00 to +02:00 at 01:00 UTC on 29 March 2026.
BEFORE_DST = SessionRecord(key="a", routine="cat-stretch", routine_title="Cat stretch", level="gentle",
                           started=datetime(2026, 3, 28, 7, 0, tzinfo=UTC),
                           ended=datetime(2026, 3, 28, 7, 12, 20, tzinfo=UTC), outcome=SessionOutcome.COMPLETED,
                           segments_done=8, segments_total=8, exercise="cow", pain_before=6, pain_after=4)
AFTER_DST = SessionRecord(key="b", routine="mine", routine_title="=HYPERLINK(\"http://evil\")", level="strong",
                          started=datetime(2026, 3, 29, 7, 0, 30, 600000, tzinfo=UTC), ended=None,
                          outcome=SessionOutcome.RUNNING, segments_done=2, segments_total=8, exercise="-plank")
STOPPED = SessionRecord(key="c", routine="cat-stretch", routine_title="+1 stretch", level="standard",
                        started=datetime(2026, 3, 30, 18, 0, tzinfo=UTC),
                        ended=datetime(2026, 3, 30, 18, 3, tzinfo=UTC), outcome=SessionOutcome.STOPPED,
                        segments_done=3, segments_total=8, pain_before=3, pain_after=5)


def test_rows_are_in_local_time_across_a_dst_change():
    first, second, third = session_rows([BEFORE_DST, AFTER_DST, STOPPED], BERLIN)
    assert (first["started"], first["ended"]) == ("2026-03-28T08:00:00+01:00", "2026-03-28T08:12:20+01:00")
    assert (second["started"], second["ended"]) == ("2026-03-29T09:00:30+02:00", None)
    assert first["minutes"] == 12.3 and second["minutes"] is None and third["minutes"] == 3.0
    assert (first["pain_before"], first["pain_after"], first["pain_change"]) == (6, 4, -2)
    assert (second["pain_before"], second["pain_change"]) == (None, None)
    assert third["pain_change"] == 2 and third["outcome"] == "stopped"
    assert list(first) == list(CSV_COLUMNS)


def test_csv_has_a_header_a_row_per_session_and_no_formulas(tmp_path: Path):
    path = tmp_path / "out" / "sessions.csv"
    write_csv([BEFORE_DST, AFTER_DST, STOPPED], path, BERLIN)
    assert [p.name for p in path.parent.iterdir()] == ["sessions.csv"], "no temporary file left behind"
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))
    assert rows[0] == list(CSV_COLUMNS) and len(rows) == 4
    first, second, third = (dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:])
    assert first == {"started": "2026-03-28T08:00:00+01:00", "ended": "2026-03-28T08:12:20+01:00",
                     "routine": "cat-stretch", "routine_title": "Cat stretch", "level": "gentle",
                     "outcome": "completed", "exercise": "cow", "segments_done": "8", "segments_total": "8",
                     "minutes": "12.3", "pain_before": "6", "pain_after": "4", "pain_change": "-2"}
    assert second["routine_title"] == "'=HYPERLINK(\"http://evil\")" and second["exercise"] == "'-plank"
    assert second["ended"] == "" and second["pain_change"] == ""
    assert third["routine_title"] == "'+1 stretch" and third["pain_change"] == "2"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_guarded(tmp_path: Path, start: str):
    session = SessionRecord(**{**BEFORE_DST.__dict__, "routine_title": f"{start}cmd"})
    path = tmp_path / "s.csv"
    write_csv([session], path, UTC)
    [_, row] = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))
    assert row[CSV_COLUMNS.index("routine_title")] == f"'{start}cmd"


def test_write_csv_raises_oserror_for_the_caller(tmp_path: Path):
    (tmp_path / "file").write_text("in the way")
    with pytest.raises(OSError):
        write_csv([BEFORE_DST], tmp_path / "file" / "sessions.csv", BERLIN)


def test_json_has_sessions_and_reminders_as_text():
    reminder = ReminderOutcome(at=datetime(2026, 3, 29, 6, 0, tzinfo=UTC), kind=ReminderOutcomeKind.SNOOZED, rule=2,
                               routine="cat-stretch", slot=datetime(2026, 3, 29, 5, 55, tzinfo=UTC),
                               detail={"until": datetime(2026, 3, 29, 6, 10, tzinfo=UTC), "minutes": 10})
    data = to_json([BEFORE_DST, AFTER_DST], BERLIN, [reminder])
    assert json.loads(json.dumps(data)) == data
    assert data["sessions"] == session_rows([BEFORE_DST, AFTER_DST], BERLIN)
    assert data["sessions"][0]["routine_title"] == "Cat stretch", "JSON needs no spreadsheet guard"
    assert data["reminders"] == [{"at": "2026-03-29T08:00:00+02:00", "kind": "snoozed", "rule": 2,
                                  "routine": "cat-stretch", "slot": "2026-03-29T07:55:00+02:00",
                                  "detail": {"until": "2026-03-29T06:10:00+00:00", "minutes": 10}}]
    assert to_json([], BERLIN) == {"sessions": [], "reminders": []}
