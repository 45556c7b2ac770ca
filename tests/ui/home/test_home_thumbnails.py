"""The home screen shows a small figure for each exercise of the selected routine."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor

from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage import settings as settings_store
from coach.ui.home.home_screen import ROUTINE_ID_ROLE
from coach.ui.widgets.theme import LIGHT

from ..conftest import make_coach


def _select(coach, routine_id):
    home = coach.window.home
    for row in range(home.routine_list.count()):
        if home.routine_list.item(row).data(ROUTINE_ID_ROLE) == routine_id:
            home.routine_list.setCurrentRow(row)
    assert home.selected_routine() == routine_id


def test_one_thumbnail_per_exercise_named_and_drawn(coach, qtbot):
    home = coach.window.home
    _select(coach, "lower-back")
    names = [label.text() for label in home.thumbnail_labels]
    assert names == ["Bridge", "Knee to chest", "Lower-back rotation", "Side-lying leg lift", "Cat stretch"]
    for view in home.thumbnail_views:
        assert view.isVisible() and view.height() >= 40
        image = view.grab().toImage()
        background = QColor(LIGHT.background).rgb()
        drawn = sum(image.pixel(x, y) != background
                    for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))
        assert drawn > 20, f"{view.toolTip()} thumbnail is blank"
    _select(coach, "cat-stretch")
    assert [label.text() for label in home.thumbnail_labels] == ["Cat stretch"]
    # The cat stretch's thumbnail shows its working pose: the back rounded up (the first phase's end).
    frame = home.thumbnail_views[0].frame
    assert frame is not None and frame.joints == frame.figure.key_joints(frame.figure.phases[0])


def test_a_routine_without_figures_hides_the_row(coach):
    home = coach.window.home
    home.set_figures({})
    home.set_routines(home._choices)
    assert home.thumbnail_views == []
    assert not home.thumbnails.isVisible()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_with_many_routines_nothing_on_the_home_screen_overlaps(qtbot, size, tmp_path):
    """With 3+ routines the description was laid over the list's third row (1280x720 too)."""
    builtin = (builtin_routines_dir() / "cat-stretch.toml").read_text(encoding="utf-8")
    for number, title in enumerate(["Physio plan from May", "Morning stretch", "Evening stretch"]):
        (tmp_path / f"mine-{number}.toml").write_text(
            builtin.replace('id = "cat-stretch"', f'id = "mine-{number}"').replace('"Cat stretch"', f'"{title}"'),
            encoding="utf-8")
    settings_store.record_safety_note_read()
    coach = make_coach(qtbot, load_catalogue(builtin_routines_dir(), tmp_path), size=size)
    coach.controller.open()
    home = coach.window.home
    assert home.isVisible()
    for row in range(home.routine_list.count()):
        home.routine_list.setCurrentRow(row)
        qtbot.wait(1)
        shown = [w for w in (home.hint_label, home.routine_list, home.description_label, home.thumbnails,
                             home.voice_label, home.start_button) if w.isVisible()]
        for above, below in itertools.pairwise(shown):
            assert above.geometry().bottom() < below.geometry().top(), (row, above, below)
        assert home.routine_list.height() >= 3 * home.routine_list.sizeHintForRow(0), "three rows in view"
