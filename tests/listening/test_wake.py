"""The wake word's rules (coach.listening.wake) on the stream's clock: arming, expiry, one breath, bare answers."""

from __future__ import annotations

import math

import pytest

from coach.listening.commands import Command
from coach.listening.confidence import Decoded
from coach.listening.wake import (
    ARM_SECONDS,
    COACH_OVER_LANGUAGE,
    FIT_RELIEF,
    SHORTEST_WAKE_COMMAND,
    WAKE_EXTRA_SECONDS,
    WAKE_WORD,
    Said,
    WakeWord,
    heard_as,
    said_to_coach,
)


def test_the_wake_word_and_a_command_in_one_breath_is_the_command():
    wake = WakeWord()
    assert wake.take("coach pause", 1.0, 1.8) is Command.PAUSE
    assert wake.take("coach stop the session", 3.0, 4.6) is Command.STOP


def test_a_bare_command_is_not_taken_without_the_wake_word():
    wake = WakeWord()
    assert wake.take("pause", 1.0, 1.5) is None
    assert wake.take("next", 20.0, 20.4) is None


def test_the_wake_word_alone_arms_listening_for_a_bare_command():
    wake = WakeWord()
    assert wake.take("coach", 1.0, 1.4) is None
    assert wake.armed_at(1.4 + ARM_SECONDS)
    assert wake.take("pause", 3.0, 3.5) is Command.PAUSE


def test_arming_expires_after_its_seconds():
    wake = WakeWord()
    wake.take("coach", 10.0, 10.4)
    assert not wake.armed_at(10.4 + ARM_SECONDS + 0.01)
    assert wake.take("pause", 10.4 + ARM_SECONDS + 0.01, 15.0) is None


def test_a_command_taken_disarms_so_the_next_needs_the_wake_word_again():
    wake = WakeWord()
    wake.take("coach", 1.0, 1.4)
    assert wake.take("next", 2.0, 2.4) is Command.NEXT
    assert wake.take("next", 3.0, 3.4) is None
    assert wake.take("coach pause", 4.0, 4.8) is Command.PAUSE
    assert not wake.armed_at(4.8)


@pytest.mark.parametrize("words, command", [("yes", Command.YES), ("no", Command.NO)])
def test_the_stop_questions_answers_stay_bare(words, command):
    wake = WakeWord()
    assert wake.take(words, 1.0, 1.3) is command
    assert wake.take(f"coach {words}", 2.0, 2.6) is command


def test_with_the_setting_off_every_bare_command_counts_as_before():
    wake = WakeWord(on=False)
    assert wake.take("pause", 1.0, 1.5) is Command.PAUSE
    assert wake.take("next", 2.0, 2.4) is Command.NEXT
    assert wake.allowance("coach pause").seconds == 0
    assert not wake.armed_at(2.0)


def test_only_an_utterance_that_starts_with_the_wake_word_gets_looser_checks():
    wake = WakeWord()
    loose = wake.allowance("coach pause")
    assert (loose.seconds, loose.fit) == (WAKE_EXTRA_SECONDS, FIT_RELIEF)
    assert wake.allowance("pause") == wake.allowance("pause coach") == WakeWord(on=False).allowance("pause")
    assert wake.allowance("pause").fit == 0


def test_words_split_into_the_wake_word_and_the_phrase():
    assert Said.of("Coach  stop the session") == Said(True, "stop the session")
    assert Said.of("coach").wake_alone
    assert Said.of("pause") == Said(False, "pause")


def per_frame(words: str, score: float, frames: int = 100) -> Decoded:
    """A decode whose path scores `score` thousandths of a natural log a frame, over `frames` frames."""
    return Decoded(words, score * frames / 1000, frames)


def test_coach_counts_when_the_language_model_fits_the_utterance_far_worse_than_coach_does():
    """Real "coach pause" is an unlikely English phrase: the general language model fits it poorly."""
    assert said_to_coach(per_frame("coach pause", -2.5), per_frame("coach", -1.6), per_frame("go to the us", -5.0))


def test_coach_forced_onto_talk_the_language_model_fits_well_does_not_count():
    """"next time" taken for "coach next": the language model fits the real words nearly as well as "coach"."""
    language = per_frame("next time", -3.0)
    assert not said_to_coach(per_frame("coach next", -2.9), per_frame("coach", -3.0 + COACH_OVER_LANGUAGE - 0.1),
                             language)
    # "coach" alone fitting well is not enough when the grammar's own words fit worse than the language model's.
    assert not said_to_coach(per_frame("coach next", -3.1), per_frame("coach", -0.5), language)


def test_the_language_model_hearing_coach_first_is_enough():
    assert said_to_coach(per_frame("coach resume", -1.0), per_frame("coach", -1.7), per_frame("coach resume", -4.1))


def test_nothing_decoded_by_the_coach_grammar_is_no_coach():
    assert not said_to_coach(per_frame("coach back", -3.0), Decoded("", -math.inf, 40), per_frame("go back", -4.0))


def test_coach_and_a_word_too_short_to_hold_a_command_is_coach_alone():
    assert heard_as("coach back", SHORTEST_WAKE_COMMAND - 0.01) == WAKE_WORD
    assert heard_as("coach back", SHORTEST_WAKE_COMMAND + 0.2) == "coach back"
    assert heard_as("coach", 0.3) == "coach"
    assert heard_as("no", 0.3) == "no"
