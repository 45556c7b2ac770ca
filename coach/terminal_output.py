"""What the command line prints reaches the terminal as text, never as terminal commands.

A routine's title, a file name or an argument may hold an ESC (which starts a command that can clear
the screen or retitle the window), a BEL or a CR. The commands escape such values where they print
them (``printable``); this stream is the net under that: it escapes every character that is not
printable except the line breaks the commands write themselves, and writes what the terminal's
encoding cannot show as an escape instead of failing.
"""

from __future__ import annotations

import io
from typing import TextIO, cast

_KEPT = "\n"


def terminal_text(text: str) -> str:
    """``text`` with every unprintable character but a line break written as an escape (\\x1b, \\u2028)."""
    if text.isprintable():
        return text
    return "".join(char if char in _KEPT or char.isprintable() else repr(char)[1:-1] for char in text)


class TerminalStream(io.TextIOBase):
    """Writes to ``stream`` through ``terminal_text``."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self._encoding = getattr(stream, "encoding", None) or "utf-8"

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        shown = terminal_text(text)
        try:
            self._stream.write(shown)
        except UnicodeEncodeError:
            # e.g. Thai text on a Latin-1 terminal
            self._stream.write(shown.encode(self._encoding, "backslashreplace").decode(self._encoding))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()


def terminal_stream(stream: TextIO) -> TextIO:
    """``stream`` through ``terminal_text``, typed as the text stream print() and json.dump() take."""
    return cast(TextIO, TerminalStream(stream))
