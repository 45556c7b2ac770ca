"""Which generation of Python's cyclic garbage collector is due, for code that collects by hand.

No Qt here: the tests use it too (tests/conftest.py), and coach.ui.garbage_collector
runs it on the GUI thread; that module says why collection is not left to Python.
"""

from __future__ import annotations

import gc


def take_over_collection() -> None:
    """Switch Python's automatic collection off: from now on only collect_due() collects."""
    gc.disable()


def collect_due() -> int | None:
    """Collect the generation that Python's own thresholds say is due; its number, or None if none is."""
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if threshold0 <= 0 or count0 <= threshold0:
        return None
    # Like Python: the oldest generation whose younger one has been collected more often than its
    # threshold since. (Python also puts off the oldest while few objects are new to it; that only
    # saves time, and a full collection at most every few minutes costs milliseconds.)
    if threshold2 > 0 and count2 > threshold2:
        generation = 2
    elif threshold1 > 0 and count1 > threshold1:
        generation = 1
    else:
        generation = 0
    gc.collect(generation)
    return generation
