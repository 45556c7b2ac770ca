"""The recogniser's worker process: audio packets in on stdin, heard commands out as JSON lines.

Run as ``python -m coach.listening.worker`` (a PyInstaller build: ``backcoach --listen-worker``).
Decoding holds Python's lock for tens of milliseconds; in its own process it can never stall the
window, and a recogniser that crashes or hangs is killed and restarted (coach.listening.client).

Requests on stdin, binary: one kind byte (b"A" audio, b"M" audio recorded while the app was
sounding), a 4-byte little-endian length, then that many bytes of 16-bit mono PCM at 16 kHz; or
b"W", length 1, then b"\x01" or b"\x00": the wake phrase (coach.listening.wake.WAKE_PHRASE) on or off; or b"Q",
length 1, then b"\x01" or b"\x00": whether "yes" and "no" count (a question is open; Recogniser.answers_wanted).
It starts with the wake phrase off and answers counting; the client sends both as soon as the worker is ready.
Replies on stdout, one JSON object a line:
    {"op": "ready"} or {"op": "fatal", "error": "..."} once at start,
    {"op": "heard", "command": "pause", "words": "pause", "start": s, "end": s} for each command,
    {"op": "armed", "seconds": s} when the wake phrase was said alone: a bare command counts for that long,
    {"op": "at", "seconds": s} after a packet that takes it AT_EVERY_SECONDS past the last: how much audio it has
    decoded (the watchdog's pulse).
Audio is decoded in memory and dropped: nothing is stored.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import sys
from collections.abc import Sequence
from typing import BinaryIO, TextIO

from coach.listening.recogniser import SEARCHES, Recogniser, RecogniserError

FROZEN_WORKER_FLAG = "--listen-worker"
AUDIO, MUTED, WAKE, ANSWERS = b"A", b"M", b"W", b"Q"
MAX_PACKET_BYTES = 16_000 * 2 * 10  # ten seconds: more is a broken pipe, not audio
# The watchdog (coach.listening.client) restarts a worker 3 s behind, so a pulse every half second is plenty. One after
# every packet (the microphone's ~64 ms) was a fifth of what listening to a quiet room cost: the app's process took
# 1.1 % of a core, the worker 0.67 %; with this, 0.9 and 0.53 % (three runs each, bench/listening_live.py's machine).
AT_EVERY_SECONDS = 0.5


def packet(pcm: bytes, muted: bool) -> bytes:
    return (MUTED if muted else AUDIO) + struct.pack("<I", len(pcm)) + pcm


def switch_packet(kind: bytes, on: bool) -> bytes:
    return kind + struct.pack("<I", 1) + (b"\x01" if on else b"\x00")


def wake_packet(on: bool) -> bytes:
    return switch_packet(WAKE, on)


def answers_packet(on: bool) -> bytes:
    return switch_packet(ANSWERS, on)


def serve(requests: BinaryIO, replies: TextIO, search: str) -> int:
    def reply(message: dict[str, object]) -> None:
        replies.write(json.dumps(message) + "\n")
        replies.flush()

    try:
        recogniser = Recogniser(search)
    except RecogniserError as error:
        reply({"op": "fatal", "error": str(error)})
        return 1
    reply({"op": "ready"})
    reported = 0.0
    while True:
        header = requests.read(5)
        if len(header) < 5:
            return 0
        kind, (length,) = header[:1], struct.unpack("<I", header[1:])
        if kind not in (AUDIO, MUTED, WAKE, ANSWERS) or length > MAX_PACKET_BYTES or \
                (kind in (WAKE, ANSWERS) and length != 1):
            reply({"op": "fatal", "error": "the audio stream is out of step"})
            return 1
        pcm = requests.read(length)
        if kind == WAKE:
            recogniser.wake_word = pcm == b"\x01"
            continue
        if kind == ANSWERS:
            recogniser.answers_wanted = pcm == b"\x01"
            continue
        armed = recogniser.wake.armed_until
        for heard in recogniser.feed(pcm, muted=kind == MUTED):
            reply({"op": "heard", **heard.to_json()})
        if recogniser.wake.armed_until > armed:
            reply({"op": "armed", "seconds": round(recogniser.wake.armed_until - recogniser.position, 3)})
        if recogniser.position - reported >= AT_EVERY_SECONDS:
            reported = recogniser.position
            reply({"op": "at", "seconds": round(reported, 3)})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="listen_worker")
    parser.add_argument("--search", choices=SEARCHES, default=SEARCHES[0])
    args = parser.parse_args(argv)
    # Keep stdout for replies only: a library's own prints would break the protocol.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1, encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return serve(sys.stdin.buffer, replies, args.search)


if __name__ == "__main__":
    sys.exit(main())
