"""Voice commands live: latency from the end of a spoken word to the command, and CPU while listening.

A private PulseAudio (Debian package pulseaudio) with a null sink whose monitor is remapped to a
source is the microphone (as in tests/speech/test_listening_end_to_end.py); commands made with
Flite are played into it with paplay. The ListeningService runs as in the app: QAudioSource, the
worker process, the mute gate. Latency is from the moment the word's last sample reaches the sound
server (paplay's start + the clip's lead + the word's length) to ``heard``. CPU is the app's
process plus the worker's, over quiet listening and over commands.

Usage: uv run python bench/listening_live.py [ROUNDS]   (default 3 rounds of every one-word command)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from machine import describe

LEAD, TAIL = 0.3, 0.8
QUIET_SECONDS = 20
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def start_pulse(folder: Path) -> tuple[subprocess.Popen, str]:
    runtime = folder / "pulse"
    runtime.mkdir(mode=0o700)
    socket = runtime / "native"
    env = {**os.environ, "HOME": str(runtime), "XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(runtime)}
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=no",
         "--load=module-null-sink sink_name=bench", f"--load=module-native-protocol-unix socket={socket}",
         "--load=module-remap-source master=bench.monitor source_name=bench_microphone"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not socket.exists():
        if server.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("listening_live: PulseAudio did not start")
        time.sleep(0.05)
    address = f"unix:{socket}"
    subprocess.run(["pactl", "set-default-source", "bench_microphone"], env={**os.environ, "PULSE_SERVER": address},
                   check=True)
    return server, address


def clip(text: str, folder: Path) -> tuple[Path, float]:
    """A Flite clip and the second its word ends."""
    raw, out = folder / "raw.wav", folder / f"{text.replace(' ', '_')}.wav"
    subprocess.run(["flite", "-voice", "slt", "-t", text, "-o", str(raw)], check=True, capture_output=True)
    with wave.open(str(raw)) as wav:
        spoken = wav.getnframes() / wav.getframerate()
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(out), "pad", str(LEAD), str(TAIL)], check=True,
                   capture_output=True)
    return out, LEAD + spoken


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for tool in ("pulseaudio", "pactl", "paplay", "flite", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"listening_live: {tool} is missing")
    print(describe())
    folder = Path(tempfile.mkdtemp(prefix="backcoach-listen-"))
    server, address = start_pulse(folder)
    os.environ["PULSE_SERVER"] = address
    from PySide6.QtWidgets import QApplication

    from coach.listening.commands import PHRASES
    from coach.listening.service import ListeningService

    app = QApplication([])
    service = ListeningService()
    heard: list[tuple[float, str]] = []
    service.heard.connect(lambda command, words: heard.append((time.monotonic(), command.value)))
    service.start()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    deadline = time.monotonic() + 30
    while not service.listening and time.monotonic() < deadline:
        pump(0.05)
    if not service.listening:
        raise SystemExit(f"listening_live: not listening ({service.note})")
    worker = service._client._process.processId()  # a bench may look inside

    def total_cpu() -> float:
        return cpu_seconds(os.getpid()) + cpu_seconds(worker)

    pump(2)
    before, started = total_cpu(), time.monotonic()
    pump(QUIET_SECONDS)
    quiet_share = (total_cpu() - before) / (time.monotonic() - started)
    app_only = cpu_seconds(os.getpid())

    words = [phrase for phrases in PHRASES.values() for phrase in phrases if " " not in phrase]
    clips = {word: clip(word, folder) for word in words}
    latencies: dict[str, list[float]] = {word: [] for word in words}
    missed: list[str] = []
    before, started = total_cpu(), time.monotonic()
    for _round in range(rounds):
        for word in words:
            path, word_end = clips[word]
            heard.clear()
            played = time.monotonic()
            # A low playback latency: a real voice reaches the microphone at once, paplay by default ~0.2 s later.
            player = subprocess.Popen(["paplay", "--latency-msec=10", str(path)], env=os.environ)
            while player.poll() is None:
                pump(0.01)
            pump(1.0)
            if heard:
                latencies[word].append(heard[0][0] - (played + word_end))
            else:
                missed.append(word)
    busy_share = (total_cpu() - before) / (time.monotonic() - started)
    service.stop()
    server.terminate()
    server.wait(10)
    shutil.rmtree(folder, ignore_errors=True)

    every = sorted(x for values in latencies.values() for x in values)
    print(f"commands played: {rounds * len(words)}, heard: {len(every)}, missed: {missed}")
    if every:
        print(f"latency end of word -> heard: median {statistics.median(every) * 1000:.0f} ms, "
              f"min {every[0] * 1000:.0f} ms, max {every[-1] * 1000:.0f} ms")
    for word, values in latencies.items():
        if values:
            print(f"  {word:<10} median {statistics.median(values) * 1000:5.0f} ms ({len(values)} heard)")
    print(f"CPU listening to silence: {quiet_share * 100:.2f} % of a core (app + worker, {QUIET_SECONDS} s); "
          f"app process total so far {app_only:.2f} s")
    print(f"CPU while commands are spoken (one every ~2.5 s): {busy_share * 100:.2f} % of a core")


if __name__ == "__main__":
    main()
