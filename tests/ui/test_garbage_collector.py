"""Reference cycles holding Qt objects are collected on the GUI thread, never on a worker's."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer

from coach.garbage import collect_due
from coach.ui.app import application
from coach.ui.garbage_collector import GarbageCollector


class _Cycle:
    """Garbage only the cyclic collector can free, holding a running QTimer (Qt objects die on their thread)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.start(60_000)
        self.me = self


def _allocate_like_a_worker() -> None:
    # Far past the first generation's threshold (700): with automatic collection on, this
    # thread would run a collection, and free the cycle here.
    for _ in range(20):
        _ = [[] for _ in range(5_000)]


@pytest.fixture
def thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


@pytest.fixture
def app_collector_stopped(qapp) -> Iterator[None]:
    """The app's own collector (coach.ui.app.application makes one) stopped for the test, then started again.

    Left running, it could fall due while the test runs (slow on a loaded machine) and collect the
    test's cycle before the test's own collector does, which then had nothing to collect.
    """
    running = [collector for collector in qapp.findChildren(GarbageCollector) if collector.timer.isActive()]
    for collector in running:
        collector.timer.stop()
    yield
    for collector in running:
        collector.timer.start()


def test_a_cycle_left_by_the_gui_is_not_freed_by_a_busy_worker_but_by_the_gui_thread(qtbot, app_collector_stopped):
    collector = GarbageCollector(busy_interval_ms=20)
    freed_on: list[str] = []
    cycle = _Cycle()
    weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread().name))
    del cycle
    worker = threading.Thread(target=_allocate_like_a_worker, name="history-writer")
    worker.start()
    worker.join()
    assert freed_on == [], "the worker thread must never collect"
    kept = [[] for _ in range(2 * gc.get_threshold()[0])]  # the GUI thread's own allocations make a collection due
    qtbot.waitUntil(lambda: freed_on != [], timeout=5_000)
    del kept
    assert freed_on == [threading.main_thread().name]
    assert collector.collections >= 1
    assert not gc.isenabled()


def test_nothing_is_collected_until_the_first_generation_is_full(thresholds):
    gc.collect()
    gc.set_threshold(500, 3, 2)
    assert collect_due() is None
    kept = [[] for _ in range(600)]
    assert collect_due() == 0
    del kept


def test_older_generations_are_collected_as_often_as_python_would(thresholds):
    gc.collect()
    gc.set_threshold(50, 2, 2)
    kept, generations = [], []
    for _ in range(16):
        kept.append([[] for _ in range(80)])
        generations.append(collect_due())
    # Python's rule: the oldest generation whose count is over its threshold, where a count is
    # how often the generation below it was collected since (here: more than twice).
    assert generations == [0, 0, 0, 1] * 3 + [2, 0, 0, 0]


def test_the_check_slows_down_while_idle_and_speeds_up_while_there_is_garbage(qtbot):
    collector = GarbageCollector(busy_interval_ms=1_000, idle_interval_ms=8_000)
    assert collector.timer.isActive() and collector.timer.interval() == 1_000
    intervals = []
    for _ in range(4):
        gc.collect()
        collector._check()
        intervals.append(collector.timer.interval())
    assert intervals == [2_000, 4_000, 8_000, 8_000]
    kept = []
    for _ in range(4):
        kept.append([[] for _ in range(5_000)])
        collector._check()
        intervals.append(collector.timer.interval())
    assert intervals[4:] == [4_000, 2_000, 1_000, 1_000] and collector.collections == 4


def test_the_application_gets_one_collector_however_often_it_is_asked_for(qapp):
    application()
    application()
    assert len(qapp.findChildren(GarbageCollector)) == 1
