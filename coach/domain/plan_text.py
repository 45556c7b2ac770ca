"""A timeline as lines of text: what ``backcoach plan`` prints and the routine editor previews."""

from __future__ import annotations

from coach.domain.timeline import Timeline


def minutes_and_seconds(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def plan_lines(timeline: Timeline) -> list[str]:
    """A heading, then one line per segment: index, start, kind, seconds, where in the routine, words."""
    lines = [f"{timeline.title} ({timeline.level.value}): {len(timeline)} segments, "
             f"{minutes_and_seconds(timeline.total_seconds)}"]
    for segment in timeline.segments:
        where = " ".join(filter(None, [
            segment.exercise or "",
            segment.side or "",
            f"round {segment.round}/{segment.rounds}" if segment.round and segment.rounds else "",
            f"rep {segment.rep}/{segment.reps}" if segment.rep else "",
        ]))
        lines.append(f"{segment.index:4d}  {minutes_and_seconds(segment.start):>6}  {segment.kind.value:<8} "
                     f"{segment.seconds:5.1f}s  {where:<36} {segment.say}")
    return lines
