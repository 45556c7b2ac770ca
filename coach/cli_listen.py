"""``backcoach listen --wav FILE [--json] [--all] [--coach-first | --bare]``: the app's recogniser on a recording.

Prints each command heard with its time, as the app would act on it (a command must be
said alone, with a short silence around it). It listens as the app would with the person's own settings: with
"Say “Hey coach” first" on (``[voice] wake_word``, the default) a command needs the wake phrase, "hey coach pause"
or "hey coach" and then "pause" (coach.listening.wake.WAKE_PHRASE); --coach-first and --bare choose either way
whatever the settings say. A person checking their microphone says what the user guide tells them to say, and a
bare "pause" heard as nothing would look like a broken microphone, so the text output says which way it listened.
--all also prints every other utterance, to see what the recogniser made of speech it did not
take as a command. People use it to check their microphone (record with any tool, then run
this); tests and benches use it too.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

# The recogniser and wave load only when this command runs: every `backcoach`, the window too, builds
# this command's parser.
CHUNK_SECONDS = 0.1  # fed as the microphone would: a tenth of a second at a time


class ListenProblem(Exception):
    """The file cannot be read or the recogniser cannot start; the message says what to do."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    listen = commands.add_parser("listen", help="find voice commands in a recording (16 kHz mono WAV)")
    listen.add_argument("--wav", type=Path, required=True, metavar="FILE",
                        help="a 16-bit mono WAV at 16000 Hz (convert with: sox IN -r 16000 -c 1 -b 16 OUT.wav)")
    listen.add_argument("--json", action="store_true", help="print one JSON list of the commands")
    listen.add_argument("--all", action="store_true", help="also print utterances that are not commands")
    wake = listen.add_mutually_exclusive_group()
    wake.add_argument("--coach-first", dest="wake_word", action="store_const", const=True,
                      help="commands need the wake phrase, as in the app with \"Say 'Hey coach' first\" on: "
                           "\"hey coach pause\", or \"hey coach\" and then the command (default: as your settings say)")
    wake.add_argument("--bare", dest="wake_word", action="store_const", const=False,
                      help="commands alone (\"pause\"), as in the app with \"Say 'Hey coach' first\" off")


def read_pcm(path: Path) -> bytes:
    import wave

    from coach.listening.recogniser import SAMPLE_RATE

    try:
        with wave.open(str(path), "rb") as wav:
            shape = (wav.getframerate(), wav.getnchannels(), wav.getsampwidth())
            frames = wav.readframes(wav.getnframes())
    except FileNotFoundError:
        raise ListenProblem(f"{path}: no such file") from None
    except (OSError, EOFError, wave.Error) as error:
        why = f" ({error})" if str(error) else ""  # a file cut short says nothing more than EOFError()
        raise ListenProblem(f"{path}: not a WAV file this can read{why}") from None
    if shape != (SAMPLE_RATE, 1, 2):
        rate, channels, width = shape
        raise ListenProblem(f"{path}: is {rate} Hz, {channels} channel(s), {8 * width}-bit; it must be 16000 Hz "
                            f"mono 16-bit (convert with: sox {path} -r 16000 -c 1 -b 16 converted.wav)")
    return frames


def wake_word_wanted(choice: bool | None, err: TextIO) -> bool:
    """--coach-first (True) or --bare (False), else the person's ``[voice] wake_word`` (read, never changed; a
    settings file that cannot be read gives the default, and a note on err says why)."""
    if choice is not None:
        return choice
    from coach.storage import settings

    found = settings.load()
    for problem in found.problems:
        print(f"backcoach: note: {problem}", file=err)
    return found.voice.wake_word


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
    from coach.listening.recogniser import SAMPLE_RATE, Recogniser, RecogniserError
    from coach.listening.wake import WAKE_PHRASE

    pcm = read_pcm(args.wav)
    chunk = int(SAMPLE_RATE * CHUNK_SECONDS) * 2  # 16-bit samples
    wake_word = wake_word_wanted(args.wake_word, err)
    try:
        recogniser = Recogniser(keep_utterances=args.all, wake_word=wake_word)
    except RecogniserError as error:
        raise ListenProblem(str(error)) from None
    heard = [h for offset in range(0, len(pcm), chunk) for h in recogniser.feed(pcm[offset:offset + chunk])]
    heard += recogniser.finish()
    if args.json:
        json.dump([h.to_json() for h in heard], out, indent=2)
        out.write("\n")
    else:
        phrase = WAKE_PHRASE.text.capitalize()
        print(f"listening for “{phrase}” and a command (--bare: commands alone)" if wake_word else
              f"listening for commands alone (--coach-first: “{phrase}” and a command)", file=out)
        for h in heard:
            print(f"{h.start:7.2f}-{h.end:6.2f} s  {h.command.value:<8} ({h.words})", file=out)
        if not heard:
            print("no commands heard", file=out)
    if args.all and recogniser.utterances is not None:
        for utterance in recogniser.utterances:
            print(f"{utterance.start:7.2f}-{utterance.end:6.2f} s  heard: {utterance.words}",
                  file=err if args.json else out)  # --json keeps stdout to the one list
