"""No traceback, no hang, from any command line.

Hypothesis makes command lines (known words, odd values, control characters) and the files they
meet (a routine to import, damaged settings, reminders and history, a FIFO, a folder, a device), and
every run must end with exit code 0 or 2, print only escaped, printable lines, report a problem as
``backcoach: ...`` (argparse's own usage lines aside), and finish within a time limit.

The commands run in this process, each in fresh XDG folders and a fresh working folder, so a run is
milliseconds; SIGALRM stops one that hangs (a blocking open() of a FIFO is interrupted too) and the
failure names the command line. Derandomized with no example database: CI runs the same cases every
time. Left out, and tested on their own: the window (no command: it waits for the person, by design),
``say`` and ``voices`` (they would make a sound; tests/test_cli_say.py) and ``listen`` (tests/listening).
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sqlite3
import string
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coach.cli import main
from coach.resources import builtin_routines_dir

# SIGALRM and FIFOs are POSIX; the command line is the same code on every platform.
pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer") or not hasattr(os, "mkfifo"),
                                reason="needs SIGALRM and FIFOs")
TIME_LIMIT_S = 10
CASES = settings(max_examples=300, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

WORDS = ["cat-stretch", "lower-back", "mine", "bridge", "cat-stretch", "gentle", "strong", "dark", "left", "1",
         "3", "08:00", "18:00", "25:61", "mon-fri", "0001-01-01T00:00", "9999-12-31T23:59", "2026-03-29T02:30",
         "Europe/Berlin", "Mars/Olympus", "-1", "0", "0.5", "nan", "inf", "1e309", "99999999999999999999", "", " ",
         "\x1b[2J", "\x07", "\r", "a\nb", "ä", "../../etc/passwd", "1280x720", "10x10", "99999x99999", "--json",
         # files (made in the working folder by the world below)
         "routine.toml", "fifo", "folder", "missing/x.csv", "out.csv", "out.pdf", "out.png", "out.toml",
         "/dev/null", "/dev/zero", "routine.toml"]
VALUE = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.text(string.printable, max_size=10),
                  st.text(st.characters(codec="utf-8"), max_size=6))
FLAGS = {"--json", "--force", "--replace", "--copy"}


def command(head: list[str], positionals: int, options: list[str]) -> st.SearchStrategy[list[str]]:
    """``head``, then ``positionals`` values, then some of ``options`` (with a value unless a flag),
    now and then a stray word: mostly command lines argparse accepts, so the commands themselves run."""
    option = st.sampled_from(options or ["--json"]).flatmap(
        lambda name: st.just([name]) if name in FLAGS else VALUE.map(lambda value: [name, value]))
    return st.builds(lambda values, chosen, stray: head + values + [word for pair in chosen for word in pair] + stray,
                     st.lists(VALUE, min_size=positionals, max_size=positionals),
                     st.lists(option, max_size=4 if options else 0),
                     st.lists(VALUE, max_size=1))


COMMAND_LINES = st.one_of(
    command(["list"], 0, []),
    command(["plan"], 1, ["--level", "--json"]),
    command(["remind", "add"], 2, ["--days"]),
    command(["remind", "list"], 0, ["--json"]),
    command(["remind", "next"], 0, ["--after", "--tz", "--count", "--json"]),
    command(["remind", "remove"], 1, []), command(["remind", "enable"], 1, []), command(["remind", "disable"], 1, []),
    command(["history"], 0, ["--json", "--csv", "--force", "--tz"]),
    command(["import"], 1, ["--copy", "--replace"]),
    command(["export"], 2, ["--force"]),
    command(["sheet"], 1, ["--pdf", "--pdf", "--level", "--force"]),
    command(["snapshot"], 1, ["--segment", "--png", "--progress", "--size", "--theme", "--level", "--force"]),
    command(["figure"], 1, ["--png", "--side", "--pose", "--phase", "--size", "--theme", "--force"]))

ROUTINE = (builtin_routines_dir() / "cat-stretch.toml").read_text(encoding="utf-8").replace(
    'id = "cat-stretch"', 'id = "mine"')
TEXTS = st.one_of(
    st.text(max_size=200),
    st.sampled_from(["", "\ufeff" + ROUTINE, ROUTINE, ROUTINE.replace("Cat stretch", "Cat\x1b[2J\x07"),
                     ROUTINE.replace("reps = [3, 5]", "reps = nan"), ROUTINE + "\n[[exercises]]\n",
                     "[[reminder]]\nid = 1\nroutine = \"gone\"\ntimes = [\"08:00\"]\n",
                     "[[reminder]]\nid = 1\nroutine = \"cat-stretch\"\ntimes = [\"25:00\"]\n",
                     "[voice]\nrate = -5\n[coach]\nlevel = 7\n"]),
    st.builds(lambda a, b: a[: len(a) // 2] + b, st.just(ROUTINE), st.text(max_size=20)))
HISTORIES = st.sampled_from([None, b"", b"garbage", "no tables", "future schema"])
WORLDS = st.fixed_dictionaries({
    "routine.toml": TEXTS, "user routine": st.one_of(st.none(), TEXTS), "reminders.toml": st.one_of(st.none(), TEXTS),
    "settings.toml": st.one_of(st.none(), TEXTS), "history": HISTORIES})


class TooSlow(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def stop(_signal: int, _frame: object) -> None:
        raise TooSlow(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def fresh_world(world: dict) -> Iterator[Path]:
    """A working folder and XDG folders of its own, holding the files ``world`` describes."""
    with tempfile.TemporaryDirectory(prefix="backcoach-fuzz-") as folder:
        root = Path(folder)
        names = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
        saved = {name: os.environ.get(name) for name in names}
        for name in names:
            os.environ[name] = str(root / name.lower())
        config, data = root / "xdg_config_home" / "backcoach", root / "xdg_data_home" / "backcoach"
        (data / "routines").mkdir(parents=True)
        config.mkdir(parents=True)
        work = root / "work"
        work.mkdir()
        _write(work / "routine.toml", world["routine.toml"])
        os.mkfifo(work / "fifo")
        (work / "folder").mkdir()
        _write(data / "routines" / "mine.toml", world["user routine"])
        _write(config / "reminders.toml", world["reminders.toml"])
        _write(config / "settings.toml", world["settings.toml"])
        _history(data / "history.sqlite3", world["history"])
        before = Path.cwd()
        os.chdir(work)
        try:
            yield work
        finally:
            os.chdir(before)
            for name, value in saved.items():
                os.environ[name] = value  # type: ignore[assignment]


def _write(path: Path, text: str | None) -> None:
    if text is not None:
        path.write_bytes(text.encode("utf-8", "surrogatepass"))


def _history(path: Path, kind: object) -> None:
    if kind is None:
        return
    if isinstance(kind, bytes):
        path.write_bytes(kind)
        return
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {1 if kind == 'no tables' else 999}")
    connection.commit()
    connection.close()


def run(argv: list[str]) -> tuple[int, str, str, float]:
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), time_limit(TIME_LIMIT_S):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse's own refusals, and --help
            code = exit_.code if isinstance(exit_.code, int) else 2
    return code, out.getvalue(), err.getvalue(), time.monotonic() - started


def check(argv: list[str], code: int, out: str, err: str) -> None:
    assert code in (0, 2), (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    for line in (out + err).splitlines():
        assert line.isprintable(), (argv, line)
    lines = err.splitlines()
    usage = any(line.startswith("usage: ") for line in lines)
    for line in lines:
        # A problem is one line; import lists a bad file's problems under its first line, indented;
        # argparse prints its usage (indented continuation lines) and then one error line.
        assert line.startswith(("backcoach: ", "backcoach ", "  ")) or usage, (argv, line)
    if code == 2:
        assert err.strip(), (argv, "exit 2 without saying why")


@CASES
@given(argv=COMMAND_LINES, world=WORLDS)
def test_any_command_line_ends_in_exit_0_or_2_with_one_line_messages(argv: list[str], world: dict) -> None:
    with fresh_world(world):
        code, out, err, _seconds = run(argv)
    event(f"{argv[0]}: exit {code}" + (" (usage)" if err.startswith("usage: ") else ""))
    check(argv, code, out, err)


@settings(CASES, max_examples=60)
@given(world=WORLDS, how=st.sampled_from([[], ["--copy"], ["--replace"]]))
def test_any_routine_file_is_imported_or_refused_line_by_line(world: dict, how: list[str]) -> None:
    with fresh_world(world):
        argv = ["import", "routine.toml", *how]
        code, out, err, _seconds = run(argv)
        check(argv, code, out, err)
        if code == 0:  # what was imported lists and plans cleanly too
            for argv in (["list"], ["plan", "mine"], ["remind", "list"], ["history"]):
                check(argv, *run(argv)[:3])


def test_the_time_limit_stops_a_hang_and_names_it() -> None:
    """The limit itself works: a blocking read of a FIFO with no writer is stopped (this is how the
    fuzz test would report a command that hangs)."""
    with tempfile.TemporaryDirectory() as folder:
        fifo = Path(folder) / "fifo"
        os.mkfifo(fifo)
        with pytest.raises(TooSlow), time_limit(0.2):
            fifo.read_bytes()


ISSUE_EXAMPLES = [["say", ""], ["say", " "], ["say", "", "--wav", "x.wav"], ["say", "hi", "--rate", "0"],
                  ["say", "hi", "--rate", "-1"], ["history"], ["history", "--csv", "out.csv"],
                  ["remind", "next", "--after", "9999-12-31T23:59"],
                  ["remind", "next", "--after", "0001-01-01T00:00", "--tz", "Pacific/Kiritimati"]]


@pytest.mark.parametrize("argv", ISSUE_EXAMPLES)
def test_the_examples_of_the_issue_are_one_line(argv: list[str]) -> None:
    """Examples found by attacking the command line, with a history without its tables: one line, exit 2."""
    world = {"routine.toml": None, "user routine": None, "history": "no tables", "settings.toml": None,
             "reminders.toml": None}
    with fresh_world(world):
        assert run(["remind", "add", "cat-stretch", "08:00"])[0] == 0
        code, out, err, _seconds = run(argv)
    check(argv, code, out, err)
    assert code == 2 and len(err.splitlines()) == 1, (argv, err)
