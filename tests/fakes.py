"""Test stand-ins: a clock that only moves when told to."""

from __future__ import annotations


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
