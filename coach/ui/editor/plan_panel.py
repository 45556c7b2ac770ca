"""The routine editor's right-hand column: what to fix before saving, and the live plan at a level.

The problems are the loader's own (the file, the field, what was expected); a click on one
asks the editor to show its field. The plan is the session the routine makes, line by
line, with the time each level takes; it shows once the routine has no problems.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach.domain.compiler import compile_timeline
from coach.domain.languages import ENGLISH
from coach.domain.plan_text import minutes_and_seconds, plan_lines
from coach.domain.routine import Level, Routine
from coach.domain.routine_errors import RoutineFileError
from coach.qt.plain_text import tool_tip
from coach.ui.widgets.level_names import level_name

_FIELD_ROLE = Qt.ItemDataRole.UserRole


class PlanPanel(QWidget):
    """Problems to fix, and the plan at the chosen level.

    Attributes:
        problems_label, problem_list: how many problems, and each (its field: what is wrong).
        level_box: the level the plan is shown at (the printable sheet uses it too).
        totals_label, plan_view: the time at every level, and the plan's lines.

    Signals:
        problem_chosen(str): the field path of the problem the person clicked ("" for the whole file).
    """

    problem_chosen = Signal(str)

    def __init__(self, level: Level, parent: QWidget | None = None, language: str = ENGLISH) -> None:
        super().__init__(parent)
        self.language = language  # of the phrases the plan adds (the routine's own words are as written)
        self._routine: Routine | None = None
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        self.problem_list.setSpacing(3)
        self.problem_list.setAlternatingRowColors(True)
        self.problem_list.itemActivated.connect(self._chosen)
        self.problem_list.itemClicked.connect(self._chosen)
        self.level_box = QComboBox()
        for each in Level:
            self.level_box.addItem(level_name(each), each)
        self.level_box.setCurrentIndex(list(Level).index(level))
        self.level_box.currentIndexChanged.connect(lambda _index: self._show_plan())
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.plan_view = QPlainTextEdit()
        self.plan_view.setReadOnly(True)
        self.plan_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.plan_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_list, 1)
        level_row = QHBoxLayout()
        level_row.addWidget(QLabel(self.tr("Plan at level")))
        level_row.addWidget(self.level_box)
        level_row.addStretch(1)
        layout.addLayout(level_row)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.plan_view, 3)

    def level(self) -> Level:
        return self.level_box.currentData()

    def show_routine(self, routine: Routine | None, problems: tuple[RoutineFileError, ...]) -> None:
        """The routine as it is now (None while it has problems) and its problems."""
        self._routine = routine
        self.problem_list.clear()
        for problem in problems:
            item = QListWidgetItem(f"{problem.field}: {problem.problem}" if problem.field else problem.problem)
            item.setToolTip(tool_tip(str(problem)))
            item.setData(_FIELD_ROLE, problem.field)
            self.problem_list.addItem(item)
        count = len(problems)
        self.problems_label.setText(self.tr("No problems.") if not count else self.tr(
            "%n problem(s) to fix before it can be saved (click one to go to it):", "", count))
        self._show_plan()

    def _show_plan(self) -> None:
        routine = self._routine
        if routine is None:
            self.totals_label.setText(self.tr("The plan shows when the problems are fixed."))
            self.plan_view.setPlainText("")
            return
        timelines = {level: compile_timeline(routine, level, language=self.language) for level in Level}
        totals = [f"{level_name(level)} {minutes_and_seconds(timeline.total_seconds)}"
                  for level, timeline in timelines.items()]
        self.totals_label.setText(self.tr("Takes about: {totals}").format(totals=" · ".join(totals)))
        self.plan_view.setPlainText("\n".join(plan_lines(timelines[self.level()], self.language)))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.problem_chosen.emit(item.data(_FIELD_ROLE) or "")
