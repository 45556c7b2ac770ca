"""The routine editor: build a routine by hand, save, reload, compile; undo; read-only built-ins; checks as you type."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from coach.domain.compiler import compile_timeline
from coach.domain.figure_loader import load_figures
from coach.domain.routine import Level
from coach.domain.routine_document import document_of
from coach.domain.routine_errors import RoutineFileError
from coach.domain.routine_loader import Catalogue, load_catalogue, parse_document, parse_routine
from coach.resources import builtin_routines_dir, figures_dir
from coach.storage.paths import user_routines_dir
from coach.ui.editor.routine_editor import RoutineEditor, Unsaved

# What the test types in, as a physiotherapist's plan would read on paper.
PLAN_TOML = """
id = "physio-plan"
title = "Physio plan"
description = "From my physiotherapist, May."

[[exercises]]
id = "pelvic-tilt"
name = "Pelvic tilt"
purpose = "Wakes up the deep belly muscles."
setup = ["Lie on your back, knees bent.", "Hands on your belly."]
[exercises.dose]
reps = [8, 12]
rounds = 2
rest_between_rounds = 20
hold = [3, 5]
tempo = [
    { kind = "move", seconds = 2, say = "Tilt", caption = "Flatten your back" },
    { kind = "hold", say = "Hold" },
    { kind = "move", seconds = 2, say = "Release" },
]

[[exercises]]
id = "knee-to-chest"
name = "Knee to chest"
purpose = "Stretches the lower back to ease tension and pain."
setup = [
    "Lie on your back and bend both knees, feet on the floor.",
    "While you hold, keep your belly tight and your back pressed to the floor.",
]
side_cue = "Now your {side} knee."
[exercises.dose]
reps = [2, 3]
sides = ["right", "left"]
hold = 5
tempo = [
    { kind = "move", seconds = 3, say = "Pull {side} knee in", caption = "Pull {side} knee to chest" },
    { kind = "hold", say = "Hold", caption = "Hold, belly tight" },
    { kind = "move", seconds = 3, say = "Let it go back down", caption = "Release" },
]
"""


@pytest.fixture
def fresh_catalogue(user_routines: Path) -> Catalogue:
    return load_catalogue(builtin_routines_dir(), user_routines_dir())


@pytest.fixture
def editor(qtbot, fresh_catalogue: Catalogue) -> RoutineEditor:
    editor = RoutineEditor(fresh_catalogue, user_routines_dir(), load_figures(figures_dir()), selected="lower-back")
    qtbot.addWidget(editor)
    editor.show()
    told: list[tuple[str, str, str]] = []
    editor.tell = lambda title, text, details="": told.append((title, text, details))  # type: ignore[method-assign]
    editor.told = told  # type: ignore[attr-defined]
    # Closing at the end of a test must not wait on a question nobody answers.
    editor.ask_unsaved = lambda: Unsaved.DISCARD  # type: ignore[method-assign]
    return editor


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all and type, as a person would (textEdited fires for every key)."""
    edit.setFocus()
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def field(editor: RoutineEditor, name: str) -> QLineEdit:
    return editor.form.fields[name]


def set_cell(editor: RoutineEditor, row: int, column: int, text: str) -> None:
    item = editor.form.tempo_table.item(row, column)
    assert item is not None
    item.setText(text)  # itemChanged, as when a cell editor commits


def choose(combo: QComboBox, index: int) -> None:
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_plan_typed_in_by_hand_saves_reloads_and_compiles_like_the_same_plan_written_as_a_file(
        qtbot, editor: RoutineEditor) -> None:
    form = editor.form
    editor.new_button.click()
    type_into(qtbot, field(editor, "title"), "Physio plan")
    type_into(qtbot, field(editor, "id"), "physio-plan")
    type_into(qtbot, field(editor, "description"), "From my physiotherapist, May.")
    # The blank exercise becomes the pelvic tilt.
    type_into(qtbot, field(editor, "exercise.name"), "Pelvic tilt")
    type_into(qtbot, field(editor, "exercise.id"), "pelvic-tilt")
    type_into(qtbot, field(editor, "exercise.purpose"), "Wakes up the deep belly muscles.")
    form.setup_edit.selectAll()
    for line in ("Lie on your back, knees bent.", "Hands on your belly."):
        qtbot.keyClicks(form.setup_edit, line)
        qtbot.keyClick(form.setup_edit, Qt.Key.Key_Return)  # a trailing empty line is not a step
    type_into(qtbot, field(editor, "exercise.dose.reps"), "8-12")
    type_into(qtbot, field(editor, "exercise.dose.rounds"), "2")
    type_into(qtbot, field(editor, "exercise.dose.rest_between_rounds"), "20")
    type_into(qtbot, field(editor, "exercise.dose.hold"), "3-5")
    # Its one phase (a 5 s hold) becomes tilt 2 s, hold (the dose's), release 2 s.
    form.tempo_table.setCurrentCell(0, 2)
    choose(form.tempo_table.cellWidget(0, 0), 0)
    set_cell(editor, 0, 1, "2")
    set_cell(editor, 0, 2, "Tilt")
    set_cell(editor, 0, 3, "Flatten your back")
    form.add_phase_button.click()
    choose(form.tempo_table.cellWidget(1, 0), 1)
    set_cell(editor, 1, 1, "")
    set_cell(editor, 1, 2, "Hold")
    form.tempo_table.setCurrentCell(1, 2)
    form.add_phase_button.click()
    set_cell(editor, 2, 1, "2")
    set_cell(editor, 2, 2, "Release")
    # Then the built-in knee to chest, right side first.
    knee = next(a for a in form.template_button.menu().actions() if a.text() == "Knee to chest")
    knee.trigger()
    assert form.exercise == 1
    choose(form.sides_box, 2)

    assert editor.problems == (), [str(p) for p in editor.problems]
    assert editor.save_button.isEnabled()
    editor.save_button.click()

    saved = user_routines_dir() / "physio-plan.toml"
    reloaded = load_catalogue(builtin_routines_dir(), user_routines_dir()).get("physio-plan")
    assert reloaded is not None and reloaded.source == saved
    expected = parse_routine(PLAN_TOML.encode(), saved)
    assert reloaded == expected
    for level in Level:
        assert compile_timeline(reloaded, level).to_json() == compile_timeline(expected, level).to_json()
    # The editor now shows the saved routine, clean, and the shared catalogue has it.
    assert editor.routine == reloaded and editor.stack.isClean()
    assert editor.catalogue.get("physio-plan") == reloaded
    assert not editor.save_button.isEnabled()


def test_undo_restores_each_step_and_typing_in_one_field_is_one_step(qtbot, editor: RoutineEditor) -> None:
    editor.duplicate_button.click()
    original = editor.document
    type_into(qtbot, field(editor, "title"), "Mine")
    type_into(qtbot, field(editor, "exercise.dose.reps"), "12")
    editor.form.remove_button.click()
    assert len(editor.document["exercises"]) == 4
    editor.undo_button.click()
    assert len(editor.document["exercises"]) == 5 and editor.form.exercise_list.count() == 5
    assert editor.document["exercises"][0]["dose"]["reps"] == 12
    editor.undo_button.click()
    assert editor.document["exercises"][0]["dose"]["reps"] == 15
    assert field(editor, "exercise.dose.reps").text() == "15"
    assert editor.document["title"] == "Mine"
    editor.undo_button.click()  # the whole title, typed key by key, in one step
    assert editor.document == original and field(editor, "title").text() == original["title"]
    assert not editor.undo_button.isEnabled()
    editor.redo_button.click()
    assert editor.document["title"] == "Mine"


def test_undo_brings_back_the_exercise_that_was_shown(qtbot, editor: RoutineEditor) -> None:
    editor.duplicate_button.click()
    editor.form.exercise_list.setCurrentRow(3)
    type_into(qtbot, field(editor, "exercise.name"), "Leg lift")
    editor.form.exercise_list.setCurrentRow(0)
    editor.undo_button.click()
    assert editor.form.exercise == 3 and field(editor, "exercise.name").text() == "Side-lying leg lift"


def test_built_in_routines_are_read_only_and_duplicate_gives_an_editable_copy(qtbot, editor: RoutineEditor) -> None:
    assert editor.routine is not None and editor.routine.builtin
    assert field(editor, "title").isReadOnly() and not editor.save_button.isEnabled()
    assert not editor.form.add_button.isEnabled() and not editor.delete_button.isEnabled()
    type_into(qtbot, field(editor, "title"), "Changed")
    assert editor.document["title"] == "Lower-back routine" and editor.stack.count() == 0
    editor.duplicate_button.click()
    assert editor.routine is None and not field(editor, "title").isReadOnly()
    assert editor.document["id"] == "lower-back-copy" and editor.document["title"] == "Lower-back routine (copy)"
    editor.save_button.click()
    assert (user_routines_dir() / "lower-back-copy.toml").exists()
    assert not (user_routines_dir() / "lower-back.toml").exists()


def test_problems_show_as_you_type_with_the_loaders_own_messages(qtbot, editor: RoutineEditor) -> None:
    editor.duplicate_button.click()
    editor.form.exercise_list.setCurrentRow(1)
    type_into(qtbot, field(editor, "exercise.dose.hold"), "five")
    type_into(qtbot, field(editor, "title"), "")
    with pytest.raises(RoutineFileError) as caught:
        parse_document(editor.document, user_routines_dir() / "lower-back-copy.toml")
    assert [str(p) for p in editor.problems] == [str(p) for p in caught.value.problems]
    assert [p.field for p in editor.problems] == ["title", "exercises[1].dose.hold"]
    shown = [editor.plan_panel.problem_list.item(i).text() for i in range(editor.plan_panel.problem_list.count())]
    assert shown[1] == 'exercises[1].dose.hold: expected a number of seconds from 0.5 to 600, or a range ' \
                       '[min, max], found "five" (text)'
    assert not editor.save_button.isEnabled()
    assert field(editor, "exercise.dose.hold").styleSheet() and not field(editor, "exercise.name").styleSheet()
    assert editor.plan_panel.plan_view.toPlainText() == ""
    type_into(qtbot, field(editor, "exercise.dose.hold"), "5-10")
    type_into(qtbot, field(editor, "title"), "Fixed")
    assert editor.problems == () and editor.save_button.isEnabled()
    assert "knee-to-chest" in editor.plan_panel.plan_view.toPlainText()


def test_the_preview_follows_the_level_and_shows_every_levels_length(qtbot, editor: RoutineEditor,
                                                                     fresh_catalogue: Catalogue) -> None:
    routine = fresh_catalogue.get("lower-back")
    assert routine is not None
    editor.plan_panel.level_box.setCurrentIndex(2)
    first = editor.plan_panel.plan_view.toPlainText().splitlines()[0]
    assert first.startswith("Lower-back routine (strong)")
    assert "20:17" in editor.plan_panel.totals_label.text() and "19:21" in editor.plan_panel.totals_label.text()


def test_leaving_unsaved_changes_asks_first(qtbot, editor: RoutineEditor) -> None:
    editor.duplicate_button.click()
    type_into(qtbot, field(editor, "title"), "Half done")
    answers = [Unsaved.CANCEL, Unsaved.DISCARD]
    editor.ask_unsaved = lambda: answers.pop(0)  # type: ignore[method-assign]
    editor.routine_list.setCurrentRow(0)
    assert editor.document["title"] == "Half done" and answers == [Unsaved.DISCARD]
    editor.routine_list.setCurrentRow(0)
    assert editor.routine is not None and editor.routine.id == "cat-stretch" and answers == []
    assert list(user_routines_dir().glob("*.toml")) == []


def test_saving_an_edited_routine_under_a_new_id_renames_its_file(qtbot, editor: RoutineEditor) -> None:
    editor.duplicate_button.click()
    editor.save_button.click()
    type_into(qtbot, field(editor, "id"), "my-back")
    editor.save_button.click()
    assert [p.name for p in user_routines_dir().glob("*.toml")] == ["my-back.toml"]
    assert editor.catalogue.get("lower-back-copy") is None and editor.catalogue.get("my-back") is not None


def test_a_bad_import_lists_every_problem_and_writes_nothing(qtbot, editor: RoutineEditor, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(PLAN_TOML.replace("\nrounds = 2", "\nrounds = 0").replace('say = "Tilt"', 'say = ""')
                   .replace("hold = 5\n", 'hold = "5"\n'))
    assert editor.files.import_file(bad) is None
    (_, text, details) = editor.told[-1]
    assert "3 problem" in text and details.count(str(bad)) == 3
    assert "exercises[0].dose.rounds" in details and "exercises[1].dose.hold" in details
    assert not user_routines_dir().exists() or list(user_routines_dir().iterdir()) == []


def test_import_adds_the_routine_and_a_clash_needs_a_decision(qtbot, editor: RoutineEditor, tmp_path: Path) -> None:
    good = tmp_path / "plan.toml"
    good.write_text(PLAN_TOML)
    imported = editor.files.import_file(good)
    assert imported is not None and editor.catalogue.get("physio-plan") == imported
    assert editor.routine == imported
    again = editor.files.import_file(good, choice="copy")
    assert again is not None and again.id == "physio-plan-copy"
    replaced = editor.files.import_file(good, choice="replace")
    assert replaced is not None and replaced.id == "physio-plan"
    assert sorted(p.name for p in user_routines_dir().glob("*.toml")) == ["physio-plan-copy.toml", "physio-plan.toml"]


def test_export_writes_a_file_that_imports_as_the_same_routine(qtbot, editor: RoutineEditor, tmp_path: Path) -> None:
    target = tmp_path / "out.toml"
    assert editor.files.export_to(target)
    back = parse_document(tomllib.loads(target.read_text()), editor.routine.source, builtin=True)
    assert back == editor.routine


def test_delete_keeps_the_file_aside_and_the_catalogue_forgets_it(qtbot, editor: RoutineEditor) -> None:
    editor.duplicate_button.click()
    editor.save_button.click()
    assert editor.catalogue.get("lower-back-copy") is not None
    editor.delete()
    assert editor.catalogue.get("lower-back-copy") is None
    assert list(user_routines_dir().glob("*.toml")) == []
    kept = list((user_routines_dir() / "deleted").glob("lower-back-copy-*.toml"))
    assert len(kept) == 1 and tomllib.loads(kept[0].read_text())["id"] == "lower-back-copy"


def test_the_home_screen_lists_a_routine_saved_in_the_editor(qtbot, catalogue: Catalogue, user_routines: Path) -> None:
    from dataclasses import replace as copy_of

    from tests.ui.conftest import make_coach

    coach = make_coach(qtbot, copy_of(catalogue, routines=dict(catalogue.routines), problems=[]))
    coach.window.home.routines_button.click()
    editor = coach.window.findChild(RoutineEditor)
    assert editor is not None and editor.isVisible()
    editor.tell = lambda *args: None  # type: ignore[method-assign]
    editor.ask_unsaved = lambda: Unsaved.DISCARD  # type: ignore[method-assign]
    editor.duplicate_button.click()
    editor.save_button.click()
    assert coach.window.home.selected_routine() == "lower-back-copy"
    assert document_of(coach.controller.catalogue.routines["lower-back-copy"])["title"] == "Lower-back routine (copy)"
    editor.close()
    assert not editor.isVisible()


def test_print_sheet_writes_the_routine_shown_at_the_previews_level(qtbot, editor: RoutineEditor,
                                                                    tmp_path: Path) -> None:
    from pypdf import PdfReader

    editor.plan_panel.level_box.setCurrentIndex(0)  # gentle: knee to chest 2 reps a side
    target = tmp_path / "sheet.pdf"
    assert editor.files.sheet_to(target) == 1
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Gentle level" in text and "Knee to chest" in text and "2 reps" in text
    assert editor.files.sheet_to(tmp_path / "missing" / "sheet.pdf") == 0
    assert "Not printed" in editor.told[-1][0]
