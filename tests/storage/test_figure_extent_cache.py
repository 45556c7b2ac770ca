"""The figures' extents kept between runs: a cache, so nothing wrong in its file is ever an error."""

from __future__ import annotations

import json

import pytest

from coach.storage.figure_extent_cache import KEPT_AT_MOST, FigureExtentCache, cache_path


def test_numbers_come_back_exactly_in_a_new_process_s_cache(tmp_path):
    path = tmp_path / "cache" / "figure-extents.json"
    numbers = (-93.10000000000001, -2.0, 186.2, 61.123456789012345, -105.0, 105.0, 0.1)
    FigureExtentCache(path).put("k", numbers)
    assert FigureExtentCache(path).get("k") == numbers
    assert FigureExtentCache(path).get("other") is None
    assert [p.name for p in path.parent.iterdir()] == ["figure-extents.json"]  # no temporary file left


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe", b"[1, 2]", b'{"k": "text"}', b'{"k": [1, "x"]}',
                                     b'{"k": [1, NaN]}', b'{"k": [true]}', b'{"k": {"a": 1}}'])
def test_a_broken_file_counts_as_empty_and_is_written_afresh(tmp_path, content):
    path = tmp_path / "figure-extents.json"
    path.write_bytes(content)
    cache = FigureExtentCache(path)
    assert cache.get("k") is None
    cache.put("k", (1.0, 2.0))
    assert json.loads(path.read_bytes()) == {"k": [1.0, 2.0]}


def test_a_file_that_cannot_be_written_is_left_and_the_numbers_still_serve(tmp_path):
    path = tmp_path / "figure-extents.json"
    path.mkdir()  # a folder where the file should be: os.replace fails
    cache = FigureExtentCache(path)
    cache.put("k", (1.0,))
    assert cache.get("k") == (1.0,)
    assert path.is_dir()


def test_only_the_newest_keys_are_kept(tmp_path):
    path = tmp_path / "figure-extents.json"
    cache = FigureExtentCache(path)
    for number in range(KEPT_AT_MOST + 3):
        cache.put(f"k{number}", (float(number),))
    kept = json.loads(path.read_bytes())
    assert len(kept) == KEPT_AT_MOST and "k0" not in kept and f"k{KEPT_AT_MOST + 2}" in kept


def test_the_cache_lives_in_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_path().is_relative_to(tmp_path)
