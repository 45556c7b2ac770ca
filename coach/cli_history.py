"""``backcoach history [--json] [--csv FILE] [--tz ZONE]``: the person's sessions, without opening a window.

Reads the SQLite history (the running app may be writing to it at the same
time: WAL lets a reader in). Times are shown in the local zone. SQLite and the
history modules load only when this command runs: every `backcoach`, the window
too, builds this command's parser.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from coach.domain.history_records import ReminderOutcome, SessionRecord
from coach.domain.routine_errors import printable
from coach.platform.local_zone import local_zone, zone_named
from coach.storage.output_files import OutputFileProblem, check_output_file, write_output_file


class HistoryProblem(Exception):
    """A one-line message for stderr (exit code 2)."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("history", help="print your sessions and pain ratings, or export them to CSV")
    parser.add_argument("--json", action="store_true", help="print sessions and reminder outcomes as JSON")
    parser.add_argument("--csv", type=Path, metavar="FILE", help="write one row per session to this CSV file")
    parser.add_argument("--force", action="store_true", help="overwrite the CSV file if it exists")
    parser.add_argument("--tz", metavar="ZONE", help="show times in this zone, e.g. Europe/Berlin (default: local)")


def run(args: argparse.Namespace, out: TextIO) -> None:
    from coach.storage import history, history_export

    zone = _zone(args.tz)
    if args.csv is not None:
        _check_output(args.csv, args.force)
    path = history.history_path()
    sessions, outcomes = _read(path, reminders=args.json)
    if args.csv is not None:
        try:
            write_output_file(args.csv, history_export.csv_text(sessions, zone).encode("utf-8"), force=args.force)
        except OutputFileProblem as problem:
            raise HistoryProblem(str(problem)) from None
        except OSError as error:
            raise HistoryProblem(f"could not write {printable(str(args.csv))}: {error.strerror or error}") from None
        print(f"wrote {sessions_count(len(sessions))} to {printable(str(args.csv))}", file=out)
    elif args.json:
        json.dump(history_export.to_json(sessions, zone, outcomes), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        _print_table(sessions, zone, out)


def _check_output(path: Path, force: bool) -> None:
    try:
        check_output_file(path, force=force)
    except OutputFileProblem as problem:
        raise HistoryProblem(str(problem)) from None


def sessions_count(count: int) -> str:
    return f"{count} session{'' if count == 1 else 's'}"


def _read(path: Path, *, reminders: bool) -> tuple[list[SessionRecord], list[ReminderOutcome]]:
    if not path.exists():
        return [], []
    from coach.storage import history
    import sqlite3  # here, not at the top: every backcoach builds this command's parser

    from coach.storage.history_schema import HistoryError, open_database

    try:
        connection = open_database(path)
    except HistoryError as error:
        raise HistoryProblem(str(error)) from None
    try:
        sessions = history.sessions(connection)
        return sessions, history.reminder_outcomes(connection) if reminders else []
    except sqlite3.Error as error:  # e.g. a table missing from a damaged file
        raise HistoryProblem(f"{printable(str(path))}: could not be read ({error})") from None
    finally:
        connection.close()


def _zone(name: str | None) -> ZoneInfo:
    if name is None:
        return local_zone()
    try:
        return zone_named(name)
    except ValueError as error:
        raise HistoryProblem(str(error)) from None


def _print_table(sessions: list[SessionRecord], zone: ZoneInfo, out: TextIO) -> None:
    if not sessions:
        print("no sessions yet: start one with `backcoach` (or `backcoach --start cat-stretch`)", file=out)
        return
    from coach.storage import history_export

    rows = [["STARTED", "ROUTINE", "LEVEL", "OUTCOME", "MIN", "PAIN"]]
    for row in history_export.session_rows(sessions, zone):
        pain = "" if row["pain_before"] is None and row["pain_after"] is None else \
            f"{_shown(row['pain_before'])} -> {_shown(row['pain_after'])}"
        started = str(row["started"])[:16].replace("T", " ")
        outcome = str(row["outcome"])
        if row["outcome"] != "completed" and row["exercise"]:
            outcome += f" at {row['exercise']}"
        # The file's own words (it may have been edited by hand) are shown escaped.
        rows.append([printable(cell) for cell in (started, str(row["routine"]), str(row["level"]), outcome,
                                                  _shown(row["minutes"]), pain)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(r, widths, strict=True)).rstrip(), file=out)


def _shown(value: object) -> str:
    return "-" if value is None else str(value)
