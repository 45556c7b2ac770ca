"""History: how long a recorded step takes to reach the disk, and what the progress screen costs with a year of data.

write: the real HistoryWriter (WAL, synchronous=FULL: every commit fsyncs)
in a throwaway folder; submits a session's start, 200 progress steps spaced
as a fast session would send them (20 ms apart), and its end; reports the
time from submit to written (the app never waits for it: this is how much a
crash could lose), and the GUI thread's submit() cost.

progress: a year of twice-daily sessions with pain ratings (730 rows);
reports reading them back, building the progress view (today, streaks,
12-week calendar, pain trend) and painting the progress screen at 1280x720,
offscreen. The progress screen is built each time it is shown, so this is
the delay between pressing P (or finishing) and seeing it.

Usage: uv run python bench/history.py [write|progress|all] [RUNS]   (default: all 5)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
_HOME = tempfile.mkdtemp(prefix="backcoach-bench-history-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = os.path.join(_HOME, _name.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from machine import describe  # noqa: E402

from coach.domain.history_records import PainMoment, SessionOutcome  # noqa: E402
from coach.storage import history  # noqa: E402
from coach.storage.history_schema import open_database  # noqa: E402
from coach.storage.history_writer import HistoryWriter  # noqa: E402

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def bench_write(run: int) -> tuple[list[float], list[float]]:
    path = Path(_HOME) / f"write-{run}.sqlite3"
    submitted: dict[int, float] = {}
    latencies: list[float] = []

    def written(op: history.Operation) -> None:
        if isinstance(op, history.SessionProgress):
            latencies.append(time.perf_counter() - submitted[op.segments_done])

    writer = HistoryWriter(path, spill_path=path.with_suffix(".spill"), on_problem=print, on_written=written)
    writer.start()
    key = f"run{run}"
    writer.submit(history.StartSession(key, "lower-back", "Lower-back routine", "standard", NOW, 200))
    writer.flush(5)
    submit_costs = []
    for step in range(200):
        begin = time.perf_counter()
        submitted[step] = begin
        writer.submit(history.SessionProgress(key, step, "bridge", NOW + timedelta(seconds=step)))
        submit_costs.append(time.perf_counter() - begin)
        time.sleep(0.02)
    writer.submit(history.FinishSession(key, SessionOutcome.COMPLETED, NOW + timedelta(minutes=20), 200, "cat-stretch"))
    writer.close(5)
    return latencies, submit_costs


def seed_year() -> None:
    operations: list[history.Operation] = []
    for day in range(365):
        for hour in (7, 17):
            key = f"{day}-{hour}"
            start = NOW - timedelta(days=day, hours=12 - hour)
            operations += [history.StartSession(key, "cat-stretch", "Cat stretch", "standard", start, 20),
                           history.FinishSession(key, SessionOutcome.COMPLETED, start + timedelta(minutes=2), 20, None),
                           history.RatePain(key, PainMoment.BEFORE, 5, start),
                           history.RatePain(key, PainMoment.AFTER, 4, start)]
    connection = open_database(history.history_path())
    try:
        history.apply_all(connection, operations)
    finally:
        connection.close()


def bench_progress(runs: int) -> dict[str, list[float]]:
    from coach.domain.routine_loader import load_catalogue
    from coach.resources import builtin_routines_dir
    from coach.storage.settings import Settings
    from coach.ui.app import application, build
    from coach.ui.widgets.theme import ThemeName

    seed_year()
    app = application()
    catalogue = load_catalogue(builtin_routines_dir(), None)
    window, controller = build(catalogue, theme=ThemeName.LIGHT, settings=Settings(), wall_clock=lambda: NOW)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    check_in = controller.check_in
    assert check_in is not None
    figures: dict[str, list[float]] = {"read 730 sessions": [], "build the view": [], "show and paint": []}
    for _ in range(runs):
        begin = time.perf_counter()
        check_in.keeper.sessions()
        figures["read 730 sessions"].append(time.perf_counter() - begin)
        begin = time.perf_counter()
        view = check_in.view()
        figures["build the view"].append(time.perf_counter() - begin)
        begin = time.perf_counter()
        window.progress.set_view(view)
        window.show_progress()
        window.progress.repaint()
        app.processEvents()
        figures["show and paint"].append(time.perf_counter() - begin)
    check_in.keeper.close()
    window.close()
    return figures


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    print(describe())
    if which in ("write", "all"):
        latencies: list[float] = []
        costs: list[float] = []
        for run in range(runs):
            got, spent = bench_write(run)
            latencies += got
            costs += spent
        latencies.sort()
        median, p95 = statistics.median(latencies), latencies[int(0.95 * len(latencies))]
        print(f"step submitted -> on disk (fsynced), {len(latencies)} steps: median {median * 1000:.1f} ms, "
              f"p95 {p95 * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms")
        print(f"submit() on the GUI thread: median {statistics.median(costs) * 1e6:.0f} us, "
              f"max {max(costs) * 1e6:.0f} us")
    if which in ("progress", "all"):
        for name, values in bench_progress(runs).items():
            print(f"progress, a year of data: {name}: median {statistics.median(values) * 1000:.1f} ms "
                  f"(max {max(values) * 1000:.1f})")


if __name__ == "__main__":
    main()
