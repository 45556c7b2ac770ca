"""A figure's extent (what it is scaled to fit) is the same whether measured or kept from an earlier run."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coach.domain.figure_loader import load_figures
from coach.resources import figures_dir
from coach.storage.figure_extent_cache import cache_path
from coach.ui.widgets import figure_extent
from coach.ui.widgets.figure_extent import FigureExtent, extent_of, measure, measurement_key
from coach.ui.widgets.figure_view import FigureFit


def _forget_this_process() -> None:
    figure_extent._extents.clear()
    figure_extent._kept.clear()


@pytest.fixture
def figures(qapp):
    _forget_this_process()
    yield load_figures(figures_dir())
    _forget_this_process()


def _same(a: FigureExtent, b: FigureExtent) -> None:
    assert a.body == b.body and a.box == b.box
    assert list(a.mat) == list(b.mat) and list(a.mat_edge) == list(b.mat_edge)


def test_kept_extents_equal_measured_ones_and_the_scale_does_not_change(figures, monkeypatch):
    measured = {name: FigureExtent(figure, measure(figure)) for name, figure in figures.items()}
    for figure in figures.values():
        extent_of(figure)  # measures and keeps
    assert cache_path().is_file()
    _forget_this_process()

    def not_again(figure):
        raise AssertionError(f"{figure.exercise} measured again")

    monkeypatch.setattr(figure_extent, "measure", not_again)
    for name, figure in load_figures(figures_dir()).items():
        _same(extent_of(figure), measured[name])
        fit = FigureFit(figure, 640, 360)
        assert fit.extent.box == measured[name].box


def test_a_changed_figure_is_measured_afresh(figures):
    bridge = figures["bridge"]
    tilted = replace(bridge, view=replace(bridge.view, tilt=bridge.view.tilt + 20))
    assert measurement_key(tilted) != measurement_key(bridge)
    extent_of(bridge)
    _same(extent_of(tilted), FigureExtent(tilted, measure(tilted)))


def test_a_broken_cache_file_is_measured_over(figures):
    cache_path().parent.mkdir(parents=True, exist_ok=True)
    cache_path().write_bytes(b"\x00 not json")
    bridge = figures["bridge"]
    _same(extent_of(bridge), FigureExtent(bridge, measure(bridge)))
    assert measurement_key(bridge) in cache_path().read_text(encoding="utf-8")
