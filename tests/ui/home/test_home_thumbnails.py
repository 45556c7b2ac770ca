"""The home screen shows a small figure for each exercise of the selected routine."""

from __future__ import annotations

from PySide6.QtGui import QColor

from coach.ui.home.home_screen import ROUTINE_ID_ROLE
from coach.ui.widgets.theme import LIGHT


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
