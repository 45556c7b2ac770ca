"""The words Back Coach generates itself, per language: counts, rounds, rests, the side switch, "last one".

Routine files bring their own words (and their translations, see
coach.domain.routine_translation); everything the compiler adds around them
comes from one Phrasebook per language. A phrase is a whole sentence with
{placeholders}, never English glued to a translated word, because word order,
plurals and even spaces between words differ (Thai writes none inside a phrase).

Adding a language: copy en.py to <code>.py, translate every field, import it in
phrasebook() below, and add the code to coach.domain.languages.LANGUAGES; tests/domain/test_phrasebook.py
checks that every phrase exists and none is left in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields

from coach.domain.languages import ENGLISH, LANGUAGES


@dataclass(frozen=True)
class Plural:
    """A phrase with a count, in each plural form the language has.

    Attributes:
        one: the form for exactly one ("{count} minute"); may spell the number out ("eine Minute").
        other: the form for any other count ("{count} minutes").
    """

    one: str
    other: str

    def of(self, count: int, **values: object) -> str:
        # English, German and Spanish (the shipped languages) have "one" and "other" only;
        # Thai has no plural, and gives both forms the same words.
        return (self.one if count == 1 else self.other).format(count=count, **values)


@dataclass(frozen=True)
class SheetPhrases:
    """The printable sheet's generated words (coach/domain/sheet_words.py puts them together).

    Attributes:
        once: a dose of one rep, no range.
        reps: {count}.
        rounds: {count}.
        each_side: {dose} {sides}: a sided dose.
        side_order: {first} {second}: the order of sides.
        reps_times_rounds: {reps} {rounds}.
        in_range: {picked} {low} {high} {unit}: the level's number and the source's range.
        hold: {amount}.
        rest: {amount}: the rest between rounds.
        once_a_day, twice_a_day: how often a day.
        times_a_day: {count}, for more than twice.
        each_rep: the heading of one rep's phases.
        each_rep_sided: {side}: the same when the sheet shows one side.
        seconds_unit: after a number of seconds, with a no-break space before it.
    """

    once: str
    reps: Plural
    rounds: Plural
    each_side: str
    side_order: str
    reps_times_rounds: str
    in_range: str
    hold: str
    rest: str
    once_a_day: str
    twice_a_day: str
    times_a_day: str
    each_rep: str
    each_rep_sided: str
    seconds_unit: str


@dataclass(frozen=True)
class Phrasebook:
    """Every generated phrase of one language. Placeholders are named in each field's comment.

    Attributes:
        code: the language (a key of coach.domain.languages.LANGUAGES).
        safety: the safety line said at the start and shown under the title.
        opening: {title} {summary} {safety}.
        summary_many: {exercises} {length}: how many exercises and how long.
        summary_one: {length}: a one-exercise routine says only how long.
        about_minutes: {count}: the routine's rough length.
        exercise_of: {number} {count} {name} {purpose}: announcing an exercise.
        round_of: {number} {count}.
        switch_sides: said when the other side starts.
        reps: {count}: how many reps the set has.
        rest: {duration} {number} {count}: the rest, and which round comes next.
        rest_caption: the caption during a rest.
        time_left: {duration}: the warning near the end of a rest.
        last_one: said as the last rep starts, instead of its number.
        counted: {count} {cue}: a rep's count before its first cue ("Seven. Lift").
        done: {title} {title_in_sentence}: the last words.
        done_caption: the caption of the last segment.
        minutes: {count}.
        seconds: {count}.
        sides: "left"/"right" as the language says them inside a sentence.
        number_words: a count as the voice should say it (1-100 in words).
        words_per_second: how many words (see ``word_count``) the voice says a second, planned generously.
        word_count: how many "words" a text has for ``words_per_second`` (Thai writes no spaces).
        title_in_sentence: how a routine's title is written inside a sentence.
        sheet: the printable sheet's words.
        plan_heading: {title} {level} {count} {length}: the first line of ``backcoach plan``.
        plan_round: {number} {count}: where a segment is, in the plan's lines.
        plan_rep: {number} {count}.
    """

    code: str
    safety: str
    opening: str
    summary_many: str
    summary_one: str
    about_minutes: Plural
    exercise_of: str
    round_of: str
    switch_sides: str
    reps: Plural
    rest: str
    rest_caption: str
    time_left: str
    last_one: str
    counted: str
    done: str
    done_caption: str
    minutes: Plural
    seconds: Plural
    sides: Mapping[str, str]
    number_words: Callable[[int], str]
    words_per_second: float
    word_count: Callable[[str], int]
    title_in_sentence: Callable[[str], str]
    sheet: SheetPhrases
    plan_heading: str
    plan_round: str
    plan_rep: str

    # ----- phrases put together

    def duration(self, seconds: float) -> str:
        """A length as said: "30 seconds", "1 minute", "1 minute 30 seconds" (the language's way)."""
        whole = round(seconds)
        minutes, rest = divmod(whole, 60)
        parts = []
        if minutes:
            parts.append(self.minutes.of(minutes))
        if rest or not minutes:
            parts.append(self.seconds.of(rest))
        return " ".join(parts)

    def rep_count(self, rep: int, reps: int) -> str:
        """What is said as a rep starts: "One", "Seven", ..., "Last one"."""
        if reps > 1 and rep == reps:
            return self.last_one
        return sentence_case(self.number_words(rep))

    def speaking_seconds(self, text: str) -> float:
        """A generous estimate of how long the voice takes to say a text."""
        return 0.4 + self.word_count(text) / self.words_per_second


def sentence_case(text: str) -> str:
    """The first letter upper-case (a no-op for scripts without case, like Thai)."""
    return text[:1].upper() + text[1:]


def spaced_words(text: str) -> int:
    return len(text.split())


_BOOKS: dict[str, Phrasebook] = {}


def phrasebook(language: str = ENGLISH) -> Phrasebook:
    """The phrasebook of a supported language; English for any other code."""
    if not _BOOKS:
        # Imported here, by name: the language modules import this one's classes, and a frozen
        # build (PyInstaller) must see every language module to pack it.
        from coach.domain.phrasebook import de, en, es, th

        _BOOKS.update({module.PHRASES.code: module.PHRASES for module in (de, en, es, th)})
    return _BOOKS.get(language if language in LANGUAGES else ENGLISH, _BOOKS[ENGLISH])


PHRASE_FIELDS = tuple(field.name for field in fields(Phrasebook))
SHEET_FIELDS = tuple(field.name for field in fields(SheetPhrases))

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(\w+)(?::([^{}|]*)\|([^{}|]*))?\}")


def fill(text: str, values: Mapping[str, str], side_of: Mapping[str, str] | None = None) -> str:
    """Put values into a text's {placeholders}; {{ and }} are literal braces.

    A translated text may also choose a word by side, for languages whose
    words agree with what they describe: ``{side:linke|rechte}`` is "linke"
    for the left side and "rechte" for the right (``side_of`` maps each
    placeholder to "left" or "right"). An unknown name is left empty.
    """
    sides = side_of or {}

    def one(match: re.Match[str]) -> str:
        whole = match.group(0)
        if whole == "{{":
            return "{"
        if whole == "}}":
            return "}"
        name, left_form, right_form = match.groups()
        if left_form is not None:
            return left_form if sides.get(name) == "left" else right_form
        return values.get(name, "")

    return _PLACEHOLDER.sub(one, text)


def placeholder_names(text: str) -> set[str]:
    """The placeholder names a text uses, plain or with side forms."""
    return {match.group(1) for match in _PLACEHOLDER.finditer(text) if match.group(1)}
