"""Atomic writes: the old file or the new one, never half, and private unless asked otherwise."""

from __future__ import annotations

from pathlib import Path

from coach.storage.atomic import write_atomically


def test_files_written_atomically_are_private_unless_a_mode_is_asked_for(tmp_path: Path):
    private, shared = tmp_path / "private.toml", tmp_path / "shared.desktop"
    write_atomically(private, b"a")
    write_atomically(shared, b"b", mode=0o644)
    assert (private.stat().st_mode & 0o777, shared.stat().st_mode & 0o777) == (0o600, 0o644)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["private.toml", "shared.desktop"], "no temporary file left"
