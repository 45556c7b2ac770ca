"""Compile a Routine at a Level into a Timeline of segments.

For each exercise: an announcement, its setup steps, then for every round and
side a short "set" instruction (round, side, rep count) followed by the reps,
each rep one segment per tempo phase; rests between rounds; a switch between
sides. The session opens with the routine's name and the safety line and ends
with a "done" segment.

Planned seconds of spoken segments are generous estimates of the speech plus
time to act on it; at run time they also wait for the voice to finish.

Every word the compiler adds comes from the phrasebook of the language asked
for (coach/domain/phrasebook/); the routine's own words come as the routine
has them (a built-in routine is translated as it loads). Timings of reps,
holds and rests never depend on the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.domain.languages import ENGLISH
from coach.domain.phrasebook import Phrasebook, fill, phrasebook, sentence_case
from coach.domain.routine import Exercise, Level, Phase, PhaseKind, Routine
from coach.domain.spoken import round_up_to_half
from coach.domain.timeline import Cue, Segment, SegmentKind, Timeline

SAFETY_LINE = phrasebook(ENGLISH).safety


@dataclass(frozen=True)
class CueOptions:
    """Which optional words and sounds go into the timeline (the voice settings choose).

    Attributes:
        counts: say the rep count as each rep starts ("Seven. Lift").
        countdown: say "3", "2", "1" in the last seconds of a hold of 5 s or more.
        rest_ticks: a soft tick in each of the last 3 seconds of a rest.
    """

    counts: bool = True
    countdown: bool = True
    rest_ticks: bool = False


# A hold this long is a real hold: it gets "3, 2, 1" and chimes. A shorter one (the 2 s
# squeeze of a bridge) is part of a rep's rhythm and gets neither.
LONG_HOLD_SECONDS = 5.0

# Seconds added to the spoken time of a segment so the person can act on it.
_TIME_TO_ACT = {
    SegmentKind.ANNOUNCE: 1.0,
    SegmentKind.INSTRUCT: 2.0,   # get into position
    SegmentKind.SWITCH: 4.0,     # roll over, change legs
    SegmentKind.DONE: 1.0,
}
_REST_WARNING_SECONDS = 10.0
_REST_WARNING_FROM = 20.0  # shorter rests get no "10 seconds left"

_OTHER_SIDE = {"left": "right", "right": "left"}


def compile_timeline(routine: Routine, level: Level, options: CueOptions = CueOptions(),
                     language: str = ENGLISH) -> Timeline:
    """The routine at a level as timed segments, its generated phrases in ``language`` (a code of LANGUAGES)."""
    words = phrasebook(language)
    builder = _Builder(options=options, words=words)
    count = len(routine.exercises)
    for number, exercise in enumerate(routine.exercises, start=1):
        _add_exercise(builder, exercise, level, number, count)
    builder.context = {}
    builder.add(SegmentKind.DONE, words.done.format(title=routine.title,
                                                    title_in_sentence=words.title_in_sentence(routine.title)),
                caption=words.done_caption)
    builder.prepend_opening(routine)
    return Timeline(routine=routine.id, title=routine.title, level=level, segments=builder.segments())


@dataclass
class _Draft:
    kind: SegmentKind
    say: str
    caption: str
    seconds: float
    new_step: bool
    exercise: str | None = None
    side: str | None = None
    round: int | None = None
    rounds: int | None = None
    rep: int | None = None
    reps: int | None = None
    cues: tuple[Cue, ...] = ()


@dataclass
class _Builder:
    options: CueOptions = CueOptions()
    words: Phrasebook = field(default_factory=phrasebook)
    drafts: list[_Draft] = field(default_factory=list)
    # Context copied into every segment added while it is set.
    context: dict[str, object] = field(default_factory=dict)

    def add(self, kind: SegmentKind, say: str, *, caption: str, seconds: float | None = None,
            new_step: bool = True, cues: tuple[Cue, ...] = (), **where: object) -> None:
        if seconds is None:
            seconds = round_up_to_half(self.words.speaking_seconds(say) + _TIME_TO_ACT.get(kind, 0.0))
        self.drafts.append(_Draft(kind, say, caption, float(seconds), new_step, cues=cues,
                                  **{**self.context, **where}))  # type: ignore[arg-type]

    def prepend_opening(self, routine: Routine) -> None:
        body_seconds = sum(draft.seconds for draft in self.drafts)
        count = len(routine.exercises)
        # The opening's own few seconds barely move the estimate; round to minutes.
        minutes = max(1, round((body_seconds + 8) / 60))
        words = self.words
        length = words.about_minutes.of(minutes)
        summary = (words.summary_many.format(exercises=count, length=length) if count > 1
                   else sentence_case(words.summary_one.format(length=length)))
        say = words.opening.format(title=routine.title, summary=summary, safety=words.safety)
        self.context = {}
        # The title is already on screen above the caption; show the safety line instead.
        self.add(SegmentKind.ANNOUNCE, say, caption=words.safety)
        self.drafts.insert(0, self.drafts.pop())

    def segments(self) -> tuple[Segment, ...]:
        result = []
        start = 0.0
        step = -1
        for index, draft in enumerate(self.drafts):
            if draft.new_step or step < 0:
                step += 1
            result.append(Segment(
                index=index, kind=draft.kind, exercise=draft.exercise, side=draft.side,
                round=draft.round, rounds=draft.rounds, rep=draft.rep, reps=draft.reps,
                seconds=draft.seconds, say=draft.say, caption=draft.caption, step=step,
                start=start, cues=draft.cues))
            start += draft.seconds
        return tuple(result)


def _add_exercise(builder: _Builder, exercise: Exercise, level: Level, number: int, count: int) -> None:
    dose = exercise.dose
    reps = dose.reps.count_at(level)
    rounds = dose.rounds.count_at(level)
    builder.context = {"exercise": exercise.id, "reps": reps, "rounds": rounds}

    # A routine of one exercise has just been announced by name: say only its purpose.
    say = (builder.words.exercise_of.format(number=number, count=count, name=exercise.name, purpose=exercise.purpose)
           if count > 1 else exercise.purpose)
    builder.add(SegmentKind.ANNOUNCE, say, caption=exercise.name)
    for step in exercise.setup:
        builder.add(SegmentKind.INSTRUCT, step, caption=step)

    sides: tuple[str | None, ...] = dose.sides or (None,)
    previous_side: str | None = None
    for round_number in range(1, rounds + 1):
        if round_number > 1:
            _add_rest(builder, dose.rest_between_rounds.at(level), round_number, rounds)
        for side in sides:
            _add_set_intro(builder, exercise, side, previous_side, round_number, rounds, reps)
            for rep in range(1, reps + 1):
                for phase_number, phase in enumerate(dose.tempo):
                    _add_phase(builder, exercise, level, phase, side, rep, reps, round_number,
                               first=phase_number == 0)
            previous_side = side


def _add_set_intro(builder: _Builder, exercise: Exercise, side: str | None, previous_side: str | None,
                   round_number: int, rounds: int, reps: int) -> None:
    """Say what the next set is: its round, its side, how many reps."""
    first_side = exercise.dose.sides[0] if exercise.dose.sides else None
    switching = side is not None and previous_side is not None and side != previous_side
    switching_within_round = switching and side != first_side
    words = builder.words
    parts = []
    if rounds > 1 and not switching_within_round:
        parts.append(words.round_of.format(number=round_number, count=rounds))
    if switching:
        parts.append(words.switch_sides)
    if side is not None:
        parts.append(_fill(words, exercise.side_cue, side))
    shown = " ".join(parts)  # the rep count is said, not shown: the screen counts the reps itself
    if reps > 1:
        parts.append(words.reps.of(reps))
    if not parts:
        return
    say = " ".join(parts)
    caption = shown
    builder.add(SegmentKind.SWITCH if switching else SegmentKind.INSTRUCT, say, caption=caption or say,
                side=side, round=round_number)


def _add_phase(builder: _Builder, exercise: Exercise, level: Level, phase: Phase, side: str | None,
               rep: int, reps: int, round_number: int, *, first: bool) -> None:
    seconds = exercise.dose.phase_seconds(phase, level)
    words = builder.words
    say = _fill(words, phase.say, side, seconds)
    if first and reps > 1 and builder.options.counts:
        say = words.counted.format(count=words.rep_count(rep, reps), cue=say)
    kind = SegmentKind.HOLD if phase.kind is PhaseKind.HOLD else SegmentKind.MOVE
    cues: tuple[Cue, ...] = ()
    if kind is SegmentKind.HOLD and builder.options.countdown and seconds >= LONG_HOLD_SECONDS:
        cues = tuple(Cue(at=seconds - n, say=str(n)) for n in (3, 2, 1))
    builder.add(kind, say, caption=_fill(words, phase.caption, side, seconds), seconds=seconds, new_step=first,
                cues=cues, side=side, rep=rep, round=round_number)


def _add_rest(builder: _Builder, seconds: float, next_round: int, rounds: int) -> None:
    if seconds <= 0:
        return
    words = builder.words
    cues: list[Cue] = []
    if seconds >= _REST_WARNING_FROM:
        cues.append(Cue(at=seconds - _REST_WARNING_SECONDS,
                        say=sentence_case(words.time_left.format(duration=words.duration(_REST_WARNING_SECONDS)))))
    if builder.options.rest_ticks:
        cues.extend(Cue(at=seconds - n, say="", sound="tick") for n in (3, 2, 1) if seconds - n > 0)
    builder.add(SegmentKind.REST,
                sentence_case(words.rest.format(duration=words.duration(seconds), number=next_round, count=rounds)),
                caption=words.rest_caption, seconds=seconds, cues=tuple(cues), round=next_round - 1)


def _fill(words: Phrasebook, text: str, side: str | None, seconds: float | None = None) -> str:
    """Put the side (in the language's words) and seconds into a text's {placeholders}.

    The loader has checked that a text uses only the placeholders its
    exercise can fill, so a missing side never reaches here.
    """
    other = _OTHER_SIDE.get(side or "", "")
    values = {"side": words.sides.get(side or "", ""), "other_side": words.sides.get(other, ""),
              "seconds": f"{seconds:g}" if seconds is not None else ""}
    return fill(text, values, {"side": side or "", "other_side": other})
