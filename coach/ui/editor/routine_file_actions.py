"""The routine editor's files: import a routine file, export the routine shown, print its sheet (PDF).

Each action opens its own file dialog, checks what it was given, and tells the person what
went wrong through the editor (``RoutineEditor.tell``), so nothing fails silently.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coach.domain.routine import Routine
from coach.domain.routine_errors import RoutineFileError
from coach.qt.plain_text import plain_message_box
from coach.storage import routine_files
from coach.storage.output_files import check_output_file

if TYPE_CHECKING:
    from coach.ui.editor.routine_editor import RoutineEditor


class RoutineFileActions(QObject):
    """Import, export and print for one RoutineEditor (its parent).

    Attributes:
        editor: the RoutineEditor: its catalogue, user folder and routine shown; its ``tell`` and ``may_leave``.
    """

    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def choose_import(self) -> None:
        editor = self.editor
        path, _filter = QFileDialog.getOpenFileName(editor, self.tr("Import a routine"), str(Path.home()),
                                                    self.tr("Routine files (*.toml)"))
        if path and editor.may_leave():
            self.import_file(Path(path))

    def import_file(self, path: Path, choice: str | None = None) -> Routine | None:
        """Check and import a routine file; ``choice`` ("replace"/"copy") answers a clash without asking."""
        editor = self.editor
        try:
            plan = routine_files.check_import(path, editor.catalogue)
        except RoutineFileError as error:
            count = len(error.problems)
            editor.tell(self.tr("Not imported"), self.tr(
                "{file} has %n problem(s); nothing was imported. The details say what to fix.", "", count).format(
                file=path.name), "\n".join(str(problem) for problem in error.problems))
            return None
        if plan.clash is not routine_files.Clash.NONE and choice is None:
            choice = self._ask_clash(plan)
            if choice is None:
                return None
        try:
            routine = routine_files.import_routine(plan, editor.user_dir, editor.catalogue,
                                                   replace=choice == "replace", as_copy=choice == "copy")
        except (OSError, RoutineFileError) as error:
            editor.tell(self.tr("Not imported"), str(error))
            return None
        editor.reload(routine.id)
        return routine

    def _ask_clash(self, plan: routine_files.ImportPlan) -> str | None:
        box = plain_message_box(QMessageBox(QMessageBox.Icon.Question, self.tr("Import"), "",
                                            QMessageBox.StandardButton.Cancel, self.editor))
        copy = box.addButton(self.tr("Import as a copy"), QMessageBox.ButtonRole.AcceptRole)
        replace = None
        if plan.clash is routine_files.Clash.USER:
            box.setText(self.tr("You already have a routine “{title}” with this id. Replace it, or keep both?")
                        .format(title=plan.taken_by.title if plan.taken_by else ""))
            replace = box.addButton(self.tr("Replace mine"), QMessageBox.ButtonRole.DestructiveRole)
        else:
            box.setText(self.tr("This file has the id of a built-in routine, which cannot be replaced. "
                                "Import it as a copy?"))
        box.exec()
        return "copy" if box.clickedButton() is copy else "replace" if box.clickedButton() is replace else None

    def choose_export(self) -> None:
        editor = self.editor
        name = f"{editor.document.get('id', 'routine')}.toml"
        path, _filter = QFileDialog.getSaveFileName(editor, self.tr("Export the routine"), str(Path.home() / name),
                                                    self.tr("Routine files (*.toml)"))
        if path:
            self.export_to(Path(path))  # the file dialog has asked before overwriting

    def export_to(self, path: Path) -> bool:
        editor = self.editor
        if editor.routine_now is None:
            return False
        try:
            check_output_file(path, force=True)
            routine_files.export_routine(editor.routine_now, path, overwrite=True)
        except OSError as error:
            editor.tell(self.tr("Not exported"), self.tr("Could not write {path}: {reason}").format(
                path=path, reason=error.strerror or str(error)))
            return False
        return True

    def choose_sheet(self) -> None:
        editor = self.editor
        name = f"{editor.document.get('id', 'routine')}.pdf"
        path, _filter = QFileDialog.getSaveFileName(editor, self.tr("Save the printable sheet"),
                                                    str(Path.home() / name), self.tr("PDF files (*.pdf)"))
        if path:
            self.sheet_to(Path(path))

    def sheet_to(self, path: Path) -> int:
        """Write the printable sheet of the routine shown, at the preview's level; the number of pages (0: failed)."""
        from coach.ui.editor.routine_sheet import write_sheet  # QtPdf and the sheet's fonts: on first print

        editor = self.editor
        if editor.routine_now is None:
            return 0
        try:
            check_output_file(path, force=True)
            return write_sheet(editor.routine_now, editor.plan_panel.level(), path, editor.figures,
                               editor.catalogue.language)
        except OSError as error:
            editor.tell(self.tr("Not printed"), self.tr("Could not write {path}: {reason}").format(
                path=path, reason=error.strerror or str(error)))
            return 0
