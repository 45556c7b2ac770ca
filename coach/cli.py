"""The command line: ``backcoach [--start ROUTINE] [list | plan | snapshot | voices | say | remind | history |
import | export | sheet]``.

Every problem a person can cause (an unknown routine or level, a bad routine
file, no display) is one line on stderr and exit code 2, never a traceback.
Qt is imported only by the commands that open or render a window.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import math
import os
import re
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coach import __version__, cli_figure, cli_history, cli_listen, cli_remind, cli_routines
from coach.domain.compiler import compile_timeline
from coach.domain.languages import LANGUAGES, desktop_language, language_of
from coach.domain.routine import DEFAULT_LEVEL, Level, Routine
from coach.domain.routine_loader import Catalogue, is_translation_problem, load_catalogue
from coach.domain.routine_errors import printable
from coach.resources import builtin_routines_dir
from coach.storage.output_files import OutputFileProblem
from coach.storage.paths import user_routines_dir
from coach.terminal_output import terminal_stream

if TYPE_CHECKING:
    from coach.domain.timeline import Timeline

EXIT_USAGE = 2
_LANG_HELP = (f"the language of routine words, spoken phrases and the voice: {', '.join(sorted(LANGUAGES))} "
              "(default: the locale's, else English)")


class UsageProblem(Exception):
    """Something the person asked for does not exist; the message says what does."""


def main(argv: Sequence[str] | None = None) -> int:
    # Everything printed, argparse's messages too, goes through coach/terminal_output.py;
    # the window, which runs for hours and hands its streams to logging, gets the real ones.
    out, err = terminal_stream(sys.stdout), terminal_stream(sys.stderr)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = _parser().parse_args(argv)
            if args.install_desktop_entry or args.uninstall_desktop_entry:
                return _desktop_entry(args.install_desktop_entry, out, err)
            try:
                asked_language = args.lang
                args.lang = _find_language(args.lang)
                catalogue = load_catalogue(builtin_routines_dir(), user_routines_dir(), args.lang)
                for problem in catalogue.problems:
                    print(f"backcoach: {'' if is_translation_problem(problem) else 'skipped '}{problem}", file=err)
                if args.command is not None:
                    return _run_command(args, catalogue, out)
                window = _window_start(args, catalogue)
            except UsageProblem as problem:
                print(f"backcoach: {problem}", file=err)
                return EXIT_USAGE
    except BrokenPipeError:
        # `backcoach plan lower-back | head` closed the pipe early: not an error.
        sys.stderr.close()
        return 0
    # The window follows --lang when given; otherwise the Language setting, then the desktop.
    return _open_window(args, catalogue, window, args.lang if asked_language else None)


def _run_command(args: argparse.Namespace, catalogue: Catalogue, out: TextIO) -> int:
    err = sys.stderr
    try:
        if args.command == "list":
            _print_list(catalogue, out, args.lang)
        elif args.command == "plan":
            routine = _find_routine(catalogue, args.routine)
            timeline = compile_timeline(routine, _find_level(args.level), language=args.lang)
            if args.json:
                json.dump(timeline.to_json(), out, indent=2)
                out.write("\n")
            else:
                _print_plan(timeline, out, args.lang)
        elif args.command == "snapshot":
            _snapshot(args, catalogue)
        elif args.command == "voices":
            _print_voices(out)
        elif args.command == "say":
            _say(args)  # in --lang's (or the locale's) voice unless --voice chooses one
        elif args.command == "remind":
            cli_remind.run(args, catalogue, out)
        elif args.command == "history":
            cli_history.run(args, out)
        elif args.command == "figure":
            cli_figure.run(args, out)
        elif args.command == "listen":
            cli_listen.run(args, out, err)
        elif args.command == "import":
            cli_routines.run(args, catalogue, None, None, out)
        elif args.command in ("export", "sheet"):
            level = _find_level(args.level) if args.command == "sheet" else None
            cli_routines.run(args, catalogue, _find_routine(catalogue, args.routine), level, out)
    except (UsageProblem, cli_remind.RemindProblem, cli_history.HistoryProblem, cli_routines.RoutineProblem,
            cli_figure.FigureProblem, cli_listen.ListenProblem) as problem:
        print(f"backcoach: {problem}", file=err)
        return EXIT_USAGE
    return 0


def _window_start(args: argparse.Namespace, catalogue: Catalogue) -> tuple[str, Level] | None:
    """The routine and level to start at once, if any, after checking the window's options."""
    start = None
    if args.start is not None:
        start = (_find_routine(catalogue, args.start).id, _find_level(args.start_level))
    elif args.start_level != DEFAULT_LEVEL.value:
        _find_level(args.start_level)
    if not math.isfinite(args.speed) or args.speed <= 0 or args.speed > 1000:
        raise UsageProblem(f"--speed must be above 0 and at most 1000, not {args.speed:g}")
    _check_display()
    return start


def _open_window(args: argparse.Namespace, catalogue: Catalogue, start: tuple[str, Level] | None,
                 language: str | None) -> int:
    # Notes for the person also go to stderr, e.g. when the voice does not work.
    logging.basicConfig(level=logging.WARNING, format="backcoach: %(message)s")
    # Ctrl+C in the terminal quits at once; Qt's event loop would otherwise hold it back.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    from coach.qt.pyside_feature_scan import read_sources_plainly

    read_sources_plainly()  # before PySide6 loads: it would keep every module's source in memory
    from coach.ui.app import run

    return run(catalogue, start=start, speed=args.speed, exit_when_done=args.exit_when_done,
               background=args.background, language=language)


def _desktop_entry(install: bool, out: TextIO, err: TextIO) -> int:
    from coach.platform import desktop_entry

    try:
        desktop_entry.check_platform()
        home = desktop_entry.data_home()
        report = desktop_entry.install(home) if install else desktop_entry.uninstall(home)
    except desktop_entry.DesktopEntryProblem as problem:
        print(f"backcoach: {problem}", file=err)
        return EXIT_USAGE
    for path in report.written:
        print(f"{'wrote' if install else 'removed'} {path}", file=out)
    for path, reason in report.kept:
        print(f"kept {path}: {reason}", file=out)
    if install:
        print("Back Coach is in your desktop's menu; `backcoach --uninstall-desktop-entry` takes it out.", file=out)
    elif not report.written and not report.kept:
        print(f"nothing to remove: no desktop entry was installed under {home}", file=out)
    return 0


def _check_display() -> None:
    """Qt aborts with a core dump when there is no screen; say it plainly instead."""
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        raise UsageProblem("no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); "
                           "run it from a desktop session, or set QT_QPA_PLATFORM=offscreen")


def _snapshot(args: argparse.Namespace, catalogue: Catalogue) -> None:
    routine = _find_routine(catalogue, args.routine)
    level = _find_level(args.level)
    timeline = compile_timeline(routine, level, language=args.lang)
    if not 0 <= args.segment < len(timeline):
        raise UsageProblem(f"--segment must be from 0 to {len(timeline) - 1} for {routine.id} at {level.value}")
    if not 0.0 <= args.progress <= 1.0:
        raise UsageProblem(f"--progress must be from 0.0 to 1.0, not {args.progress:g}")
    match = re.fullmatch(r"(\d{3,4})x(\d{3,4})", args.size)
    if match is None:
        raise UsageProblem(f'--size must look like 1280x720, not "{printable(args.size)}"')
    size = (int(match[1]), int(match[2]))
    cli_routines.check_output(args.png, force=args.force)
    # Rendering to a file needs no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coach.ui.snapshot import render_snapshot
    from coach.ui.widgets.theme import ThemeName

    try:
        render_snapshot(catalogue, routine.id, level, args.segment, args.progress, size,
                        ThemeName(args.theme), args.png, force=args.force, language=args.lang)
    except OutputFileProblem as problem:
        raise UsageProblem(str(problem)) from None
    except OSError as error:
        raise UsageProblem(f"could not write {printable(str(args.png))}: {error.strerror or error}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcoach", description="A hands-free coach for lower-back-pain exercises. "
                                      "Without a command, opens the coach window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--start", metavar="ROUTINE", help="start this routine at once")
    parser.add_argument("--level", dest="start_level", default=DEFAULT_LEVEL.value, metavar="LEVEL",
                        help=f"level for --start: {', '.join(Level.names())} (default: {DEFAULT_LEVEL.value})")
    parser.add_argument("--speed", type=float, default=1.0, metavar="FACTOR",
                        help="run every wait FACTOR times faster (demos and tests)")
    parser.add_argument("--exit-when-done", action="store_true", help="quit after the last segment")
    parser.add_argument("--background", action="store_true",
                        help="start in the system tray without opening the window (used at log-in); "
                             "without a tray the window opens")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop-entry", action="store_true",
                         help="add this install to the Linux desktop's menu, with its icon (for pip and uv tool "
                              "installs), and exit")
    desktop.add_argument("--uninstall-desktop-entry", action="store_true",
                         help="remove what --install-desktop-entry added, and exit")
    parser.add_argument("--lang", metavar="CODE", help=_LANG_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help="list the routines, with their length at each level")
    plan = commands.add_parser("plan", help="print a routine's timed plan")
    plan.add_argument("routine", metavar="ROUTINE", help="a routine id, as shown by `backcoach list`")
    _add_level(plan)
    plan.add_argument("--json", action="store_true", help="print the plan as JSON (docs/commands.md describes it)")
    snapshot = commands.add_parser("snapshot", help="render the session screen at one moment to a PNG")
    snapshot.add_argument("routine", metavar="ROUTINE")
    _add_level(snapshot)
    snapshot.add_argument("--segment", type=int, required=True, metavar="N", help="segment index (see plan)")
    snapshot.add_argument("--progress", type=float, default=0.0, metavar="P",
                          help="how far into the segment, 0.0-1.0 (default 0.0)")
    snapshot.add_argument("--size", default="1280x720", metavar="WxH", help="window size (default 1280x720)")
    snapshot.add_argument("--theme", choices=("light", "dark"), default="light")
    snapshot.add_argument("--png", type=Path, required=True, metavar="FILE", help="where to save the picture")
    snapshot.add_argument("--force", action="store_true", help="overwrite the picture if it exists")
    commands.add_parser("voices", help="list the speech engine's voices")
    say = commands.add_parser("say", help="speak a text, or write it to a WAV file")
    say.add_argument("text", metavar="TEXT")
    say.add_argument("--voice", metavar="V", help="a voice id from `backcoach voices`")
    say.add_argument("--rate", type=int, metavar="R", help="words a minute (default 175)")
    say.add_argument("--wav", type=Path, metavar="FILE", help="write the speech to this WAV file instead")
    say.add_argument("--force", action="store_true", help="overwrite the WAV file if it exists")
    cli_remind.add_parser(commands)
    cli_history.add_parser(commands)
    cli_listen.add_parser(commands)
    cli_routines.add_parsers(commands)
    cli_figure.add_parser(commands)
    for command in commands.choices.values():
        # After the command too (`backcoach plan lower-back --lang de`); SUPPRESS keeps one given before it.
        command.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS, help=_LANG_HELP)
    return parser


def _add_level(command: argparse.ArgumentParser) -> None:
    command.add_argument("--level", default=DEFAULT_LEVEL.value, metavar="LEVEL",
                         help=f"one of {', '.join(Level.names())} (default: {DEFAULT_LEVEL.value})")


def _print_voices(out: TextIO) -> None:
    from coach.speech import one_shot
    from coach.speech.engine import SpeechEngineError

    try:
        voices = one_shot.voices()
    except SpeechEngineError as error:
        raise UsageProblem(str(error)) from None
    for voice in sorted(voices, key=lambda v: v.id):
        print(printable(f"{voice.id:<24} {voice.name:<32} {', '.join(voice.languages)}"), file=out)


def _say(args: argparse.Namespace) -> None:
    """Say a text, or write it to a WAV file, with the engine in a child process under a deadline."""
    from coach.speech import one_shot
    from coach.speech.engine import SpeechEngineError
    from coach.speech.voice import MAX_RATE, MIN_RATE

    if not args.text.strip():
        raise UsageProblem('nothing to say: TEXT is empty; e.g. backcoach say "Breathe out slowly"')
    if args.rate is not None and not MIN_RATE <= args.rate <= MAX_RATE:
        raise UsageProblem(f"--rate must be from {MIN_RATE} to {MAX_RATE} words a minute, not {args.rate}")
    if args.wav is not None:
        cli_routines.check_output(args.wav, force=args.force)
    try:
        if args.voice is not None:
            known = [voice.id for voice in one_shot.voices()]
            if args.voice not in known:
                raise UsageProblem(f'unknown voice "{printable(args.voice)}"; see `backcoach voices` '
                                   f"({len(known)} voice{'' if len(known) == 1 else 's'})")
        if args.wav is not None:
            one_shot.synthesize(args.text, args.wav.absolute(), voice=args.voice, rate=args.rate, language=args.lang)
        else:
            one_shot.say(args.text, voice=args.voice, rate=args.rate, language=args.lang)
    except SpeechEngineError as error:
        raise UsageProblem(str(error)) from None


def _find_routine(catalogue: Catalogue, routine_id: str) -> Routine:
    routine = catalogue.get(routine_id)
    if routine is None:
        known = ", ".join(sorted(catalogue.routines)) or "none"
        raise UsageProblem(f'unknown routine "{printable(routine_id)}"; available: {known}')
    return routine


def _find_language(code: str | None) -> str:
    """The language asked for with --lang, else the locale's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    if code is None:
        return desktop_language(os.environ)
    found = language_of(code)
    if found is None:
        raise UsageProblem(f'unknown language "{printable(code)}"; supported: {", ".join(sorted(LANGUAGES))}')
    return found


def _find_level(name: str) -> Level:
    try:
        return Level(name)
    except ValueError:
        raise UsageProblem(f'unknown level "{printable(name)}"; available: {", ".join(Level.names())}') from None


def _print_list(catalogue: Catalogue, out: TextIO, language: str) -> None:
    from coach.domain.plan_text import minutes_and_seconds

    header = ["ROUTINE", "EXERCISES", *(level.upper() for level in Level.names()), "TITLE"]
    rows = [header]
    for routine in catalogue.routines.values():
        durations = [minutes_and_seconds(compile_timeline(routine, level, language=language).total_seconds)
                     for level in Level]
        rows.append([routine.id, str(len(routine.exercises)), *durations, printable(routine.title)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]), file=out)


def _print_plan(timeline: Timeline, out: TextIO, language: str) -> None:
    from coach.domain.plan_text import plan_lines

    for line in plan_lines(timeline, language):
        print(printable(line), file=out)
