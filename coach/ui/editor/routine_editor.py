"""The routine editor: build, copy, import, export and print routines, with undo and a live plan.

Built-in routines are shown read-only; "Duplicate" makes an editable copy.
Every edit is checked at once by the same loader that reads routine files,
so the problems listed are the messages a hand-written file would get, and
Save stays off until there are none. Saved routines go to the person's
routines folder (coach.storage.routine_files) and the shared catalogue is
reloaded in place, so the home screen, reminders and progress see them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coach.domain.figure_exercise import ExerciseFigure
from coach.domain.routine import Level, Routine
from coach.domain.routine_document import Document, blank_routine, copy_document, document_of
from coach.domain.routine_edits import exercise_templates
from coach.domain.routine_errors import RoutineFileError
from coach.domain.routine_loader import Catalogue, load_catalogue, parse_document
from coach.resources import builtin_routines_dir
from coach.storage import routine_files
from coach.qt.plain_text import plain_labels, plain_message_box
from coach.ui.editor.plan_panel import PlanPanel
from coach.ui.editor.routine_file_actions import RoutineFileActions
from coach.ui.editor.routine_form import RoutineForm
from coach.ui.widgets.screen_fit import fit_to_screen

ROUTINE_ID_ROLE = Qt.ItemDataRole.UserRole


class Unsaved(enum.Enum):
    """The answer to "save your changes first?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class _Change(QUndoCommand):
    """One edit: the document (and the exercise shown) before and after. Typing in one field merges."""

    def __init__(self, editor: RoutineEditor, before: tuple[Document, int], after: tuple[Document, int],
                 key: str) -> None:
        super().__init__(key)
        self.editor, self.before, self.after, self.key = editor, before, after, key

    def id(self) -> int:  # Qt's name
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, _Change) or other.key != self.key or self.key == "structure":
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.editor.show_document(*self.after)

    def undo(self) -> None:
        self.editor.show_document(*self.before)


class RoutineEditor(QDialog):
    """Lists every routine and edits the chosen one.

    Attributes:
        catalogue: the app's catalogue, reloaded in place after every save, import and delete.
        user_dir: where the person's routine files live.
        routine: the saved routine shown (None while a new one is not yet saved).
        document: what the form shows now; routine_now: it as a Routine when it has no problems.
        problems: the loader's problems with the document.
        stack: the undo stack of the routine shown.

    Signals:
        routines_changed(str): a routine was saved, imported or deleted; the id to select ("" for any).
    """

    routines_changed = Signal(str)

    def __init__(self, catalogue: Catalogue, user_dir: Path, figures: Mapping[str, ExerciseFigure], *,
                 selected: str | None = None, level: Level = Level.STANDARD, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Routines"))
        self.catalogue = catalogue
        self.user_dir = user_dir
        self.figures = figures
        self.routine: Routine | None = None
        self.document: Document = {}
        self.routine_now: Routine | None = None
        self.problems: tuple[RoutineFileError, ...] = ()
        self._exercise_shown = 0
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(lambda _clean: self._refresh_state())

        self.routine_list = QListWidget()
        self.routine_list.setWordWrap(True)
        self.routine_list.currentItemChanged.connect(self._routine_picked)
        self.new_button = self._button(self.tr("New"), self.new_routine)
        self.duplicate_button = self._button(self.tr("Duplicate"), self.duplicate)
        self.delete_button = self._button(self.tr("Delete…"), self.ask_to_delete)
        self.files = RoutineFileActions(self)
        self.import_button = self._button(self.tr("Import…"), self.files.choose_import)
        self.export_button = self._button(self.tr("Export…"), self.files.choose_export)
        self.sheet_button = self._button(self.tr("Print sheet (PDF)…"), self.files.choose_sheet)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Your routines and the built-in ones")))
        left.addWidget(self.routine_list, 1)
        for row in ((self.new_button, self.duplicate_button, self.delete_button),
                    (self.import_button, self.export_button), (self.sheet_button,)):
            buttons = QHBoxLayout()
            for button in row:
                buttons.addWidget(button)
            left.addLayout(buttons)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("font-weight: bold;")
        self.form = RoutineForm(exercise_templates(catalogue.routines.values()))
        self.form.edited.connect(self._edited)
        self.form.exercise_chosen.connect(self._exercise_picked)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        middle = QVBoxLayout()
        middle.addWidget(self.banner)
        middle.addWidget(scroll, 1)

        self.plan_panel = PlanPanel(level, language=catalogue.language)
        self.plan_panel.problem_chosen.connect(self._go_to_problem)

        splitter = QSplitter()
        for column, stretch in ((left, 2), (middle, 5), (self.plan_panel, 4)):
            if isinstance(column, QWidget):
                splitter.addWidget(column)
            else:
                holder = QWidget()
                column.setContentsMargins(4, 0, 4, 0)
                holder.setLayout(column)
                splitter.addWidget(holder)
            splitter.setStretchFactor(splitter.count() - 1, stretch)

        self.undo_button = self._button(self.tr("Undo"), self.stack.undo)
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button = self._button(self.tr("Redo"), self.stack.redo)
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.save_button = self._button(self.tr("Save"), self.save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.close_button = self._button(self.tr("Close"), self.close)
        bottom = QHBoxLayout()
        for button in (self.undo_button, self.redo_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        plain_labels(self)  # names and texts from routine files are never markup
        fit_to_screen(self, QSize(1280, 800))
        self._fill_list(selected)

    def _button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(action)
        return button

    # ----- the list of routines

    def _fill_list(self, selected: str | None, draft: Document | None = None) -> None:
        """List the catalogue (and an unsaved new routine, if any) and show ``selected`` or the draft."""
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        current = None
        for routine in self.catalogue.routines.values():
            text = routine.title if not routine.builtin else self.tr("{title} (built-in)").format(title=routine.title)
            item = QListWidgetItem(text)
            item.setData(ROUTINE_ID_ROLE, routine.id)
            self.routine_list.addItem(item)
            if routine.id == selected:
                current = item
        if draft is not None:
            current = QListWidgetItem(self.tr("{title} (new, not saved)").format(title=draft.get("title", "")))
            current.setData(ROUTINE_ID_ROLE, None)
            self.routine_list.addItem(current)
        current = current or self.routine_list.item(0)
        self.routine_list.setCurrentItem(current)
        self.routine_list.blockSignals(False)
        if draft is not None:
            self._open(None, draft)
        else:
            chosen = self.catalogue.get(current.data(ROUTINE_ID_ROLE))
            assert chosen is not None
            self._open(chosen, document_of(chosen))

    def _routine_picked(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None or item.data(ROUTINE_ID_ROLE) is None:
            return
        routine = self.catalogue.get(item.data(ROUTINE_ID_ROLE))
        if routine is None or routine is self.routine:
            return
        if not self.may_leave():
            self.routine_list.blockSignals(True)
            self.routine_list.setCurrentItem(previous)  # type: ignore[arg-type]
            self.routine_list.blockSignals(False)
            return
        self._fill_list(routine.id)  # drops an abandoned new routine from the list

    def _open(self, routine: Routine | None, document: Document) -> None:
        self.routine = routine
        self.stack.clear()
        self.form.set_read_only(routine is not None and routine.builtin)
        self.show_document(document, 0)

    def may_leave(self) -> bool:
        """True when nothing unsaved would be lost (asking the person if there is)."""
        if self.stack.isClean() and self.routine is not None:
            return True
        answer = self.ask_unsaved()
        if answer is Unsaved.SAVE:
            return self.save()
        return answer is Unsaved.DISCARD

    def ask_unsaved(self) -> Unsaved:
        """Save, discard or cancel (tests replace this)."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        box = plain_message_box(QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), self.tr(
            "“{title}” has changes that are not saved. Save them?").format(title=self.document.get("title", "")),
            buttons, self))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: Unsaved.SAVE,
                QMessageBox.StandardButton.Discard: Unsaved.DISCARD}.get(QMessageBox.StandardButton(answer),
                                                                        Unsaved.CANCEL)

    def ask(self, title: str, text: str) -> bool:
        """A yes-or-no question (its text may hold a routine's title, so it is shown as plain text)."""
        box = plain_message_box(QMessageBox(QMessageBox.Icon.Question, title, text,
                                            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self))
        return box.exec() == QMessageBox.StandardButton.Yes

    def tell(self, title: str, text: str, details: str = "") -> None:
        """A message for the person (tests replace this)."""
        box = plain_message_box(QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self))
        if details:
            box.setDetailedText(details)
        box.exec()

    # ----- showing and checking the document

    def show_document(self, document: Document, exercise: int) -> None:
        self.document = document
        self.form.show_document(document, exercise)
        self._exercise_shown = self.form.exercise
        source = self.routine.source if self.routine is not None else \
            self.user_dir / f"{document.get('id') or 'routine'}.toml"
        try:
            self.routine_now = parse_document(document, source)
            self.problems = ()
        except RoutineFileError as error:
            self.routine_now = None
            self.problems = error.problems
        self.plan_panel.show_routine(self.routine_now, self.problems)
        self._mark_problems()
        self._refresh_state()

    def _edited(self, document: Document, key: str) -> None:
        before = (self.document, self._exercise_shown)
        self.stack.push(_Change(self, before, (document, self.form.exercise), key))

    def _exercise_picked(self, index: int) -> None:
        self._exercise_shown = index
        self._mark_problems()

    def _mark_problems(self) -> None:
        self.form.mark_problems([problem.field for problem in self.problems])

    def _go_to_problem(self, field: str) -> None:
        if field.startswith("exercises["):
            index = int(field[len("exercises["):].split("]")[0])
            self.form.show_document(self.document, index)
            self._exercise_picked(self.form.exercise)

    def _refresh_state(self) -> None:
        builtin = self.routine is not None and self.routine.builtin
        unsaved = self.routine is None or not self.stack.isClean()
        if builtin:
            self.banner.setText(self.tr("Built-in routines cannot be changed. Press Duplicate to edit a copy."))
        elif self.routine is None:
            self.banner.setText(self.tr("A new routine: it is kept when you save it."))
        else:
            self.banner.setText(self.tr("Saved in {path}").format(path=self.routine.source) +
                                (self.tr(" (changed since)") if unsaved else ""))
        self.save_button.setEnabled(not builtin and unsaved and self.routine_now is not None)
        self.delete_button.setEnabled(self.routine is not None and not builtin)
        self.export_button.setEnabled(self.routine_now is not None)
        self.sheet_button.setEnabled(self.routine_now is not None)

    # ----- new, duplicate, save, delete

    def new_routine(self) -> None:
        if self.may_leave():
            self._fill_list(None, blank_routine(self.catalogue.routines))

    def duplicate(self) -> None:
        document = self.document
        if self.may_leave():
            self._fill_list(None, copy_document(document, self.catalogue.routines))

    def save(self) -> bool:
        """Write the routine shown; True if it was saved."""
        try:
            routine = routine_files.save_routine(self.document, self.user_dir, self.catalogue,
                                                 replacing=self.routine)
        except RoutineFileError as error:
            self.tell(self.tr("Not saved"), self.tr("The routine has problems; nothing was saved."),
                      "\n".join(str(problem) for problem in error.problems))
            return False
        except OSError as error:
            self.tell(self.tr("Not saved"), self.tr("Could not save the routine: {reason}").format(
                reason=error.strerror or str(error)))
            return False
        self.reload(routine.id)
        return True

    def ask_to_delete(self) -> None:
        routine = self.routine
        if routine is None or routine.builtin:
            return
        if self.ask(self.tr("Delete routine"), self.tr(
                "Delete “{title}”? Its file is moved to {folder}, where you can get it back.").format(
                title=routine.title, folder=self.user_dir / routine_files.DELETED_FOLDER)):
            self.delete()

    def delete(self) -> None:
        assert self.routine is not None
        try:
            routine_files.delete_routine(self.routine, self.user_dir, datetime.now())
        except OSError as error:
            self.tell(self.tr("Not deleted"), self.tr("Could not delete the routine: {reason}").format(
                reason=error.strerror or str(error)))
            return
        self.stack.clear()
        self.reload("")

    def reload(self, selected: str) -> None:
        """Read the routines again into the shared catalogue, show ``selected`` and tell the app."""
        self.catalogue.take(load_catalogue(builtin_routines_dir(), self.user_dir, self.catalogue.language))
        self.stack.clear()
        self._fill_list(selected or None)
        self.routines_changed.emit(selected)

    def reject(self) -> None:
        """Esc, Close and the window's close button all come here: nothing unsaved is dropped unasked."""
        if self.may_leave():
            super().reject()
