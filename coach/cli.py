"""The command line: ``backcoach [list | plan ROUTINE]``.

Every problem a person can cause (an unknown routine or level, a bad routine
file) is one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from coach import __version__
from coach.domain.compiler import compile_timeline
from coach.domain.routine import DEFAULT_LEVEL, Level, Routine
from coach.domain.routine_loader import Catalogue, load_catalogue
from coach.domain.timeline import Timeline
from coach.resources import builtin_routines_dir
from coach.storage.paths import user_routines_dir

EXIT_USAGE = 2


class UsageProblem(Exception):
    """Something the person asked for does not exist; the message says what does."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.command is None:
            print("Back Coach: the coach window is not built yet. For now, see the routines with\n"
                  "  backcoach list\n"
                  "and a routine's timed plan with\n"
                  "  backcoach plan lower-back", file=out)
            return 0
        catalogue = load_catalogue(builtin_routines_dir(), user_routines_dir())
        for problem in catalogue.problems:
            print(f"backcoach: skipped {problem}", file=err)
        if args.command == "list":
            _print_list(catalogue, out)
        elif args.command == "plan":
            routine = _find_routine(catalogue, args.routine)
            timeline = compile_timeline(routine, _find_level(args.level))
            if args.json:
                json.dump(timeline.to_json(), out, indent=2)
                out.write("\n")
            else:
                _print_plan(timeline, out)
    except UsageProblem as problem:
        print(f"backcoach: {problem}", file=err)
        return EXIT_USAGE
    except BrokenPipeError:
        # `backcoach plan lower-back | head` closed the pipe early: not an error.
        sys.stderr.close()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcoach", description="A hands-free coach for lower-back-pain exercises.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help="list the routines, with their length at each level")
    plan = commands.add_parser("plan", help="print a routine's timed plan")
    plan.add_argument("routine", metavar="ROUTINE", help="a routine id, as shown by `backcoach list`")
    plan.add_argument("--level", default=DEFAULT_LEVEL.value, metavar="LEVEL",
                      help=f"one of {', '.join(Level.names())} (default: {DEFAULT_LEVEL.value})")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON (see the README)")
    return parser


def _find_routine(catalogue: Catalogue, routine_id: str) -> Routine:
    routine = catalogue.get(routine_id)
    if routine is None:
        known = ", ".join(sorted(catalogue.routines)) or "none"
        raise UsageProblem(f'unknown routine "{routine_id}"; available: {known}')
    return routine


def _find_level(name: str) -> Level:
    try:
        return Level(name)
    except ValueError:
        raise UsageProblem(f'unknown level "{name}"; available: {", ".join(Level.names())}') from None


def minutes_and_seconds(seconds: float) -> str:
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _print_list(catalogue: Catalogue, out: TextIO) -> None:
    header = ["ROUTINE", "EXERCISES", *(level.upper() for level in Level.names()), "TITLE"]
    rows = [header]
    for routine in catalogue.routines.values():
        durations = [minutes_and_seconds(compile_timeline(routine, level).total_seconds) for level in Level]
        rows.append([routine.id, str(len(routine.exercises)), *durations, routine.title])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths)]
        print("  ".join([*cells, row[-1]]), file=out)


def _print_plan(timeline: Timeline, out: TextIO) -> None:
    print(f"{timeline.title} ({timeline.level.value}): {len(timeline)} segments, "
          f"{minutes_and_seconds(timeline.total_seconds)}", file=out)
    for segment in timeline.segments:
        where = " ".join(filter(None, [
            segment.exercise or "",
            segment.side or "",
            f"round {segment.round}/{segment.rounds}" if segment.round and segment.rounds else "",
            f"rep {segment.rep}/{segment.reps}" if segment.rep else "",
        ]))
        print(f"{segment.index:4d}  {minutes_and_seconds(segment.start):>6}  {segment.kind.value:<8} "
              f"{segment.seconds:5.1f}s  {where:<36} {segment.say}", file=out)
