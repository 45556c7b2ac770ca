"""``backcoach listen --wav FILE [--json] [--all] [--coach-first]``: the app's recogniser on a recording.

Prints each command heard with its time, as the app would act on it (a command must be
said alone, with a short silence around it). --coach-first listens as the app does with
"Say “Hey coach” first" on (``[voice] wake_word``): "hey coach pause", or "hey coach" and then "pause"
(the phrase is coach.listening.wake.WAKE_PHRASE).
--all also prints every other utterance, to see what the recogniser made of speech it did not
take as a command. People use it to check their microphone (record with any tool, then run
this); tests and benches use it too.
"""

from __future__ import annotations

import argparse
import json
import sys
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
    listen.add_argument("--coach-first", action="store_true",
                        help="commands need the wake phrase, as in the app with [voice] wake_word on: "
                             "\"hey coach pause\", or \"hey coach\" and then the command")


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
        raise ListenProblem(f"{path}: not a WAV file this can read ({error})") from None
    if shape != (SAMPLE_RATE, 1, 2):
        rate, channels, width = shape
        raise ListenProblem(f"{path}: is {rate} Hz, {channels} channel(s), {8 * width}-bit; it must be 16000 Hz "
                            f"mono 16-bit (convert with: sox {path} -r 16000 -c 1 -b 16 converted.wav)")
    return frames


def run(args: argparse.Namespace, out: TextIO) -> None:
    from coach.listening.recogniser import SAMPLE_RATE, Recogniser, RecogniserError

    pcm = read_pcm(args.wav)
    chunk = int(SAMPLE_RATE * CHUNK_SECONDS) * 2  # 16-bit samples
    try:
        recogniser = Recogniser(keep_utterances=args.all, wake_word=args.coach_first)
    except RecogniserError as error:
        raise ListenProblem(str(error)) from None
    heard = [h for offset in range(0, len(pcm), chunk) for h in recogniser.feed(pcm[offset:offset + chunk])]
    heard += recogniser.finish()
    if args.json:
        json.dump([h.to_json() for h in heard], out, indent=2)
        out.write("\n")
    else:
        for h in heard:
            print(f"{h.start:7.2f}-{h.end:6.2f} s  {h.command.value:<8} ({h.words})", file=out)
        if not heard:
            print("no commands heard", file=out)
    if args.all and recogniser.utterances is not None:
        for utterance in recogniser.utterances:
            print(f"{utterance.start:7.2f}-{utterance.end:6.2f} s  heard: {utterance.words}",
                  file=sys.stderr if args.json else out)  # --json keeps stdout to the one list
