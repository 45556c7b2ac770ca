"""``backcoach remind list | add | remove | enable | disable | next``: reminders from the command line.

These never start the GUI. A change is written to reminders.toml and, when
Back Coach is running, it is told to reload at once (it would also notice
the file at its next wake, within a minute).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from coach.domain.reminder_rules import (WEEKDAY_NAMES, ReminderRule, format_time, format_weekdays, parse_time,
                                         parse_weekdays)
from coach.domain.reminder_times import upcoming
from coach.domain.routine_errors import printable
from coach.domain.routine_loader import Catalogue
from coach.platform.local_zone import local_zone, now_utc, zone_named
from coach.storage import reminder_store
from coach.storage.reminder_store import ReminderFileError, ReminderSettings
from coach.storage.paths import user_state_dir


class RemindProblem(Exception):
    """A one-line message for stderr (exit code 2)."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    remind = commands.add_parser("remind", help="list, add and remove reminders; show when they fire next")
    actions = remind.add_subparsers(dest="remind_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the reminders")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add = actions.add_parser("add", help="remind me to do ROUTINE at these times")
    add.add_argument("routine", metavar="ROUTINE", help="a routine id, as shown by `backcoach list`")
    add.add_argument("times", metavar="HH:MM", nargs="+", help="local times, e.g. 08:00 18:00")
    add.add_argument("--days", default="daily", metavar="DAYS",
                     help="mon,tue,... or mon-fri, daily, weekdays, weekends (default: daily)")
    for name, text in (("remove", "delete a reminder"), ("enable", "switch a reminder on"),
                       ("disable", "switch a reminder off (it is kept)")):
        action = actions.add_parser(name, help=text)
        action.add_argument("id", type=int, metavar="ID", help="the reminder's id, from `backcoach remind list`")
    upcoming_parser = actions.add_parser("next", help="print when the reminders fire next")
    upcoming_parser.add_argument("--after", metavar="ISO-DATETIME",
                                 help="count from this moment (default: now); without a zone it is local time")
    upcoming_parser.add_argument("--tz", metavar="ZONE", help="the time zone, e.g. Europe/Berlin (default: local)")
    upcoming_parser.add_argument("--count", type=int, default=5, metavar="N", help="how many (default 5)")
    upcoming_parser.add_argument("--json", action="store_true", help="print them as JSON")


def run(args: argparse.Namespace, catalogue: Catalogue, out: TextIO) -> None:
    settings = _load().for_routines(catalogue.routines)
    if args.remind_command == "list":
        _print_list(settings, out, as_json=args.json)
    elif args.remind_command == "add":
        _add(settings, catalogue, args, out)
    elif args.remind_command in ("remove", "enable", "disable"):
        _change(settings, args.remind_command, args.id, out)
    elif args.remind_command == "next":
        _print_next(settings, args, out)


def _load() -> ReminderSettings:
    try:
        return reminder_store.load()
    except ReminderFileError as error:
        raise RemindProblem(f"{error}; fix or remove the file (nothing was changed)") from None


def _save(settings: ReminderSettings) -> None:
    try:
        reminder_store.save(settings)
    except OSError as error:
        raise RemindProblem(f"could not save {reminder_store.reminders_path()}: {error.strerror or error}") from None
    _tell_running_app()


def _tell_running_app() -> None:
    """Ask a running Back Coach to reload now (it would notice within a minute anyway)."""
    lock_dir = user_state_dir()
    if not (lock_dir / "instance.lock").exists():
        return
    from coach.platform.single_instance import SingleInstance

    SingleInstance(lock_dir).send({"command": "reload-reminders"}, timeout_ms=1000)


def describe(rule: ReminderRule) -> str:
    times = " and ".join(format_time(t) for t in rule.times)
    state = "" if rule.enabled else " (off)"
    return f"{printable(rule.routine)} at {times}, {format_weekdays(rule.weekdays)}{state}"


def _add(settings: ReminderSettings, catalogue: Catalogue, args: argparse.Namespace, out: TextIO) -> None:
    if catalogue.get(args.routine) is None:
        known = ", ".join(sorted(catalogue.routines)) or "none"
        raise RemindProblem(f'unknown routine "{printable(args.routine)}"; available: {known}')
    try:
        times = [parse_time(text) for text in args.times]
        weekdays = parse_weekdays(args.days)
    except ValueError as error:
        raise RemindProblem(str(error)) from None
    same = settings.same_as(args.routine, times, weekdays)
    if same is not None:
        switch_on = "" if same.enabled else f"; it is off: `backcoach remind enable {same.id}` switches it on"
        raise RemindProblem(f"reminder {same.id} is already {describe(same)}; nothing was added{switch_on}")
    settings, rule = settings.with_new_rule(args.routine, times, weekdays, now=now_utc())
    _save(settings)
    zone = local_zone()
    following = upcoming([rule], now_utc(), zone, 1)
    when = f"; next on {_friendly(following[0][0])}" if following else ""
    print(f"Added reminder {rule.id}: {describe(rule)}{when}.", file=out)


def _change(settings: ReminderSettings, action: str, rule_id: int, out: TextIO) -> None:
    rule = settings.rule(rule_id)
    if rule is None and rule_id in settings.off_ids() and action == "remove":
        _save(settings.without_rule(rule_id))
        print(f"Removed reminder {rule_id}.", file=out)
        return
    if rule is None and rule_id in settings.off_ids():
        raise RemindProblem(f"reminder {rule_id} cannot be used as it is (see `backcoach remind list`); "
                            "fix it in the file, or remove it")
    if rule is None:
        known = ", ".join(str(r.id) for r in settings.rules) or "none yet"
        raise RemindProblem(f"there is no reminder {rule_id}; reminders: {known} (see `backcoach remind list`)")
    if action == "remove":
        _save(settings.without_rule(rule_id))
        print(f"Removed reminder {rule_id}: {describe(rule)}.", file=out)
        return
    changed = replace(rule, enabled=action == "enable")
    _save(settings.with_rule(changed))
    print(f"Reminder {rule_id} is {'on' if changed.enabled else 'off'}: {describe(changed)}.", file=out)


def _print_list(settings: ReminderSettings, out: TextIO, *, as_json: bool) -> None:
    zone = local_zone()
    now = now_utc()
    nexts = {rule.id: upcoming([rule], now, zone, 1) for rule in settings.rules}
    if as_json:
        json.dump([{"id": rule.id, "routine": rule.routine, "times": [format_time(t) for t in rule.times],
                    "days": [WEEKDAY_NAMES[d] for d in sorted(rule.weekdays)], "enabled": rule.enabled,
                    "created": rule.created.isoformat(),
                    "next": nexts[rule.id][0][0].isoformat() if nexts[rule.id] else None}
                   for rule in settings.rules], out, indent=2)
        out.write("\n")
        return
    for problem in settings.problems:
        print(f"note: {problem}", file=out)
    if not settings.rules:
        print("No reminders yet. Add one: backcoach remind add cat-stretch 08:00 18:00", file=out)
        return
    rows = [["ID", "ROUTINE", "TIMES", "DAYS", "ON", "NEXT"]]
    for rule in settings.rules:
        following = nexts[rule.id]
        rows.append([str(rule.id), printable(rule.routine), " ".join(format_time(t) for t in rule.times),
                     format_weekdays(rule.weekdays), "yes" if rule.enabled else "no",
                     _friendly(following[0][0]) if following else "-"])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(), file=out)


def _print_next(settings: ReminderSettings, args: argparse.Namespace, out: TextIO) -> None:
    try:
        zone = zone_named(args.tz) if args.tz else local_zone()
    except ValueError as error:
        raise RemindProblem(str(error)) from None
    if args.count < 1 or args.count > 1000:
        raise RemindProblem(f"--count must be from 1 to 1000, not {args.count}")
    after = _parse_after(args.after, zone) if args.after else now_utc()
    # --after may ask about a time before a reminder was made ("what happens at the DST change?"):
    # answer from the rule alone; only firing honours `created`.
    rules = [replace(rule, created=min(rule.created, after)) for rule in settings.rules]
    try:
        fires = upcoming(rules, after, zone, args.count)
    except (OverflowError, ValueError):  # --after at the ends of the calendar (year 1 or 9999)
        raise RemindProblem(f"--after: {printable(args.after)} is too near the end of the calendar; "
                            "use a date between the years 2 and 9998") from None
    if args.json:
        json.dump([{"at": at.astimezone(zone).isoformat(), "rule": rule.id, "routine": rule.routine}
                   for at, rule in fires], out, indent=2)
        out.write("\n")
        return
    if not fires:
        print("No reminders are on.", file=out)
    for at, rule in fires:
        print(f"{at.astimezone(zone).isoformat()}  {printable(rule.routine)} (reminder {rule.id})", file=out)


def _parse_after(text: str, zone: ZoneInfo) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise RemindProblem(f'--after: "{printable(text)}" is not an ISO date and time; use e.g. 2026-03-29T07:00 '
                            "or 2026-03-29T07:00+02:00") from None
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


def _friendly(moment: datetime) -> str:
    local = moment.astimezone(local_zone())
    return local.strftime("%a %d %b %H:%M")
