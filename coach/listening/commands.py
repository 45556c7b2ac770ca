"""The voice commands: which words mean what, and what a heard phrase does in the session's state.

Pure Python (no Qt, no recogniser), so the rules are tested in milliseconds.
A command is obeyed only when it is the whole utterance: the person says the word
alone, with a short silence before and after. "I will wait for the bus" is not
"wait". "stop the session" only asks; "yes" then stops, "no" or "go on" carries on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Command(StrEnum):
    """What the person can ask for by voice."""

    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    BACK = "back"
    REPEAT = "repeat"
    SKIP = "skip"
    LOUDER = "louder"
    QUIETER = "quieter"
    STOP = "stop"
    YES = "yes"
    NO = "no"


# The words that work, each a whole utterance. Keep them short and acoustically apart:
# measured in bench/listening_accuracy.py (BENCHMARKS.md, "Voice commands").
PHRASES: dict[str, tuple[str, ...]] = {
    Command.PAUSE: ("pause", "wait"),
    Command.RESUME: ("go on", "continue", "resume"),
    Command.NEXT: ("next",),
    Command.BACK: ("back",),
    Command.REPEAT: ("repeat",),
    Command.SKIP: ("skip",),
    Command.LOUDER: ("louder",),
    Command.QUIETER: ("quieter",),
    Command.STOP: ("stop the session",),
    Command.YES: ("yes",),
    Command.NO: ("no",),
}



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for extraction into the UI's .ts files (context ``context``); the UI translates it.

    Qt's own marker lives in PySide6, which this module must not import.
    """
    return text


# What the screen flashes for each command ("heard: Pause"); coach/ui/voice_commands.py translates them.
LABELS: dict[Command, str] = {
    Command.PAUSE: QT_TRANSLATE_NOOP("VoiceCommands", "Pause"),
    Command.RESUME: QT_TRANSLATE_NOOP("VoiceCommands", "Go on"),
    Command.NEXT: QT_TRANSLATE_NOOP("VoiceCommands", "Next"),
    Command.BACK: QT_TRANSLATE_NOOP("VoiceCommands", "Back"),
    Command.REPEAT: QT_TRANSLATE_NOOP("VoiceCommands", "Repeat"),
    Command.SKIP: QT_TRANSLATE_NOOP("VoiceCommands", "Skip exercise"),
    Command.LOUDER: QT_TRANSLATE_NOOP("VoiceCommands", "Louder"),
    Command.QUIETER: QT_TRANSLATE_NOOP("VoiceCommands", "Quieter"),
    Command.STOP: QT_TRANSLATE_NOOP("VoiceCommands", "Stop the session?"),
    Command.YES: QT_TRANSLATE_NOOP("VoiceCommands", "Yes: stop"),
    Command.NO: QT_TRANSLATE_NOOP("VoiceCommands", "No: carry on"),
}

_BY_PHRASE = {phrase: Command(name) for name, phrases in PHRASES.items() for phrase in phrases}


def all_phrases() -> list[str]:
    return sorted(_BY_PHRASE)


def command_for(words: str) -> Command | None:
    """The command a whole utterance says, or None: extra words, or none of the phrases."""
    return _BY_PHRASE.get(" ".join(words.lower().split()))


class Action(StrEnum):
    """What the app does for a heard command (the controller slot it calls)."""

    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    BACK = "back"
    REPEAT = "repeat"
    SKIP = "skip"
    LOUDER = "louder"
    QUIETER = "quieter"
    ASK_TO_STOP = "ask_to_stop"
    STOP = "stop"
    KEEP_GOING = "keep_going"


_PLAIN = {Command.PAUSE: Action.PAUSE, Command.RESUME: Action.RESUME, Command.NEXT: Action.NEXT,
          Command.BACK: Action.BACK, Command.REPEAT: Action.REPEAT, Command.SKIP: Action.SKIP,
          Command.LOUDER: Action.LOUDER, Command.QUIETER: Action.QUIETER, Command.STOP: Action.ASK_TO_STOP}


@dataclass(frozen=True)
class Decision:
    """What to do about one heard command: act (or None: ignore it) and why, for the log."""

    action: Action | None
    reason: str = ""


def decide(command: Command, stop_question_open: bool) -> Decision:
    """One heard command, given whether "Stop the session?" is waiting for an answer.

    While the question is open only its answers count: "yes" stops; "no" and "go on" keep going.
    Otherwise "yes" and "no" answer nothing and are ignored, so a stray "yes" can never stop a session.
    Every other command works whether the session runs or is paused.
    """
    if stop_question_open:
        if command is Command.YES:
            return Decision(Action.STOP)
        if command in (Command.NO, Command.RESUME):
            return Decision(Action.KEEP_GOING)
        return Decision(None, "the stop question is open: say yes or no")
    if command in (Command.YES, Command.NO):
        return Decision(None, "no question is open")
    return Decision(_PLAIN[command])
