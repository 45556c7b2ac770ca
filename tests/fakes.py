"""Test stand-ins: clocks that only move when told to."""

from __future__ import annotations

from datetime import datetime, timedelta


class FakeClock:
    """A monotonic clock for tests: call it for the time, advance or set it by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds

    def set(self, when: float) -> None:
        assert when >= self.now, "a monotonic clock never goes back"
        self.now = when


class FakeWallClock:
    """A wall clock for tests: aware datetimes; it can jump forward (sleep) and back (clock changes)."""

    def __init__(self, start: datetime) -> None:
        assert start.tzinfo is not None
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, span: timedelta) -> None:
        self.now += span

    def set(self, when: datetime) -> None:
        self.now = when
