"""Is there a sound output? Answered cheaply when a sound server answers, else by QtMultimedia.

QtMultimedia knows for sure (it lists the outputs), but loading it and its FFmpeg back-end
costs about 10 MiB and tens of milliseconds, too much for the home screen's "Voice ready."
while nobody has started a session yet (BENCHMARKS.md, "Start-up and memory"). On Linux
QtMultimedia plays through the PulseAudio protocol (PulseAudio itself, or PipeWire's pulse
server), so a server that accepts a connection on its socket is a sound output: it always
has a sink, a dummy one at worst, and Qt lists it. When no server answers (or the address is
not a local socket, or this is not Linux), QtMultimedia decides, as before.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

# A local server answers at once; a socket nobody listens on refuses at once. This only bounds a stuck one.
CONNECT_TIMEOUT_SECONDS = 0.2


def sound_output_available() -> bool:
    """True if something can play the voice (a sound server answers, or QtMultimedia lists an output)."""
    if sound_server_answers(os.environ):
        return True
    from coach.speech.wav_player import qt_lists_an_output

    return qt_lists_an_output()


def sound_server_answers(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """A PulseAudio-protocol server accepts a connection on one of the sockets a client would try."""
    if not platform.startswith("linux"):
        return False
    return any(_accepts(path) for path in server_sockets(environ))


def server_sockets(environ: Mapping[str, str]) -> list[Path]:
    """Where a PulseAudio client looks, in its order: $PULSE_SERVER if set (its local sockets only), else
    the user's runtime folder, then the system-wide server."""
    configured = environ.get("PULSE_SERVER", "").strip()
    if configured:
        # A list of addresses, tried in turn; "unix:/path" or a bare path are local sockets, the rest
        # (tcp:host, {machine-id}host) are for QtMultimedia to judge.
        paths = []
        for address in configured.split():
            if address.startswith("{"):
                address = address.partition("}")[2]
            address = address.removeprefix("unix:")
            if address.startswith("/"):
                paths.append(Path(address))
        return paths
    runtime = environ.get("XDG_RUNTIME_DIR")
    paths = [Path(runtime) / "pulse" / "native"] if runtime else []
    return [*paths, Path("/run/pulse/native"), Path("/var/run/pulse/native")]


def _accepts(path: Path) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(CONNECT_TIMEOUT_SECONDS)
            probe.connect(str(path))
        return True
    except OSError:
        return False
