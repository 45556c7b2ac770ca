"""English: the phrases Back Coach was written with (the reference for every other language)."""

from __future__ import annotations

from coach.domain.phrasebook import Phrasebook, Plural, SheetPhrases, spaced_words

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """0-100 as words ("seven", "twenty-one"); larger numbers as digits."""
    if 0 <= n < 20:
        return _ONES[n]
    if 20 <= n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n == 100:
        return "one hundred"
    return str(n)


PHRASES = Phrasebook(
    code="en",
    safety="Stop any exercise that makes your pain worse.",
    opening="{title}. {summary} {safety}",
    summary_many="{exercises} exercises, {length}.",
    summary_one="{length}.",
    about_minutes=Plural("about {count} minute", "about {count} minutes"),
    exercise_of="Exercise {number} of {count}: {name}. {purpose}",
    round_of="Round {number} of {count}.",
    switch_sides="Switch sides.",
    reps=Plural("{count} rep.", "{count} reps."),
    rest="Rest for {duration}. Round {number} of {count} is next.",
    rest_caption="Rest",
    time_left="{duration} left.",
    last_one="Last one",
    counted="{count}. {cue}",
    done="Well done. You have finished the {title_in_sentence}.",
    done_caption="Well done!",
    minutes=Plural("{count} minute", "{count} minutes"),
    seconds=Plural("{count} second", "{count} seconds"),
    sides={"left": "left", "right": "right"},
    number_words=number_words,
    # espeak-ng speaks about 175 words a minute (2.9 a second) at its default
    # rate; planning with 2.5 leaves room for slower voices and punctuation pauses.
    words_per_second=2.5,
    word_count=spaced_words,
    title_in_sentence=str.lower,
    sheet=SheetPhrases(
        once="once", reps=Plural("{count} rep", "{count} reps"), rounds=Plural("{count} round", "{count} rounds"),
        each_side="{dose} each side ({sides})", side_order="{first}, then {second}",
        reps_times_rounds="{reps} × {rounds}", in_range="{picked} (range {low}–{high}{unit})",
        hold="hold {amount}", rest="rest {amount} between rounds",
        once_a_day="once a day", twice_a_day="twice a day", times_a_day="{count} times a day",
        each_rep="Each rep: ", each_rep_sided="Each rep, {side} side shown: ", seconds_unit="\u00a0s"),
    plan_heading="{title} ({level}): {count} segments, {length}",
    plan_round="round {number}/{count}",
    plan_rep="rep {number}/{count}",
)
