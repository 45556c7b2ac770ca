"""``backcoach import FILE``, ``backcoach export ROUTINE FILE`` and ``backcoach sheet ROUTINE --pdf FILE``.

Import checks the whole file first and lists every problem (file, field, fix);
nothing is written unless all is well, and an existing routine is replaced only
when asked (--replace) or kept beside the new one (--copy).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TextIO

from coach.domain.routine import DEFAULT_LEVEL, Level, Routine
from coach.domain.routine_errors import RoutineFileError, printable
from coach.domain.routine_loader import Catalogue
from coach.storage.output_files import OutputFileProblem, check_output_file
from coach.storage.paths import user_routines_dir


class RoutineProblem(Exception):
    """A one-line (or, for a bad file, one-line-per-problem) message for stderr (exit code 2)."""


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importing = commands.add_parser("import", help="check a routine file and add it to your routines")
    importing.add_argument("file", type=Path, metavar="FILE", help="a routine file (.toml), e.g. from your physio")
    choice = importing.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true", help="replace your routine with the same id")
    choice.add_argument("--copy", action="store_true", help="if the id is taken, import it under a new id")
    exporting = commands.add_parser("export", help="write a routine to a file you can share or edit")
    exporting.add_argument("routine", metavar="ROUTINE", help="a routine id, as shown by `backcoach list`")
    exporting.add_argument("file", type=Path, metavar="FILE", help="where to write it (.toml)")
    exporting.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    sheet = commands.add_parser("sheet", help="write a printable sheet of a routine (PDF)")
    sheet.add_argument("routine", metavar="ROUTINE")
    sheet.add_argument("--pdf", type=Path, required=True, metavar="FILE", help="where to write the PDF")
    sheet.add_argument("--force", action="store_true", help="overwrite the PDF if it exists")
    sheet.add_argument("--level", default=DEFAULT_LEVEL.value, metavar="LEVEL",
                       help=f"the doses to print: {', '.join(Level.names())} (default: {DEFAULT_LEVEL.value})")


def run(args: argparse.Namespace, catalogue: Catalogue, routine: Routine | None, level: Level | None,
        out: TextIO) -> None:
    """Run one of the three commands; ``routine`` and ``level`` are already looked up for export and sheet."""
    if args.command == "import":
        _import(args, catalogue, out)
    elif args.command == "export":
        # Here, not at the top: every `backcoach`, the window too, builds these commands' parsers.
        from coach.storage import routine_files

        assert routine is not None
        check_output(args.file, force=args.force)
        try:
            routine_files.export_routine(routine, args.file, overwrite=args.force)
        except OSError as error:
            if error.errno is None:  # ours: FILE exists and --force was not given
                raise RoutineProblem(str(error)) from None
            # The system's, e.g. a file where a folder should be (which is a FileExistsError too).
            raise RoutineProblem(f"could not write {printable(str(args.file))}: {_reason(error, args.file)}") from None
        print(f"wrote {routine.id} to {printable(str(args.file))}", file=out)
    elif args.command == "sheet":
        assert routine is not None and level is not None
        check_output(args.pdf, force=args.force)
        pages = _write_sheet(routine, level, args.pdf, args.lang)
        print(f"wrote {routine.id} ({level.value}) to {printable(str(args.pdf))}: "
              f"{pages} page{'s' if pages != 1 else ''}", file=out)


def check_output(path: Path, *, force: bool) -> None:
    """RoutineProblem if writing ``path`` would destroy something (see coach/storage/output_files.py)."""
    try:
        check_output_file(path, force=force)
    except OutputFileProblem as problem:
        raise RoutineProblem(str(problem)) from None


def _import(args: argparse.Namespace, catalogue: Catalogue, out: TextIO) -> None:
    from coach.storage import routine_files

    try:
        plan = routine_files.check_import(args.file, catalogue)
        routine = routine_files.import_routine(plan, user_routines_dir(), catalogue,
                                               replace=args.replace, as_copy=args.copy)
    except RoutineFileError as error:
        count = len(error.problems)
        lines = [f"{printable(str(args.file))} was not imported: {count} problem{'s' if count != 1 else ''}"]
        lines += [f"  {problem}" for problem in error.problems]
        raise RoutineProblem("\n".join(lines)) from None
    except OSError as error:
        # Ours (a clash, a broken file in the way) say it all; the system's get their words and path.
        reason = str(error) if error.errno is None else _reason(error, None)
        raise RoutineProblem(f"{printable(str(args.file))} was not imported: {printable(reason)}") from None
    print(f'imported "{printable(routine.title)}" as {routine.id} ({printable(str(routine.source))})', file=out)


def _reason(error: OSError, target: Path | None) -> str:
    """The system's reason, and the path it is about when that is not ``target`` (no "[Errno 17]")."""
    reason = error.strerror or str(error)
    if error.filename and (target is None or Path(error.filename) != target):
        reason += f" ({error.filename})"
    return reason


def _write_sheet(routine: Routine, level: Level, path: Path, language: str) -> int:
    # Drawing a PDF needs fonts (a QGuiApplication) but no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coach.domain.figure_loader import load_figures
    from coach.resources import figures_dir
    from coach.qt.gui_application import ensure_gui_application
    from coach.ui.editor.routine_sheet import write_sheet
    from coach.ui.i18n import install_translators, shown_language

    app, before = ensure_gui_application(), shown_language()
    install_translators(app, language)  # the sheet's own words (its footer) too
    try:
        return write_sheet(routine, level, path, load_figures(figures_dir()), language)
    except OSError as error:
        raise RoutineProblem(f"could not write {printable(str(path))}: {error.strerror or error}") from None
    finally:
        install_translators(app, before)
