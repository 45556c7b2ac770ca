"""The home screen works out a routine's length only for the level it shows (start-up compiles one level)."""

from __future__ import annotations

from coach.domain.compiler import CueOptions, compile_timeline
from coach.domain.routine import DEFAULT_LEVEL, Level
from coach.ui.home.home_screen import HomeScreen, RoutineChoice


def recording_choice(routine_id: str, asked: list[tuple[str, Level]]) -> RoutineChoice:
    def seconds_at(level: Level) -> float:
        asked.append((routine_id, level))
        return 60.0 * (list(Level).index(level) + 2)

    return RoutineChoice(routine_id, routine_id.title(), "", 1, seconds_at)


def test_only_the_shown_level_is_worked_out_and_each_only_once(qtbot):
    home = HomeScreen()
    qtbot.addWidget(home)
    asked: list[tuple[str, Level]] = []
    home.set_routines([recording_choice("one", asked), recording_choice("two", asked)])
    assert sorted(set(asked)) == [("one", DEFAULT_LEVEL), ("two", DEFAULT_LEVEL)]
    other = next(level for level in Level if level != DEFAULT_LEVEL)
    home.set_level(other)
    assert {level for _routine, level in asked} == {DEFAULT_LEVEL, other}
    assert f"{list(Level).index(other) + 2} min" in home.routine_list.item(0).text()
    home.set_level(DEFAULT_LEVEL)
    home.set_level(other)
    assert len(asked) == len(set(asked)), "a length once worked out is kept"


def test_the_length_is_the_compiled_timelines(catalogue):
    routine = catalogue.routines["lower-back"]
    choice = RoutineChoice.of(routine, CueOptions(), catalogue.language)
    for level in Level:
        assert choice.seconds(level) == compile_timeline(routine, level, CueOptions(), catalogue.language).total_seconds
