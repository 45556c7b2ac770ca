"""The voice's speed: cue to first audio, stop to silence, UI stalls, preparing a routine, cache size.

Runs against a private PulseAudio null sink (Debian package pulseaudio), so
QtMultimedia plays to a real device in real time and nothing is heard.
"First audio" is when the sound server has taken the first samples from the
sink (QAudioSink.processedUSecs() > 0): the earliest point a speaker could sound.
Usage: uv run python bench/speech.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
HOME = Path(tempfile.mkdtemp(prefix="backcoach-bench-"))
for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[name] = str(HOME / name.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from machine import describe  # noqa: E402

RUNS = 15


def start_sound_server() -> subprocess.Popen:
    runtime = HOME / "pulse"
    runtime.mkdir(mode=0o700)
    socket = runtime / "native"
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1", "--use-pid-file=no",
         "--load=module-null-sink sink_name=bench", f"--load=module-native-protocol-unix socket={socket}"],
        env={**os.environ, "HOME": str(runtime), "XDG_RUNTIME_DIR": str(runtime)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not socket.exists():
        time.sleep(0.02)
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    return server


def main() -> None:
    server = start_sound_server()
    try:
        run()
    finally:
        server.terminate()
        shutil.rmtree(HOME, ignore_errors=True)


def run() -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from coach.domain.compiler import compile_timeline
    from coach.domain.routine import Level
    from coach.domain.routine_loader import load_catalogue
    from coach.resources import builtin_routines_dir
    from coach.speech.service import SpeechService
    from coach.speech.wav_cache import WavCache
    from coach.storage.paths import user_cache_dir
    from coach.speech.voice import VoiceSettings
    from coach.ui.app import application
    from coach.ui.session.session_voice import phrases_of

    app = application()
    cache = WavCache(user_cache_dir() / "speech")
    service = SpeechService(cache, user_cache_dir() / "chimes", VoiceSettings())
    routine = load_catalogue(builtin_routines_dir(), None).routines["lower-back"]
    phrases = sorted({p for level in Level for p in phrases_of(compile_timeline(routine, level))})

    def wait_until(predicate, timeout=30.0) -> None:
        end = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.0005)

    # Warm the worker and the sink so "cold" means "phrase not prepared", not "process not started".
    service.speak("Ready.", token=0)
    wait_until(lambda: not service.busy)

    started = time.perf_counter()
    done = []
    service.prepare_progress.connect(lambda ready, total: done.append(ready == total))
    service.prepare(phrases)
    wait_until(lambda: done and done[-1], timeout=120)
    prepare_seconds = time.perf_counter() - started

    def first_audio_ms(text: str) -> float:
        service.stop()
        app.processEvents()
        started = time.perf_counter()
        service.speak(text, token=1)
        wait_until(lambda: service._voice._sink is not None and service._voice.playing
                   and service._voice._sink.processedUSecs() > 0)
        return (time.perf_counter() - started) * 1000

    prepared = [first_audio_ms(phrases[i % len(phrases)]) for i in range(RUNS)]
    cold = [first_audio_ms(f"Cold phrase number {i}, never said before.") for i in range(RUNS)]

    stops = []
    for i in range(RUNS):
        first_audio_ms(phrases[i % len(phrases)])
        started = time.perf_counter()
        service.stop()
        stops.append((time.perf_counter() - started) * 1000)
        assert not service._voice.playing

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(1)
    long_text = " ".join(["Keep your belly tight and your back pressed to the floor."] * 6)
    service.speak(long_text, token=2)
    wait_until(lambda: not service.busy, timeout=120)
    ticker.stop()
    service.shutdown()

    print(describe())
    print(f"prepare every phrase of lower-back ({len(phrases)}, all levels): {prepare_seconds:.2f} s "
          f"({prepare_seconds / len(phrases) * 1000:.1f} ms a phrase)")
    print(f"cache size after that: {cache.size_bytes() / 1e6:.1f} MB")
    print(f"cue to first audio, prepared: median {statistics.median(prepared):.1f} ms, max {max(prepared):.1f} ms")
    print(f"cue to first audio, cold:     median {statistics.median(cold):.1f} ms, max {max(cold):.1f} ms")
    print(f"stop to silence (stop() returns, sink stopped): median {statistics.median(stops):.2f} ms, "
          f"max {max(stops):.2f} ms")
    print(f"longest event-loop gap while speaking {len(long_text)} characters cold: {max(gaps):.1f} ms "
          f"(1 ms timer, {len(gaps)} ticks)")
    print(f"({RUNS} runs each)")


if __name__ == "__main__":
    main()
