"""The PyInstaller build's entry point: the app, or its speech worker.

A frozen build has no Python interpreter to start the speech worker with
(``python -m coach.speech.synth_worker``): the app's own executable is all
there is. So synth_client starts ``backcoach --speech-worker ARGS`` instead,
and this script sends that to the worker before anything else is imported:
the worker must not pay for (or be disturbed by) the command line or Qt.
"""

import sys

from coach.speech.synth_worker import FROZEN_WORKER_FLAG

if __name__ == "__main__":
    if sys.argv[1:2] == [FROZEN_WORKER_FLAG]:
        from coach.speech.synth_worker import main as worker_main

        sys.exit(worker_main(sys.argv[2:]))
    if sys.argv[1:2] == ["--listen-worker"]:  # coach.listening.worker.FROZEN_WORKER_FLAG
        from coach.listening.worker import main as listen_main

        sys.exit(listen_main(sys.argv[2:]))
    from coach.cli import main

    sys.exit(main())
