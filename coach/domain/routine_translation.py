"""The built-in routines in another language: one translation file per routine and language.

``resources/routines/translations/lower-back.de.toml`` translates the words of
``lower-back.toml`` into German, never its numbers: each table is named by a
field path (``exercises.bridge.setup[0]``) and keeps the English it translates
(``en``) beside the translation (``text``)::

    ["exercises.bridge.name"]
    en = "Bridge"
    text = "Brücke"

So a changed English text is noticed (the file's ``en`` no longer matches:
"stale"), as is a field with no translation ("missing") or a table for a field
the routine does not have ("unknown"). Each is a RoutineFileError naming the
file, the field and the fix; that field stays in English, the rest is used.

A translated text uses the same placeholders as its English, and may choose a
word by side where the language needs it: ``{side:linke|rechte}`` (see
coach.domain.phrasebook.fill). User routines are never translated.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Iterator
from pathlib import Path

from coach.domain.file_reading import read_regular_file
from coach.domain.languages import ENGLISH
from coach.domain.phrasebook import placeholder_names
from coach.domain.routine import Exercise, Routine
from coach.domain.routine_errors import RoutineFileError, printable
from coach.domain.routine_fields import control_character

MAX_FILE_BYTES = 128 * 1024
TRANSLATIONS_FOLDER = "translations"


def translation_file(routine: Routine, language: str) -> Path:
    """Where a built-in routine's translation into ``language`` lives."""
    return routine.source.parent / TRANSLATIONS_FOLDER / f"{routine.source.stem}.{language}.toml"


def translatable_texts(routine: Routine) -> dict[str, str]:
    """Every text of a routine that a translation covers, by field path, in the file's order."""
    return dict(_texts(routine))


def _texts(routine: Routine) -> Iterator[tuple[str, str]]:
    yield "title", routine.title
    if routine.description:
        yield "description", routine.description
    for exercise in routine.exercises:
        at = f"exercises.{exercise.id}"
        yield f"{at}.name", exercise.name
        yield f"{at}.purpose", exercise.purpose
        for number, step in enumerate(exercise.setup):
            yield f"{at}.setup[{number}]", step
        if exercise.dose.sides:
            yield f"{at}.side_cue", exercise.side_cue
        for number, phase in enumerate(exercise.dose.tempo):
            yield f"{at}.tempo[{number}].say", phase.say
            yield f"{at}.tempo[{number}].caption", phase.caption


def translate_routine(routine: Routine, language: str) -> tuple[Routine, list[RoutineFileError]]:
    """The routine with every translated text in ``language``, and the problems of its translation file.

    English (or a routine that is not built in) comes back as it is. A field
    whose translation is missing, stale or broken stays in English.
    """
    if language == ENGLISH or not routine.builtin:
        return routine, []
    path = translation_file(routine, language)
    try:
        entries = _read_entries(path)
    except RoutineFileError as error:
        return routine, [error]
    texts, problems = check_translation(routine, entries, path)
    return _with_texts(routine, texts), problems


def check_translation(routine: Routine, entries: dict[str, object],
                      path: Path) -> tuple[dict[str, str], list[RoutineFileError]]:
    """The usable translations by field path, and a problem for every missing, unknown, stale or bad one."""
    english = translatable_texts(routine)
    texts: dict[str, str] = {}
    problems: list[RoutineFileError] = []
    for key, source in english.items():
        entry = entries.get(key)
        if entry is None:
            problems.append(RoutineFileError(path, key, f'has no translation; add a ["{key}"] table with '
                                                        f'en = "{source}" and text = its translation '
                                                        "(English is used meanwhile)"))
            continue
        if not isinstance(entry, dict) or set(entry) != {"en", "text"} \
                or not all(isinstance(value, str) for value in entry.values()):
            problems.append(RoutineFileError(path, key, 'expected a table of two texts, en = "..." and '
                                                        'text = "...", and nothing else'))
            continue
        if entry["en"] != source:
            problems.append(RoutineFileError(
                path, key, f'is stale: it translates "{entry["en"]}", but the English is now "{source}"; '
                           "translate the new English and copy it into en"))
            continue
        text = str(entry["text"]).strip()
        if not text:
            problems.append(RoutineFileError(path, key, "has an empty text; write the translation"))
            continue
        control = control_character(text, prose=key.endswith(("description", "purpose")))
        if control is not None:
            problems.append(RoutineFileError(path, key, control))
            continue
        if placeholder_names(text) != placeholder_names(source):
            wanted = ", ".join("{" + name + "}" for name in sorted(placeholder_names(source))) or "none"
            problems.append(RoutineFileError(path, key, f"uses other placeholders than its English; "
                                                        f"use the same ones: {wanted}"))
            continue
        texts[key] = text
    for key in entries:
        if key not in english:
            problems.append(RoutineFileError(path, key, f"is not a text of {routine.source.name}; "
                                                        "remove it (or correct the field path)"))
    return texts, problems


def _read_entries(path: Path) -> dict[str, object]:
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise RoutineFileError(path, None, "is missing; the routine is shown in English until it is written") \
            from None
    except OSError as error:
        raise RoutineFileError(path, None, f"cannot be read: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise RoutineFileError(path, None, f"is over {MAX_FILE_BYTES // 1024} KiB; a translation is data, not code")
    try:
        document = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise RoutineFileError(path, None, f"is not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    except (tomllib.TOMLDecodeError, ValueError, RecursionError) as error:
        raise RoutineFileError(path, None, f"is not valid TOML: {printable(str(error))}") from None
    return document


def _with_texts(routine: Routine, texts: dict[str, str]) -> Routine:
    def text(key: str, english: str) -> str:
        return texts.get(key, english)

    exercises = []
    for exercise in routine.exercises:
        at = f"exercises.{exercise.id}"
        tempo = tuple(dataclasses.replace(phase, say=text(f"{at}.tempo[{n}].say", phase.say),
                                          caption=text(f"{at}.tempo[{n}].caption", phase.caption))
                      for n, phase in enumerate(exercise.dose.tempo))
        exercises.append(Exercise(
            id=exercise.id, name=text(f"{at}.name", exercise.name), purpose=text(f"{at}.purpose", exercise.purpose),
            setup=tuple(text(f"{at}.setup[{n}]", step) for n, step in enumerate(exercise.setup)),
            side_cue=text(f"{at}.side_cue", exercise.side_cue),
            dose=dataclasses.replace(exercise.dose, tempo=tempo)))
    return dataclasses.replace(routine, title=text("title", routine.title),
                               description=text("description", routine.description), exercises=tuple(exercises))


