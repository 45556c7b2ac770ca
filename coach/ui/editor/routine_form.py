"""The form of the routine editor: a routine's own fields, its exercises, and the chosen exercise's dose and tempo.

The form never keeps its own copy of the routine: it shows a document and
reports each edit as a whole new document (``edited``), which the editor puts
on its undo stack and shows again. A widget is only rewritten when the
document says something other than what it holds, so typing is never
disturbed (a trailing space or a half-typed range stays as typed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.domain import routine_edits as edits
from coach.domain.routine_document import Document
from coach.domain.routine_loader import DEFAULT_SIDE_CUE
from coach.qt.plain_text import plain_labels

SIDE_ORDERS: list[list[str]] = [[], ["left", "right"], ["right", "left"]]
TEMPO_COLUMNS = ("kind", "seconds", "say", "caption")
PROBLEM_COLOUR = "#c62828"


class RoutineForm(QWidget):
    """Edits one routine document.

    Attributes:
        document: the document shown.
        exercise: the index of the exercise shown below the list.
        fields: the line edits by field path within the routine ("title") or the exercise ("dose.hold").

    Signals:
        edited(object, str): a new document, and a key naming what changed (edits with one key merge
            into one undo step); ``exercise`` is already the exercise to show with it.
        exercise_chosen(int): another exercise was picked from the list (the document is unchanged).
    """

    edited = Signal(object, str)
    exercise_chosen = Signal(int)

    def __init__(self, templates: Sequence[tuple[str, Document]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document = {}
        self.exercise = 0
        self.fields: dict[str, QLineEdit] = {}
        self._read_only = False
        self._marked: list[QWidget] = []

        routine_box = QGroupBox(self.tr("Routine"))
        routine_form = QFormLayout(routine_box)
        # On a narrow screen a label goes above its field rather than pushing the form wider than the column.
        routine_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        routine_form.addRow(self.tr("Title"), self._line("title", routine=True))
        routine_form.addRow(self.tr("Id (file and command-line name)"), self._line("id", routine=True))
        routine_form.addRow(self.tr("Description"), self._line("description", routine=True))

        self.exercise_list = QListWidget()
        # Room for eight names; the exercise's own fields below need the height more.
        self.exercise_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 8)
        self.exercise_list.currentRowChanged.connect(self._choose_exercise)
        self.add_button = QPushButton(self.tr("Add blank"))
        self.add_button.clicked.connect(lambda: self._insert_exercise(None))
        self.template_button = QPushButton(self.tr("Add built-in…"))
        menu = QMenu(self.template_button)
        for name, template in templates:
            menu.addAction(name, lambda template=template: self._insert_exercise(template))  # type: ignore[misc]
        self.template_button.setMenu(menu)
        self.duplicate_button = self._list_button(self.tr("Duplicate"), self._duplicate_exercise)
        self.up_button = self._list_button(self.tr("Move up"), lambda: self._move_exercise(-1))
        self.down_button = self._list_button(self.tr("Move down"), lambda: self._move_exercise(+1))
        self.remove_button = self._list_button(self.tr("Remove"), self._remove_exercise)
        exercise_buttons = QVBoxLayout()
        for button in (self.add_button, self.template_button, self.duplicate_button, self.up_button,
                       self.down_button, self.remove_button):
            exercise_buttons.addWidget(button)
        exercise_buttons.addStretch(1)
        exercises_box = QGroupBox(self.tr("Exercises, in order"))
        exercises_row = QHBoxLayout(exercises_box)
        exercises_row.addWidget(self.exercise_list, 1)
        exercises_row.addLayout(exercise_buttons)

        self.exercise_box = QGroupBox(self.tr("Exercise"))
        form = QFormLayout(self.exercise_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name"), self._line("name"))
        form.addRow(self.tr("Id"), self._line("id"))
        form.addRow(self.tr("Purpose"), self._line("purpose"))
        self.setup_edit = QPlainTextEdit()
        self.setup_edit.setPlaceholderText(self.tr("One step per line, said before the first rep"))
        self.setup_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.setup_edit.textChanged.connect(self._setup_typed)
        form.addRow(self.tr("Setup steps"), self.setup_edit)
        self.sides_box = QComboBox()
        self.sides_box.addItems([self.tr("No sides"), self.tr("Left, then right"), self.tr("Right, then left")])
        self.sides_box.activated.connect(self._sides_chosen)
        form.addRow(self.tr("Sides"), self.sides_box)
        form.addRow(self.tr("Side cue"), self._line("side_cue", placeholder=DEFAULT_SIDE_CUE))
        hint = self.tr("a number, or a range like 2-3 (the level picks inside it)")
        form.addRow(self.tr("Reps"), self._line("dose.reps", amount=True, placeholder=hint))
        form.addRow(self.tr("Rounds"), self._line("dose.rounds", amount=True, placeholder="1"))
        form.addRow(self.tr("Hold (seconds)"), self._line(
            "dose.hold", amount=True, placeholder=self.tr("for hold phases with no seconds of their own")))
        form.addRow(self.tr("Rest between rounds (s)"), self._line("dose.rest_between_rounds", amount=True,
                                                                   placeholder="0"))
        form.addRow(self.tr("Times a day"), self._line("dose.times_per_day", amount=True,
                                                       placeholder=self.tr("not set")))

        self.tempo_table = QTableWidget(0, len(TEMPO_COLUMNS))
        self.tempo_table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Seconds"), self.tr("Say"), self.tr("Caption (shown)")])
        header = self.tempo_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tempo_table.setWordWrap(False)
        self.tempo_table.itemChanged.connect(self._tempo_cell_typed)
        self.tempo_table.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        tempo_buttons = QHBoxLayout()
        self.add_phase_button = self._list_button(self.tr("Add phase"), self._add_phase)
        self.phase_up_button = self._list_button(self.tr("Up"), lambda: self._move_phase(-1))
        self.phase_down_button = self._list_button(self.tr("Down"), lambda: self._move_phase(+1))
        self.remove_phase_button = self._list_button(self.tr("Remove phase"), self._remove_phase)
        for button in (self.add_phase_button, self.phase_up_button, self.phase_down_button,
                       self.remove_phase_button):
            tempo_buttons.addWidget(button)
        tempo_buttons.addStretch(1)
        tempo_column = QVBoxLayout()
        tempo_column.addWidget(self.tempo_table)
        tempo_column.addLayout(tempo_buttons)
        form.addRow(self.tr("One rep"), tempo_column)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(routine_box)
        layout.addWidget(exercises_box)
        plain_labels(self)  # names and texts from routine files are never markup
        layout.addWidget(self.exercise_box, 1)

    # ----- building

    def _line(self, key: str, *, routine: bool = False, amount: bool = False, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        name = key if routine else f"exercise.{key}"
        self.fields[name] = edit

        def typed(text: str) -> None:
            value: object | None = edits.amount_from_text(text) if amount else (text if text.strip() else None)
            self._edit(self._path(key, routine), value, name)

        edit.textEdited.connect(typed)
        return edit

    def _list_button(self, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(action)
        return button

    def _path(self, key: str, routine: bool) -> edits.Path:
        parts: list[str | int] = [] if routine else ["exercises", self.exercise]
        return (*parts, *key.split("."))

    # ----- showing

    def show_document(self, document: Document, exercise: int | None = None) -> None:
        """Show ``document``; only widgets whose value differs are rewritten."""
        self.document = document
        exercises = document.get("exercises", [])
        if exercise is not None:
            self.exercise = exercise
        self.exercise = max(0, min(self.exercise, len(exercises) - 1))
        for name, edit in self.fields.items():
            routine = not name.startswith("exercise.")
            key = name if routine else name.removeprefix("exercise.")
            value = edits.get(document, self._path(key, routine))
            amount = key.startswith("dose.")
            typed = edits.amount_from_text(edit.text()) if amount else (edit.text() if edit.text().strip() else None)
            if typed != value:
                edit.setText(edits.amount_text(value) if amount else str(value or ""))
        names = [str(e.get("name", "")) or self.tr("(no name)") for e in exercises if isinstance(e, dict)]
        if [self.exercise_list.item(i).text() for i in range(self.exercise_list.count())] != names:
            self.exercise_list.blockSignals(True)
            self.exercise_list.clear()
            self.exercise_list.addItems(names)
            self.exercise_list.blockSignals(False)
        self.exercise_list.blockSignals(True)
        self.exercise_list.setCurrentRow(self.exercise)
        self.exercise_list.blockSignals(False)
        self.exercise_box.setEnabled(bool(exercises))
        self._show_exercise()
        self._enable_buttons()

    def _show_exercise(self) -> None:
        base = ("exercises", self.exercise)
        steps = edits.get(self.document, (*base, "setup"), [])
        if _steps_of(self.setup_edit.toPlainText()) != steps:
            self.setup_edit.blockSignals(True)
            self.setup_edit.setPlainText("\n".join(str(step) for step in steps))
            self.setup_edit.blockSignals(False)
        sides = edits.get(self.document, (*base, "dose", "sides"), [])
        self.sides_box.setCurrentIndex(SIDE_ORDERS.index(sides) if sides in SIDE_ORDERS else 0)
        self.fields["exercise.side_cue"].setEnabled(bool(sides))
        self._show_tempo(edits.get(self.document, (*base, "dose", "tempo"), []))

    def _show_tempo(self, tempo: list[Document]) -> None:
        table = self.tempo_table
        table.blockSignals(True)
        current = table.currentRow()
        if table.rowCount() != len(tempo):
            table.setRowCount(len(tempo))
        for row, phase in enumerate(tempo):
            kind = table.cellWidget(row, 0)
            if not isinstance(kind, QComboBox):
                kind = QComboBox()
                kind.addItem(self.tr("Move"), "move")
                kind.addItem(self.tr("Hold"), "hold")
                kind.activated.connect(lambda _index, box=kind: self._kind_chosen(box))
                table.setCellWidget(row, 0, kind)
            kind.setCurrentIndex(1 if phase.get("kind") == "hold" else 0)
            kind.setEnabled(not self._read_only)
            for column, key in enumerate(TEMPO_COLUMNS[1:], start=1):
                value = phase.get(key)
                text = edits.amount_text(value) if key == "seconds" else str(value or "")
                item = table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    table.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                item.setFlags(flags if self._read_only else flags | Qt.ItemFlag.ItemIsEditable)
        if 0 <= current < len(tempo):
            table.setCurrentCell(current, max(0, table.currentColumn()))
        table.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Built-in routines are shown but not edited."""
        self._read_only = read_only
        for edit in self.fields.values():
            edit.setReadOnly(read_only)
        self.setup_edit.setReadOnly(read_only)
        self.sides_box.setEnabled(not read_only)
        self._show_tempo(edits.get(self.document, ("exercises", self.exercise, "dose", "tempo"), []))
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        count = self.exercise_list.count()
        editable = not self._read_only
        for button in (self.add_button, self.template_button, self.add_phase_button):
            button.setEnabled(editable)
        self.duplicate_button.setEnabled(editable and count > 0)
        self.remove_button.setEnabled(editable and count > 1)
        self.up_button.setEnabled(editable and self.exercise > 0)
        self.down_button.setEnabled(editable and self.exercise < count - 1)
        for button in (self.phase_up_button, self.phase_down_button, self.remove_phase_button):
            button.setEnabled(editable and self.tempo_table.rowCount() > 0)

    def mark_problems(self, fields: Sequence[str | None]) -> None:
        """Outline the widgets whose field has a problem (paths as in the loader's messages)."""
        for marked in self._marked:
            marked.setStyleSheet("")
        self._marked = []
        marked_cells: set[tuple[int, int]] = set()
        prefix = f"exercises[{self.exercise}]."
        for field in fields:
            if not field:
                continue
            widget: QWidget | None = self.fields.get(field)
            if field.startswith(prefix):
                key = field.removeprefix(prefix)
                widget = self.fields.get(f"exercise.{key}")
                if key.startswith("setup"):
                    widget = self.setup_edit
                elif key == "dose.sides":
                    widget = self.sides_box
                elif key.startswith("dose.tempo["):
                    row = int(key[len("dose.tempo["):].split("]")[0])
                    name = key.rsplit(".", 1)[-1]
                    marked_cells.add((row, TEMPO_COLUMNS.index(name) if name in TEMPO_COLUMNS else 1))
                    widget = None
            if widget is not None and widget not in self._marked:
                widget.setStyleSheet(f"border: 2px solid {PROBLEM_COLOUR};")
                self._marked.append(widget)
        self.tempo_table.blockSignals(True)
        for row in range(self.tempo_table.rowCount()):
            for column in range(1, len(TEMPO_COLUMNS)):
                item = self.tempo_table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush(QColor(PROBLEM_COLOUR).lighter(185)) if (row, column) in marked_cells
                                       else QBrush())
        self.tempo_table.blockSignals(False)

    # ----- editing

    def _edit(self, path: edits.Path, value: object | None, key: str) -> None:
        if self._read_only:
            return
        # Typing in one field of one exercise is one undo step; the same field of another is not.
        self.edited.emit(edits.with_value(self.document, path, value), f"{key}@{self.exercise}")

    def _choose_exercise(self, row: int) -> None:
        if row >= 0 and row != self.exercise:
            self.exercise = row
            self.show_document(self.document)
            self.exercise_chosen.emit(row)

    def _structure(self, document: Document, exercise: int) -> None:
        self.exercise = exercise
        self.edited.emit(document, "structure")

    def _insert_exercise(self, template: Document | None) -> None:
        index = self.exercise + 1 if self.exercise_list.count() else 0
        exercise = edits.new_exercise(self.document, template)
        self._structure(edits.with_item_inserted(self.document, ("exercises",), index, exercise), index)

    def _duplicate_exercise(self) -> None:
        exercise = edits.duplicated_exercise(self.document, self.exercise)
        self._structure(edits.with_item_inserted(self.document, ("exercises",), self.exercise + 1, exercise),
                        self.exercise + 1)

    def _move_exercise(self, step: int) -> None:
        target = max(0, min(self.exercise_list.count() - 1, self.exercise + step))
        self._structure(edits.with_item_moved(self.document, ("exercises",), self.exercise, step), target)

    def _remove_exercise(self) -> None:
        self._structure(edits.with_item_removed(self.document, ("exercises",), self.exercise),
                        max(0, self.exercise - 1))

    def _setup_typed(self) -> None:
        steps = _steps_of(self.setup_edit.toPlainText())
        self._edit(("exercises", self.exercise, "setup"), steps or None, "exercise.setup")

    def _sides_chosen(self, index: int) -> None:
        self._edit(("exercises", self.exercise, "dose", "sides"), SIDE_ORDERS[index] or None, "exercise.sides")

    def _tempo_path(self) -> edits.Path:
        return ("exercises", self.exercise, "dose", "tempo")

    def _kind_chosen(self, box: QComboBox) -> None:
        for row in range(self.tempo_table.rowCount()):
            if self.tempo_table.cellWidget(row, 0) is box:
                self._edit((*self._tempo_path(), row, "kind"), box.currentData(), f"tempo.{row}.kind")

    def _tempo_cell_typed(self, item: QTableWidgetItem) -> None:
        key = TEMPO_COLUMNS[item.column()]
        text = item.text()
        value = edits.amount_from_text(text) if key == "seconds" else (text if text.strip() else None)
        self._edit((*self._tempo_path(), item.row(), key), value, f"tempo.{item.row()}.{key}")

    def _add_phase(self) -> None:
        row = self.tempo_table.currentRow() + 1 if self.tempo_table.rowCount() else 0
        phase = {"kind": "move", "seconds": 2, "say": self.tr("Move")}
        self.edited.emit(edits.with_item_inserted(self.document, self._tempo_path(), row, phase), "structure")
        self.tempo_table.setCurrentCell(row, 2)

    def _move_phase(self, step: int) -> None:
        row = self.tempo_table.currentRow()
        if row >= 0:
            self.edited.emit(edits.with_item_moved(self.document, self._tempo_path(), row, step), "structure")
            self.tempo_table.setCurrentCell(max(0, min(self.tempo_table.rowCount() - 1, row + step)), 2)

    def _remove_phase(self) -> None:
        row = self.tempo_table.currentRow()
        if row >= 0:
            self.edited.emit(edits.with_item_removed(self.document, self._tempo_path(), row), "structure")


def _steps_of(text: str) -> list[str]:
    """Setup steps from the text box: one per line, blank lines left out."""
    return [line.strip() for line in text.splitlines() if line.strip()]
