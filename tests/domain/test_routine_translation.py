"""Built-in routines in other languages: complete, checked, and English wherever a translation is wrong."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from coach.domain.languages import LANGUAGES
from coach.domain.routine_loader import load_catalogue, parse_routine
from coach.domain.routine_translation import translatable_texts, translation_file
from coach.resources import builtin_routines_dir

OTHERS = [code for code in LANGUAGES if code != "en"]
BUILTINS = sorted(path.stem for path in builtin_routines_dir().glob("*.toml"))


def _english():
    catalogue = load_catalogue(builtin_routines_dir(), None)
    return catalogue.routines


@pytest.mark.parametrize("code", OTHERS)
@pytest.mark.parametrize("routine_id", BUILTINS)
def test_every_builtin_routine_is_translated_completely(routine_id, code):
    english = _english()[routine_id]
    catalogue = load_catalogue(builtin_routines_dir(), None, code)
    assert catalogue.problems == []
    translated = translatable_texts(catalogue.routines[routine_id])
    for key, source in translatable_texts(english).items():
        assert translated[key] != source, f"{routine_id}.{code}: {key} is still English"
    # The numbers stay in the routine: a translation has no dose of its own.
    for ours, theirs in zip(catalogue.routines[routine_id].exercises, english.exercises, strict=True):
        assert ours.id == theirs.id
        assert ours.dose.reps == theirs.dose.reps and ours.dose.sides == theirs.dose.sides
        assert [(p.kind, p.seconds) for p in ours.dose.tempo] == [(p.kind, p.seconds) for p in theirs.dose.tempo]


@pytest.mark.parametrize("code", OTHERS)
@pytest.mark.parametrize("routine_id", BUILTINS)
def test_a_translation_copies_no_numbers_it_does_not_translate(routine_id, code):
    english = _english()[routine_id]
    entries = tomllib.loads(translation_file(english, code).read_text(encoding="utf-8"))
    for key, entry in entries.items():
        assert set(re.findall(r"\d+", entry["text"])) <= set(re.findall(r"\d+", entry["en"])), key


def _copy_builtins(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    shutil.copytree(builtin_routines_dir(), folder)
    return folder


def test_a_changed_english_text_makes_its_translation_stale(tmp_path):
    folder = _copy_builtins(tmp_path)
    routine_file = folder / "lower-back.toml"
    routine_file.write_text(routine_file.read_text(encoding="utf-8").replace(
        'name = "Bridge"', 'name = "Hip bridge"'), encoding="utf-8")
    catalogue = load_catalogue(folder, None, "de")
    [problem] = catalogue.problems
    assert problem.file == folder / "translations" / "lower-back.de.toml"
    assert problem.field == "exercises.bridge.name"
    assert "stale" in problem.problem and '"Hip bridge"' in problem.problem
    routine = catalogue.routines["lower-back"]
    assert routine.exercises[0].name == "Hip bridge"  # English until translated again
    assert routine.exercises[0].purpose.startswith("Kräftigt")  # the rest stays German


def test_missing_unknown_and_broken_entries_are_reported_with_their_field(tmp_path):
    folder = _copy_builtins(tmp_path)
    path = folder / "translations" / "lower-back.es.toml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'\["exercises\.bridge\.purpose"\]\nen = [^\n]*\ntext = [^\n]*\n', "", text)
    text = text.replace('text = "Rodilla {side} al pecho"', 'text = "Lleva la rodilla al pecho"')
    text += '\n["exercises.plank.name"]\nen = "Plank"\ntext = "Plancha"\n'
    path.write_text(text, encoding="utf-8")
    catalogue = load_catalogue(folder, None, "es")
    found = {problem.field: problem.problem for problem in catalogue.problems}
    assert set(found) == {"exercises.bridge.purpose", "exercises.knee-to-chest.tempo[0].say",
                          "exercises.plank.name"}
    assert "has no translation" in found["exercises.bridge.purpose"]
    assert "{side}" in found["exercises.knee-to-chest.tempo[0].say"]
    assert "remove it" in found["exercises.plank.name"]
    bridge = catalogue.routines["lower-back"].exercises[0]
    assert bridge.purpose == "Strengthens the big muscles of your buttocks and hips."
    assert bridge.name == "Puente"


def test_a_missing_or_unreadable_file_leaves_the_routine_in_english(tmp_path):
    folder = _copy_builtins(tmp_path)
    (folder / "translations" / "cat-stretch.th.toml").unlink()
    (folder / "translations" / "lower-back.th.toml").write_text("[title\n", encoding="utf-8")
    catalogue = load_catalogue(folder, None, "th")
    messages = sorted(str(problem) for problem in catalogue.problems)
    assert len(messages) == 2
    assert "cat-stretch.th.toml: is missing" in messages[0]
    assert "lower-back.th.toml: is not valid TOML" in messages[1]
    assert catalogue.routines["lower-back"].title == "Lower-back routine"


def test_user_routines_stay_as_written(tmp_path):
    user = tmp_path / "mine"
    user.mkdir()
    source = (builtin_routines_dir() / "cat-stretch.toml").read_text(encoding="utf-8")
    (user / "mine.toml").write_text(source.replace('id = "cat-stretch"\ntitle', 'id = "mine"\ntitle'),
                                    encoding="utf-8")
    catalogue = load_catalogue(builtin_routines_dir(), user, "de")
    assert catalogue.problems == []
    assert catalogue.routines["mine"].title == "Cat stretch"
    assert catalogue.routines["cat-stretch"].title == "Katzenbuckel"


def test_a_routine_file_may_choose_a_word_by_side():
    """A translated routine, exported, imports again: {side:a|b} is a placeholder the loader knows."""
    text = (builtin_routines_dir() / "lower-back.toml").read_text(encoding="utf-8").replace(
        '"Now your {side} knee."', '"Jetzt das {side:linke|rechte} Knie."')
    routine = parse_routine(text.encode(), Path("x.toml"))
    assert routine.exercise("knee-to-chest").side_cue == "Jetzt das {side:linke|rechte} Knie."
    with pytest.raises(Exception, match="plain placeholder"):
        parse_routine(text.replace("{side:linke|rechte}", "{seconds:a|b}").encode(), Path("x.toml"))


def test_a_translation_with_a_control_character_is_refused_and_english_used(tmp_path):
    """A translation's texts are checked like a routine's own."""
    folder = _copy_builtins(tmp_path)
    path = folder / "translations" / "lower-back.de.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('text = "Brücke"', 'text = "Brücke\\u001b[2J"'),
                    encoding="utf-8")
    catalogue = load_catalogue(folder, None, "de")
    [problem] = catalogue.problems
    assert problem.field == "exercises.bridge.name" and "ESC (\\x1b)" in problem.problem
    assert catalogue.routines["lower-back"].exercises[0].name == "Bridge"
