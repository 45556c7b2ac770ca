"""A timeline as lines of text: what ``backcoach plan`` prints and the routine editor previews."""

from __future__ import annotations

from coach.domain.languages import ENGLISH
from coach.domain.phrasebook import phrasebook
from coach.domain.timeline import Timeline


def minutes_and_seconds(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def plan_lines(timeline: Timeline, language: str = ENGLISH) -> list[str]:
    """A heading, then one line per segment: index, start, kind, seconds, where in the routine, words.

    Ids, kinds and levels stay as the command line spells them; the words are ``language``'s.
    """
    words = phrasebook(language)
    lines = [words.plan_heading.format(title=timeline.title, level=timeline.level.value, count=len(timeline),
                                       length=minutes_and_seconds(timeline.total_seconds))]
    for segment in timeline.segments:
        where = " ".join(filter(None, [
            segment.exercise or "",
            words.sides.get(segment.side, "") if segment.side else "",
            words.plan_round.format(number=segment.round, count=segment.rounds)
            if segment.round and segment.rounds else "",
            words.plan_rep.format(number=segment.rep, count=segment.reps) if segment.rep else "",
        ]))
        lines.append(f"{segment.index:4d}  {minutes_and_seconds(segment.start):>6}  {segment.kind.value:<8} "
                     f"{segment.seconds:5.1f}s  {where:<36} {segment.say}")
    return lines
