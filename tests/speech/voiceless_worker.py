"""The real speech worker on an engine that lists no voices: as on a system with no voice for a language.

Usage: python voiceless_worker.py [synth_worker options] MODE
"""

from __future__ import annotations

import sys

import pyttsx3

from coach.speech import synth_worker

_real_init = pyttsx3.init


def _init(*args, **kwargs):
    engine = _real_init(*args, **kwargs)
    get = engine.getProperty
    engine.getProperty = lambda name: [] if name == "voices" else get(name)
    return engine


pyttsx3.init = _init

if __name__ == "__main__":
    sys.exit(synth_worker.main(sys.argv[1:]))
