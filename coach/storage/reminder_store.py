"""The person's reminders: the rules and options in ``reminders.toml`` (config dir).

The file is the person's, and a typo in one reminder must not cost them the
others: a reminder that cannot be read is skipped with a message naming the
file, the field and the fix, and its table is written back unchanged on the
next save. A file that is not TOML at all is moved aside
(``reminders.toml.corrupt-<time>``) by the app, never overwritten.
Written atomically; unknown keys from a newer version are kept.

Example::

    [options]
    grace_minutes = 120
    snooze_minutes = 10

    [[reminder]]
    id = 1
    routine = "cat-stretch"
    times = ["08:00", "18:00"]
    days = "daily"
    created = 2026-11-25T09:00:00Z
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any


from coach.domain.file_reading import read_regular_file
from coach.domain.reminder_rules import (
    ALL_DAYS,
    ReminderRule,
    format_time,
    format_weekdays,
    parse_time,
    parse_weekdays,
)
from coach.storage.atomic import move_aside, write_atomically
from coach.storage.paths import user_config_dir
from coach.storage.toml_tables import boolean, read_table, whole_number

FILE_NAME = "reminders.toml"
MAX_BYTES = 256 * 1024


class ReminderFileError(Exception):
    """reminders.toml exists but is not a TOML document we can read at all (message names the file)."""


@dataclass(frozen=True)
class ReminderOptions:
    """How reminders behave.

    Attributes:
        grace_minutes: a reminder missed (app closed, laptop asleep) fires late if at most this late.
        snooze_minutes: how long Snooze waits.
        speak: say the reminder aloud as well as showing it.
        autostart: start Back Coach (in the tray) at log-in.
        autostart_created: we wrote the autostart entry (so its absence means the person removed it).
    """

    grace_minutes: int = 120
    snooze_minutes: int = 10
    speak: bool = True
    autostart: bool = False
    autostart_created: bool = False


_OPTION_CHECKS = {"grace_minutes": whole_number(0, 24 * 60), "snooze_minutes": whole_number(1, 4 * 60),
                  "speak": boolean(), "autostart": boolean(), "autostart_created": boolean()}


@dataclass(frozen=True)
class ReminderSettings:
    """Everything in reminders.toml.

    Attributes:
        rules: the reminders that could be read.
        options: see ReminderOptions.
        problems: one message per thing that could not be read (it was skipped, not lost).
        unreadable: the raw tables of reminders that could not be read, written back as they were.
        extra: top-level keys this version does not know.
    """

    rules: tuple[ReminderRule, ...] = ()
    options: ReminderOptions = field(default_factory=ReminderOptions)
    problems: tuple[str, ...] = ()
    unreadable: tuple[dict[str, Any], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def rule(self, rule_id: int) -> ReminderRule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)

    def next_id(self) -> int:
        taken = [rule.id for rule in self.rules]
        taken += [table["id"] for table in self.unreadable if isinstance(table.get("id"), int)]
        return max(taken, default=0) + 1

    def with_new_rule(self, routine: str, times: Iterable[time], weekdays: frozenset[int] = ALL_DAYS, *,
                      now: datetime) -> tuple[ReminderSettings, ReminderRule]:
        rule = ReminderRule(id=self.next_id(), routine=routine, times=tuple(sorted(set(times))),
                            created=now.astimezone(UTC).replace(microsecond=0), weekdays=weekdays)
        return replace(self, rules=(*self.rules, rule)), rule

    def same_as(self, routine: str, times: Iterable[time], weekdays: frozenset[int]) -> ReminderRule | None:
        """The reminder already set for this routine at these times on these days, if there is one."""
        wanted = tuple(sorted(set(times)))
        return next((rule for rule in self.rules
                     if (rule.routine, rule.times, rule.weekdays) == (routine, wanted, weekdays)), None)

    def for_routines(self, known: Collection[str], path: Path | None = None) -> ReminderSettings:
        """These settings with the reminders for a routine that is not in ``known`` (deleted, or its
        file broken) switched off, with a message each, like a reminder with a mistake: the file keeps
        them as they are, so they come back when the routine does."""
        gone = [rule for rule in self.rules if rule.routine not in known]
        if not gone:
            return self
        path = path or reminders_path()
        problems = [f'{path}: reminder {rule.id}: routine: there is no routine "{rule.routine}" (deleted?); '
                    "this reminder is off until the routine is back or you change the reminder" for rule in gone]
        return replace(self, rules=tuple(rule for rule in self.rules if rule.routine in known),
                       unreadable=(*self.unreadable, *(_rule_table(rule) for rule in gone)),
                       problems=(*self.problems, *problems))

    def with_rule(self, changed: ReminderRule) -> ReminderSettings:
        return replace(self, rules=tuple(changed if rule.id == changed.id else rule for rule in self.rules))

    def without_rule(self, rule_id: int) -> ReminderSettings:
        """Without reminder ``rule_id``, whether it reads or not (one for a deleted routine, say)."""
        return replace(self, rules=tuple(rule for rule in self.rules if rule.id != rule_id),
                       unreadable=tuple(table for table in self.unreadable if table.get("id") != rule_id))

    def off_ids(self) -> list[int]:
        """The ids of the reminders that are off because they could not be used (see ``problems``)."""
        return [table["id"] for table in self.unreadable if isinstance(table.get("id"), int)]


def reminders_path() -> Path:
    return user_config_dir() / FILE_NAME


def load(path: Path | None = None) -> ReminderSettings:
    """Read the file; a missing file is no reminders. Raises ReminderFileError if it is not TOML at all."""
    path = path or reminders_path()
    try:
        if path.is_dir():
            raise ReminderFileError(f"{path}: is a folder, not a file; remove or rename it")
        data = read_regular_file(path, MAX_BYTES)  # a FIFO or a device here must not hang
        if len(data) > MAX_BYTES:
            raise ReminderFileError(f"{path}: is more than a reminders file can be ({MAX_BYTES} bytes); "
                                    "it is not a reminders file")
        document = tomllib.loads(data.decode("utf-8-sig"))  # with or without a byte order mark
    except FileNotFoundError:
        return ReminderSettings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ReminderFileError(f"{path}: could not be read ({error})") from None
    problems: list[str] = []
    options = _read_options(document.get("options", {}), path, problems)
    rules: list[ReminderRule] = []
    unreadable: list[dict[str, Any]] = []
    tables = document.get("reminder", [])
    if not isinstance(tables, list):
        problems.append(f"{path}: reminder: expected [[reminder]] tables, found {type(tables).__name__}; "
                        "it was left as it is")
        tables = []
    seen: set[int] = set()
    for index, table in enumerate(tables):
        try:
            rule = _read_rule(table)
            if rule.id in seen:
                raise ValueError(f"id: {rule.id} is used by another reminder; give each reminder its own id")
            seen.add(rule.id)
            rules.append(rule)
        except ValueError as error:
            problems.append(f"{path}: reminder[{index}].{error} (this reminder is off until the file is fixed)")
            if isinstance(table, dict):
                unreadable.append(table)
    extra = {key: value for key, value in document.items() if key not in ("options", "reminder")}
    return ReminderSettings(rules=tuple(rules), options=options, problems=tuple(problems),
                            unreadable=tuple(unreadable), extra=extra)


def load_or_move_aside(path: Path | None = None, *, stamp: str | None = None) -> ReminderSettings:
    """What the app uses: a file that is not TOML is renamed (nothing lost) and the app starts without reminders."""
    path = path or reminders_path()
    try:
        return load(path)
    except ReminderFileError as error:
        stamp = stamp or datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = move_aside(path, stamp) if path.is_file() else None
        where = f"; it was moved to {moved.name}" if moved else ""
        return ReminderSettings(problems=(f"{error}{where}. Reminders are off until you set them again.",))


def save(settings: ReminderSettings, path: Path | None = None) -> None:
    """Write atomically; raises OSError (the caller tells the person)."""
    path = path or reminders_path()
    document: dict[str, Any] = dict(settings.extra)
    document["options"] = {f.name: getattr(settings.options, f.name) for f in fields(ReminderOptions)}
    document["reminder"] = [*(_rule_table(rule) for rule in settings.rules), *settings.unreadable]
    import tomli_w  # only to write: a start that saves nothing never loads it

    write_atomically(path, tomli_w.dumps(document).encode("utf-8"))


def _rule_table(rule: ReminderRule) -> dict[str, Any]:
    return {"id": rule.id, "routine": rule.routine, "times": [format_time(t) for t in rule.times],
            "days": format_weekdays(rule.weekdays), "enabled": rule.enabled,
            "created": rule.created.astimezone(UTC)}


def _read_options(table: Any, path: Path, problems: list[str]) -> ReminderOptions:
    options, found, _unknown = read_table(table, ReminderOptions, _OPTION_CHECKS, path=path, name="options")
    problems += found
    return options


def _read_rule(table: Any) -> ReminderRule:
    """One [[reminder]] table; ValueError("field: what is wrong; the fix")."""
    if not isinstance(table, dict):
        raise ValueError(f"expected a table, found {type(table).__name__}")
    rule_id = table.get("id")
    if not isinstance(rule_id, int) or isinstance(rule_id, bool) or rule_id < 1:
        raise ValueError(f"id: expected a whole number from 1 up, found {rule_id!r}")
    routine = table.get("routine")
    if not isinstance(routine, str) or not routine:
        raise ValueError(f"routine: expected a routine id such as \"cat-stretch\", found {routine!r}")
    raw_times = table.get("times")
    if not isinstance(raw_times, list) or not raw_times:
        raise ValueError(f'times: expected a list of times such as ["08:00", "18:00"], found {raw_times!r}')
    times = []
    for index, text in enumerate(raw_times):
        if not isinstance(text, str):
            raise ValueError(f'times[{index}]: expected "HH:MM" text, found {text!r}')
        try:
            times.append(parse_time(text))
        except ValueError as error:
            raise ValueError(f"times[{index}]: {error}") from None
    days = table.get("days", "daily")
    if not isinstance(days, str):
        raise ValueError(f'days: expected text such as "daily" or "mon,wed,fri", found {days!r}')
    try:
        weekdays = parse_weekdays(days)
    except ValueError as error:
        raise ValueError(f"days: {error}") from None
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ValueError(f"enabled: expected true or false, found {enabled!r}")
    created = table.get("created")
    if not isinstance(created, datetime) or created.tzinfo is None:
        raise ValueError(f"created: expected a date and time with a zone, e.g. 2026-11-25T09:00:00Z, found {created!r}")
    try:
        return ReminderRule(id=rule_id, routine=routine, times=tuple(sorted(set(times))), created=created,
                            weekdays=weekdays, enabled=enabled)
    except ValueError as error:
        raise ValueError(f"{error}") from None
