"""The wake word's rules (coach.listening.wake) on the stream's clock: arming, expiry, one breath, bare answers."""

from __future__ import annotations

import pytest

from coach.listening.commands import Command
from coach.listening.wake import ARM_SECONDS, FIT_RELIEF, WAKE_EXTRA_SECONDS, Said, WakeWord


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
