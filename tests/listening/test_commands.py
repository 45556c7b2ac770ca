"""The voice command rules: whole utterances only, and the stop question's answers."""

from __future__ import annotations

import pytest

from coach.listening.commands import LABELS, PHRASES, Action, Command, all_phrases, command_for, decide


def test_every_phrase_names_its_command():
    for name, phrases in PHRASES.items():
        for phrase in phrases:
            assert command_for(phrase) is Command(name)


@pytest.mark.parametrize("words", ["I will wait for the bus", "go on then", "next time", "stop", "", "pause pause"])
def test_a_command_inside_other_words_is_not_a_command(words):
    assert command_for(words) is None


def test_case_and_spacing_do_not_matter():
    assert command_for("  Stop   THE session ") is Command.STOP


def test_every_command_has_a_label_and_phrases_are_unique():
    assert set(LABELS) == set(Command)
    assert len(all_phrases()) == sum(len(p) for p in PHRASES.values())


@pytest.mark.parametrize("command, action", [
    (Command.PAUSE, Action.PAUSE), (Command.RESUME, Action.RESUME), (Command.NEXT, Action.NEXT),
    (Command.BACK, Action.BACK), (Command.REPEAT, Action.REPEAT), (Command.SKIP, Action.SKIP),
    (Command.LOUDER, Action.LOUDER), (Command.QUIETER, Action.QUIETER), (Command.STOP, Action.ASK_TO_STOP)])
def test_plain_commands_act_when_no_question_is_open(command, action):
    assert decide(command, stop_question_open=False).action is action


@pytest.mark.parametrize("command", [Command.YES, Command.NO])
def test_yes_and_no_alone_do_nothing(command):
    assert decide(command, stop_question_open=False).action is None


def test_while_the_stop_question_is_open_yes_stops_and_no_or_go_on_keeps_going():
    assert decide(Command.YES, True).action is Action.STOP
    assert decide(Command.NO, True).action is Action.KEEP_GOING
    assert decide(Command.RESUME, True).action is Action.KEEP_GOING


@pytest.mark.parametrize("command", [Command.PAUSE, Command.NEXT, Command.SKIP, Command.STOP, Command.LOUDER])
def test_other_commands_wait_for_the_answer(command):
    decision = decide(command, True)
    assert decision.action is None and "yes or no" in decision.reason
