"""German (Deutsch). Instructions in the infinitive, as German exercise sheets write them; counts in words."""

from __future__ import annotations

from coach.domain.phrasebook import Phrasebook, Plural, SheetPhrases, spaced_words

_ONES = ("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
         "fünfzehn sechzehn siebzehn achtzehn neunzehn").split()
_TENS = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()


def number_words(n: int) -> str:
    """0-100 as words ("sieben", "einundzwanzig"); larger numbers as digits."""
    if 0 <= n < 20:
        return _ONES[n]
    if 20 <= n < 100:
        tens, ones = divmod(n, 10)
        if not ones:
            return _TENS[tens]
        return ("ein" if ones == 1 else _ONES[ones]) + "und" + _TENS[tens]
    if n == 100:
        return "hundert"
    return str(n)


PHRASES = Phrasebook(
    code="de",
    safety="Bei stärkeren Schmerzen die Übung sofort abbrechen.",
    opening="{title}. {summary} {safety}",
    summary_many="{exercises} Übungen, {length}.",
    summary_one="{length}.",
    about_minutes=Plural("etwa eine Minute", "etwa {count} Minuten"),
    exercise_of="Übung {number} von {count}: {name}. {purpose}",
    round_of="Runde {number} von {count}.",
    switch_sides="Seite wechseln.",
    reps=Plural("Eine Wiederholung.", "{count} Wiederholungen."),
    rest="{duration} Pause. Danach Runde {number} von {count}.",
    rest_caption="Pause",
    time_left="Noch {duration}.",
    last_one="Die letzte",
    counted="{count}. {cue}",
    done="Gut gemacht. Geschafft: {title_in_sentence}.",
    done_caption="Gut gemacht!",
    minutes=Plural("eine Minute", "{count} Minuten"),
    seconds=Plural("eine Sekunde", "{count} Sekunden"),
    sides={"left": "links", "right": "rechts"},
    number_words=number_words,
    # German words are long: espeak-ng's German voice says fewer of them a second (measured by
    # tests/speech/test_languages_espeak.py, which checks every phrase fits its time).
    words_per_second=1.8,
    word_count=spaced_words,
    title_in_sentence=str,
    sheet=SheetPhrases(
        once="einmal", reps=Plural("1 Wiederholung", "{count} Wiederholungen"),
        rounds=Plural("1 Runde", "{count} Runden"),
        each_side="{dose} je Seite ({sides})", side_order="erst {first}, dann {second}",
        reps_times_rounds="{reps} × {rounds}", in_range="{picked} (Spanne {low}–{high}{unit})",
        hold="{amount} halten", rest="{amount} Pause zwischen den Runden",
        once_a_day="einmal am Tag", twice_a_day="zweimal am Tag", times_a_day="{count}-mal am Tag",
        each_rep="Jede Wiederholung: ", each_rep_sided="Jede Wiederholung (Seite {side}): ",
        seconds_unit="\u00a0s"),
    plan_heading="{title} ({level}): {count} Abschnitte, {length}",
    plan_round="Runde {number}/{count}",
    plan_rep="Wdh. {number}/{count}",
)
