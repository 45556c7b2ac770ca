"""Are they keeping it up, and is the pain going down: today, streaks, 12 weeks, pain before and after.

After a session it may also suggest another level (coach.domain.progression),
with two big buttons to answer it: Y moves, N stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.domain.progress import DayCell, PainPoint, PainTrend, Streaks, TodayCount
from coach.ui.progress.calendar_heatmap import CalendarHeatmap
from coach.ui.progress.pain_chart import PainChart
from coach.ui.widgets.scaling import font_unit, set_pixel_size
from coach.ui.widgets.screen_keys import add_screen_keys
from coach.qt.plain_text import plain_labels
from coach.ui.widgets.theme import LIGHT, Theme


@dataclass(frozen=True)
class LevelQuestion:
    """A suggested level, in words, as the progress screen asks it.

    Attributes:
        text: the suggestion as a question ("... Try Strong next time?").
        advice: a line under it (after a pain rise: see a doctor if it keeps happening), or "".
        accept: the words of the button that moves ("Move to Strong").
        keep: the words of the button that stays ("Stay at Standard").
        warning: drawn in the warning colour (a pain rise).
    """

    text: str
    accept: str
    keep: str
    advice: str = ""
    warning: bool = False


@dataclass(frozen=True)
class ProgressView:
    """Everything the progress screen shows, worked out from the history (coach.ui.check_in builds it).

    Attributes:
        today: per routine, done and goal today.
        streaks: current and best streak.
        days: the heat-map's cells.
        pain: the pain chart's points; trend: their summary.
        note: a line for the person (e.g. after a pain rise), or "".
        asking: says the pain checks are off and how to turn them on, or "".
        question: a suggested level to answer with Y or N, or None.
        answer: once it is answered, the line that says what was chosen, or "".
    """

    today: list[TodayCount] = field(default_factory=list)
    streaks: Streaks = field(default_factory=lambda: Streaks(0, 0, False))
    days: list[DayCell] = field(default_factory=list)
    pain: list[PainPoint] = field(default_factory=list)
    trend: PainTrend = field(default_factory=lambda: PainTrend(0, None, 0))
    note: str = ""
    asking: str = ""
    question: LevelQuestion | None = None
    answer: str = ""


class ProgressScreen(QWidget):
    """The progress screen: big text for today and the streak, then the calendar and the pain chart.

    Attributes:
        today_label, streak_label, note_label, trend_label: the text lines.
        level_label, advice_label: a suggested level (or, once answered, what was chosen) and a line under it.
        accept_button, keep_button: the answers to it (shown only while it waits for one).
        heatmap: the 12-week calendar; pain_chart: pain before and after.
        export_button, home_button.

    Signals:
        home_requested(): Enter, Esc or the Home button.
        export_requested(): E or the Export button.
        ask_again_requested(): A, when the pain checks are off.
        level_accepted(): Y or the accept button, while a level is suggested.
        level_kept(): N or the keep button, while a level is suggested.
    """

    home_requested = Signal()
    export_requested = Signal()
    ask_again_requested = Signal()
    level_accepted = Signal()
    level_kept = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ProgressView()
        self.title_label = QLabel(self.tr("Your progress"))
        self.today_label = QLabel()
        self.today_label.setWordWrap(True)
        self.streak_label = QLabel()
        self.streak_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.level_label = QLabel()
        self.level_label.setWordWrap(True)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.accept_button = QPushButton()
        self.keep_button = QPushButton()
        self.calendar_caption = QLabel(self.tr("Last 12 weeks"))
        self.heatmap = CalendarHeatmap()
        self.pain_caption = QLabel(self.tr("Pain before and after each session (0–10)"))
        self.pain_chart = PainChart()
        self.trend_label = QLabel()
        self.trend_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export CSV… (E)"))
        self.home_button = QPushButton(self.tr("Home (Enter)"))
        for button, signal in ((self.export_button, self.export_requested), (self.home_button, self.home_requested),
                               (self.accept_button, self.level_accepted), (self.keep_button, self.level_kept)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal)
        home, export = self.home_requested.emit, self.export_requested.emit
        add_screen_keys(self, ((Qt.Key.Key_Return, home), (Qt.Key.Key_Enter, home), (Qt.Key.Key_Escape, home),
                               (Qt.Key.Key_E, export), (Qt.Key.Key_A, self._ask_again),
                               (Qt.Key.Key_Y, self._accept), (Qt.Key.Key_N, self._keep)))
        self._theme = LIGHT

        self.layout_ = layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addStretch(1)
        title_row.addWidget(self.export_button)
        title_row.addWidget(self.home_button)
        layout.addLayout(title_row)
        layout.addWidget(self.today_label)
        layout.addWidget(self.streak_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.level_label)
        layout.addWidget(self.advice_label)
        answers = QHBoxLayout()
        answers.addWidget(self.accept_button, 1)
        answers.addWidget(self.keep_button, 1)
        layout.addLayout(answers)
        charts = QHBoxLayout()
        for caption, chart, extra in ((self.calendar_caption, self.heatmap, None),
                                      (self.pain_caption, self.pain_chart, self.trend_label)):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(chart, 1)
            if extra is not None:
                column.addWidget(extra)
            charts.addLayout(column, 1)
        layout.addLayout(charts, 1)
        self.set_theme(LIGHT)
        plain_labels(self)  # names and texts from routine files are never markup
        self.set_view(self.view)

    def _ask_again(self) -> None:
        if self.view.asking:
            self.ask_again_requested.emit()

    # Y and N mean something only while a level waits for an answer (the buttons show then, too).
    def _accept(self) -> None:
        if self.view.question is not None:
            self.level_accepted.emit()

    def _keep(self) -> None:
        if self.view.question is not None:
            self.level_kept.emit()

    def set_view(self, view: ProgressView) -> None:
        self.view = view
        parts = [self.tr("{title} {done} of {goal}").format(title=c.title, done=c.done, goal=c.goal)
                 for c in view.today]
        self.today_label.setText(self.tr("Today: {counts}").format(counts="  ·  ".join(parts)) if parts
                                 else self.tr("Today: nothing yet"))
        self.streak_label.setText(self._streak_text(view.streaks))
        self.note_label.setText(view.note)
        self.note_label.setVisible(bool(view.note))
        self._show_question(view.question, view.answer)
        self.heatmap.set_days(view.days)
        self.pain_chart.set_points(view.pain)
        trend = self._trend_text(view.trend)
        self.trend_label.setText("\n".join(filter(None, (trend, view.asking))))

    def _show_question(self, question: LevelQuestion | None, answer: str) -> None:
        asking = question is not None
        self.level_label.setText(question.text if question is not None else answer)
        self.level_label.setVisible(asking or bool(answer))
        self.advice_label.setText(question.advice if question is not None else "")
        self.advice_label.setVisible(asking and bool(self.advice_label.text()))
        self.accept_button.setText(self.tr("{answer} (Y)").format(answer=question.accept) if question else "")
        self.keep_button.setText(self.tr("{answer} (N)").format(answer=question.keep) if question else "")
        self.accept_button.setVisible(asking)
        self.keep_button.setVisible(asking)
        # The question needs the room more than the streak does; the pain chart must keep its height.
        self.streak_label.setVisible(not asking)
        self._style_question()

    def _style_question(self) -> None:
        theme, question = self._theme, self.view.question
        colour = theme.warning if question is not None and question.warning else theme.text
        self.level_label.setStyleSheet(f"color: {colour};")
        self.advice_label.setStyleSheet(f"color: {colour};")

    def _streak_text(self, streaks: Streaks) -> str:
        def days(count: int) -> str:
            return self.tr("%n day(s)", "", count)

        if streaks.best == 0:
            return self.tr("No streak yet: a session today starts one.")
        if streaks.current == 0:
            current = self.tr("No streak now: a session today starts a new one")
        elif streaks.done_today:
            current = self.tr("Streak: {days}").format(days=days(streaks.current))
        else:
            current = self.tr("Streak: {days} (a session today keeps it going)").format(days=days(streaks.current))
        return self.tr("{current}  ·  Best: {best}").format(current=current, best=days(streaks.best))

    def _trend_text(self, trend: PainTrend) -> str:
        if trend.sessions == 0 or trend.mean_change is None:
            return ""
        change = trend.mean_change
        if abs(change) < 0.5:
            text = self.tr("Over %n session(s) your pain stayed about the same after exercising.", "", trend.sessions)
        elif change < 0:
            text = self.tr("Over %n session(s) your pain was on average {amount} lower after exercising.", "",
                           trend.sessions)
        else:
            text = self.tr("Over %n session(s) your pain was on average {amount} higher after exercising.", "",
                           trend.sessions)
        return text.format(amount=QLocale().toString(abs(change), "f", 1))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.heatmap.set_theme(theme)
        self.pain_chart.set_theme(theme)
        plain = (f"QPushButton {{ background: {theme.surface}; color: {theme.text}; border: none; "
                 f"border-radius: 8px; padding: 0 0.8em; }}")
        self.export_button.setStyleSheet(plain)
        accent = (f"QPushButton {{ background: {theme.accent}; color: {theme.accent_text}; border: none; "
                  f"border-radius: 8px; padding: 0 0.8em; }}")
        self.home_button.setStyleSheet(accent)
        # Moving is the suggestion, so it gets the accent; staying is as easy to press, and as big.
        self.accept_button.setStyleSheet(accent)
        self.keep_button.setStyleSheet(plain)
        for label in (self.calendar_caption, self.pain_caption, self.trend_label):
            label.setStyleSheet(f"color: {theme.secondary_text};")
        self.note_label.setStyleSheet(f"color: {theme.warning};")
        self._style_question()

    def texts(self) -> list[str]:
        return [w.text() for w in (self.title_label, self.today_label, self.streak_label, self.note_label,
                                   self.level_label, self.advice_label, self.accept_button, self.keep_button,
                                   self.trend_label) if w.text()]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        unit = font_unit(self)
        margin = round(unit * 0.04)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(round(unit * 0.02))
        set_pixel_size(self.title_label, unit * 0.07, bold=True)
        set_pixel_size(self.today_label, unit * 0.05, bold=True)
        set_pixel_size(self.streak_label, unit * 0.05)
        set_pixel_size(self.note_label, unit * 0.04)
        set_pixel_size(self.level_label, unit * 0.05, bold=True)
        set_pixel_size(self.advice_label, unit * 0.04)
        for button in (self.accept_button, self.keep_button):
            set_pixel_size(button, unit * 0.05, bold=True)
            button.setMinimumHeight(round(unit * 0.1))
        self.pain_chart.setMinimumHeight(round(unit * 0.16))
        for label in (self.calendar_caption, self.pain_caption, self.trend_label):
            set_pixel_size(label, unit * 0.035)
        for button in (self.export_button, self.home_button):
            set_pixel_size(button, unit * 0.035, bold=button is self.home_button)
            button.setMinimumHeight(round(unit * 0.08))
