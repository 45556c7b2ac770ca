"""Spanish (Español). Instructions with "tú", as Spanish exercise guides address the reader; counts in words."""

from __future__ import annotations

from coach.domain.phrasebook import Phrasebook, Plural, SheetPhrases, spaced_words

_ONES = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
         "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro "
         "veinticinco veintiséis veintisiete veintiocho veintinueve").split()
_TENS = "_ _ _ treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()


def number_words(n: int) -> str:
    """0-100 as words ("siete", "treinta y uno"); larger numbers as digits."""
    if 0 <= n < 30:
        return _ONES[n]
    if 30 <= n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f" y {_ONES[ones]}" if ones else "")
    if n == 100:
        return "cien"
    return str(n)


PHRASES = Phrasebook(
    code="es",
    safety="Detén el ejercicio si te aumenta el dolor.",
    opening="{title}. {summary} {safety}",
    summary_many="{exercises} ejercicios, {length}.",
    summary_one="{length}.",
    about_minutes=Plural("un minuto más o menos", "unos {count} minutos"),
    exercise_of="Ejercicio {number} de {count}: {name}. {purpose}",
    round_of="Serie {number} de {count}.",
    switch_sides="Cambia de lado.",
    reps=Plural("Una repetición.", "{count} repeticiones."),
    rest="Descansa {duration}. Después, serie {number} de {count}.",
    rest_caption="Descanso",
    time_left="Quedan {duration}.",
    last_one="La última",
    counted="{count}. {cue}",
    done="¡Muy bien! Has terminado: {title_in_sentence}.",
    done_caption="¡Muy bien!",
    minutes=Plural("un minuto", "{count} minutos"),
    seconds=Plural("un segundo", "{count} segundos"),
    # Feminine, as the routine's translations use them: "la rodilla izquierda", "hacia la derecha".
    sides={"left": "izquierda", "right": "derecha"},
    number_words=number_words,
    words_per_second=2.2,
    word_count=spaced_words,
    title_in_sentence=str,
    sheet=SheetPhrases(
        once="una vez", reps=Plural("1 repetición", "{count} repeticiones"),
        rounds=Plural("1 serie", "{count} series"),
        each_side="{dose} por lado ({sides})", side_order="primero {first}, luego {second}",
        reps_times_rounds="{reps} × {rounds}", in_range="{picked} (rango {low}–{high}{unit})",
        hold="mantén {amount}", rest="descansa {amount} entre series",
        once_a_day="una vez al día", twice_a_day="dos veces al día", times_a_day="{count} veces al día",
        each_rep="Cada repetición: ", each_rep_sided="Cada repetición, mostrada a la {side}: ",
        seconds_unit="\u00a0s"),
    plan_heading="{title} ({level}): {count} segmentos, {length}",
    plan_round="serie {number}/{count}",
    plan_rep="repetición {number}/{count}",
)
