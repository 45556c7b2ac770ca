"""A speech worker that misbehaves on purpose, for the fault tests.

Usage: python fake_worker.py BEHAVIOUR MODE, where BEHAVIOUR is one of
    fatal       the engine cannot start (replies "fatal" and exits)
    no-start    never says it is ready
    hang        ready, then never answers a request
    exit        ready, then exits on the first request
"""

from __future__ import annotations

import json
import sys
import time


def main() -> None:
    behaviour = sys.argv[1]
    if behaviour == "fatal":
        print(json.dumps({"op": "fatal", "error": "no speech driver found"}), flush=True)
        return
    if behaviour == "no-start":
        time.sleep(3600)
    print(json.dumps({"op": "ready"}), flush=True)
    for _line in sys.stdin:
        if behaviour == "hang":
            time.sleep(3600)
        if behaviour == "exit":
            sys.exit(3)


if __name__ == "__main__":
    main()
