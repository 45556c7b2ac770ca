"""The home screen shows a small figure for each exercise of the selected routine."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor

from coach.domain.routine_loader import load_catalogue
from coach.resources import builtin_routines_dir
from coach.storage import settings as settings_store
from coach.ui.app import build
from coach.ui.home.home_screen import ROUTINE_ID_ROLE
from coach.ui.widgets.theme import LIGHT

from ..conftest import make_coach, thumbnails_shown


def _select(coach, routine_id):
    home = coach.window.home
    for row in range(home.routine_list.count()):
        if home.routine_list.item(row).data(ROUTINE_ID_ROLE) == routine_id:
            home.routine_list.setCurrentRow(row)
    assert home.selected_routine() == routine_id


def test_one_thumbnail_per_exercise_named_and_drawn(coach, qtbot):
    home = coach.window.home
    _select(coach, "lower-back")
    thumbnails_shown(qtbot, home)
    names = [label.text() for label in home.thumbnails.labels]
    assert names == ["Bridge", "Knee to chest", "Lower-back rotation", "Side-lying leg lift", "Cat stretch"]
    for view in home.thumbnails.views:
        assert view.isVisible() and view.height() >= 40
        image = view.grab().toImage()
        background = QColor(LIGHT.background).rgb()
        drawn = sum(image.pixel(x, y) != background
                    for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))
        assert drawn > 20, f"{view.toolTip()} thumbnail is blank"
    _select(coach, "cat-stretch")
    assert [label.text() for label in home.thumbnails.labels] == ["Cat stretch"]
    # The cat stretch's thumbnail shows its working pose: the back rounded up (the first phase's end).
    frame = home.thumbnails.views[0].frame
    assert frame is not None and frame.joints == frame.figure.key_joints(frame.figure.phases[0])


def test_the_thumbnails_come_after_the_first_frame_and_move_nothing(qtbot, catalogue, monkeypatch):
    """The first frame does without the figures (nothing read or drawn); their row keeps its place for them."""
    settings_store.record_safety_note_read()
    window, controller = build(catalogue, settings=settings_store.load_or_repair())
    qtbot.addWidget(window)
    home = window.home

    def places():
        return [w.geometry() for w in (home.routine_list, home.description_label, home.thumbnails, home.start_button)]

    before = []
    set_figures = home.set_figures

    def set_figures_once_painted(figures):
        assert not home.thumbnails.views and home.thumbnails.isVisible()
        before.append(places())
        set_figures(figures)

    monkeypatch.setattr(home, "set_figures", set_figures_once_painted)
    window.resize(1280, 720)
    controller.open()
    window.show()
    assert controller._figures is None  # not even read until the first frame is drawn
    thumbnails_shown(qtbot, home)
    qtbot.wait(20)  # any layout the thumbnails asked for is done
    assert before == [places()]


def test_a_routine_without_figures_hides_the_row(coach):
    home = coach.window.home
    home.set_figures({})
    home.set_routines(home._choices)
    assert home.thumbnails.views == []
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
