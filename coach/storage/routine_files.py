"""The person's own routine files: save, import, export and delete, without ever losing one.

Every write goes through the same checker as loading (a file that would not
load is never written) and is atomic. Nothing is overwritten unless the caller
says so after asking; a deleted routine is moved to ``routines/deleted/``
(which the catalogue does not read), not erased.
"""

from __future__ import annotations

import enum
import errno
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from coach.domain.file_reading import read_regular_file
from coach.domain.routine import Routine
from coach.domain.routine_document import Document, copy_document, document_of, routine_text
from coach.domain.routine_errors import RoutineFileError
from coach.domain.routine_loader import MAX_FILE_BYTES, MAX_USER_FILES, Catalogue, parse_document, parse_routine
from coach.storage.atomic import write_atomically

DELETED_FOLDER = "deleted"


class Clash(enum.Enum):
    """What an imported or saved routine's id runs into."""

    NONE = "none"
    USER = "user"        # one of the person's routines: replace it only if they say so
    BUILTIN = "builtin"  # shipped with the app: never replaced, import a copy instead


@dataclass(frozen=True)
class ImportPlan:
    """A checked file, ready to be imported, and what importing it would do.

    Attributes:
        routine: the routine as it will be saved.
        document: its data.
        clash: whether its id is taken, and by what.
        taken_by: the routine that has the id now, if any.
    """

    routine: Routine
    document: Document
    clash: Clash
    taken_by: Routine | None


def check_import(path: Path, catalogue: Catalogue) -> ImportPlan:
    """Read and fully check ``path``; RoutineFileError (listing every problem) if it cannot be imported."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as error:
        raise RoutineFileError(path, None, f"cannot be read: {error.strerror or error}") from None
    routine = parse_routine(data, path)
    document = document_of(routine)
    taken_by = catalogue.get(routine.id)
    clash = Clash.NONE if taken_by is None else Clash.BUILTIN if taken_by.builtin else Clash.USER
    return ImportPlan(routine=routine, document=document, clash=clash, taken_by=taken_by)


def import_routine(plan: ImportPlan, user_dir: Path, catalogue: Catalogue, *,
                   replace: bool = False, as_copy: bool = False) -> Routine:
    """Save a checked import into ``user_dir`` and return it as loaded from there.

    A clash needs a decision: ``replace`` overwrites the person's routine of that
    id, ``as_copy`` saves it under a new id. Without one, FileExistsError.
    A built-in routine is never replaced.
    """
    document = plan.document
    if plan.clash is not Clash.NONE:
        if as_copy:
            document = copy_document(document, catalogue.routines)
        elif not replace or plan.clash is Clash.BUILTIN:
            raise FileExistsError(_clash_message(plan))
        else:
            return save_routine(document, user_dir, catalogue, replacing=plan.taken_by)
    return save_routine(document, user_dir, catalogue)


def _clash_message(plan: ImportPlan) -> str:
    assert plan.taken_by is not None
    if plan.clash is Clash.BUILTIN:
        return (f'"{plan.routine.id}" is a built-in routine\'s id; '
                "import it as a copy under a new id (backcoach import --copy)")
    return (f'you already have a routine "{plan.routine.id}" ({plan.taken_by.source}); '
            "replace it (backcoach import --replace) or import a copy under a new id (--copy)")


def save_routine(document: Document, user_dir: Path, catalogue: Catalogue, *,
                 replacing: Routine | None = None) -> Routine:
    """Check and write a user routine atomically; returns it as it will load.

    ``replacing`` is the routine this document is an edit of: its file is
    written over, or, when the id changed, replaced by ``<new id>.toml``.
    Raises RoutineFileError when the document has problems (nothing is written),
    FileExistsError when the id belongs to another routine, OSError when the
    file cannot be written.
    """
    if replacing is not None and replacing.builtin:
        raise PermissionError(f'"{replacing.id}" is a built-in routine; save your changes as a copy')
    routine_id = str(document.get("id", ""))
    target = user_dir / f"{routine_id or 'routine'}.toml"
    if replacing is not None and replacing.id == routine_id:
        target = replacing.source
    routine = parse_document(document, target)
    existing = catalogue.get(routine_id)
    if existing is not None and existing is not replacing:
        whose = "a built-in routine" if existing.builtin else f"your routine {existing.source.name}"
        raise FileExistsError(f'the id "{routine_id}" is already used by {whose}; give this routine another id')
    if existing is None and target.exists():
        # A file that did not load (the home screen lists it): never write over it.
        raise FileExistsError(f"{target} already exists but did not load; fix or move it, or use another id")
    if replacing is None and _count_user_files(user_dir) >= MAX_USER_FILES:
        raise OSError(f"{user_dir} already holds {MAX_USER_FILES} routines, as many as are read; delete one first")
    text = routine_text(document)
    # The written text must read back as the same routine: the writer and the loader agree.
    assert parse_document(tomllib.loads(text), target) == routine
    write_atomically(target, text.encode("utf-8"))
    if replacing is not None and replacing.source != target:
        replacing.source.unlink(missing_ok=True)  # renamed: the new file holds it all
    return routine


def export_routine(routine: Routine, path: Path, *, overwrite: bool = False) -> None:
    """Write a routine to ``path`` as a routine file; FileExistsError rather than overwrite unasked."""
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} already exists; choose another name or overwrite it (--force)")
    if not path.parent.is_dir():
        # A mistyped folder is an error, not a reason to create folders.
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(path.parent))
    write_atomically(path, routine_text(document_of(routine)).encode("utf-8"))


def delete_routine(routine: Routine, user_dir: Path, now: datetime) -> Path:
    """Move a user routine's file to ``deleted/`` (kept, not erased); returns where it went."""
    if routine.builtin:
        raise PermissionError(f'"{routine.id}" is a built-in routine and cannot be deleted')
    folder = user_dir / DELETED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{routine.source.stem}-{now:%Y%m%d-%H%M%S}"
    target = folder / f"{stem}.toml"
    number = 2
    while target.exists():  # deleted twice in one second: keep the earlier one too
        target = folder / f"{stem}-{number}.toml"
        number += 1
    routine.source.replace(target)
    return target


def _count_user_files(user_dir: Path) -> int:
    try:
        return sum(1 for _ in user_dir.glob("*.toml"))
    except OSError:
        return 0
