#!/usr/bin/env bash
# Build the standalone Linux folder (PyInstaller, backcoach.spec) and smoke-test it as a person's
# first run would: empty XDG folders, no screen (Qt's offscreen platform), a private silent sound
# server. CI runs this (.ci/run). Prints the folder's size and how long the checks took; exits
# non-zero, with the reason, on any failure.
#
# Usage: bash packaging/pyinstaller/build_linux.sh   (from anywhere; output in build/pyinstaller/)
set -euo pipefail
cd "$(dirname "$0")/../.."

# The newest PyInstaller 6.x when this was written; it supports Python 3.8-3.14 and PySide6 6.11.
PYINSTALLER_VERSION=6.22.3
OUT=build/pyinstaller
DIST="$OUT/dist"
WORK="$OUT/work"
APP="$DIST/backcoach/backcoach"
LOG="$OUT/pyinstaller.log"
ROUTINE=cat-stretch
PHRASE="Lift your hips."

fail() { printf 'build_linux.sh: FAILED: %s\n' "$*" >&2; exit 1; }
seconds_since() { awk -v start="$1" -v now="$EPOCHREALTIME" 'BEGIN { printf "%.2f", now - start }'; }

for tool in uv sox soxi pulseaudio; do
    command -v "$tool" >/dev/null || fail "$tool is missing (packaging/debian-packages.txt lists the packages)"
done

printf 'building with PyInstaller %s (log: %s)\n' "$PYINSTALLER_VERSION" "$LOG"
mkdir -p "$OUT"
started=$EPOCHREALTIME
if ! uv run --with "pyinstaller==$PYINSTALLER_VERSION" pyinstaller --noconfirm --clean \
        --distpath "$DIST" --workpath "$WORK" packaging/pyinstaller/backcoach.spec >"$LOG" 2>&1; then
    tail -n 30 "$LOG" >&2
    fail "PyInstaller did not build (last lines above, all of it in $LOG)"
fi
printf 'built in %s s\n' "$(seconds_since "$started")"

# ----- what the folder must hold

[ -x "$APP" ] || fail "no executable at $APP"
internal="$DIST/backcoach/_internal"
for needed in coach/resources/routines coach/resources/figures coach/resources/icons; do
    [ -d "$internal/$needed" ] || fail "the bundle has no $needed (coach/resources.py looks there)"
done
if [ -d packaging/linux ]; then
    [ -d "$internal/coach/resources/desktop" ] || fail "the bundle has no coach/resources/desktop"
fi
# The Windows and macOS icons are packed on every build (make_icons.py); check them here, where CI runs.
icons="$WORK/backcoach/icons"
python3 - "$icons/backcoach.ico" "$icons/backcoach.icns" <<'EOF' || fail "the .ico or .icns drawn from the SVG is malformed"
import struct, sys
ico, icns = (open(path, "rb").read() for path in sys.argv[1:])
assert struct.unpack("<HHH", ico[:6])[:2] == (0, 1) and struct.unpack("<H", ico[4:6])[0] >= 5, "ico header"
assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns), "icns header"
assert ico.count(b"\x89PNG") >= 5 and icns.count(b"\x89PNG") >= 5, "PNG images"
EOF

# ----- a first run: empty folders, no screen, silent sound

scratch="$(mktemp -d)"
pulse_pid=""
cleanup() {
    [ -z "$pulse_pid" ] || kill "$pulse_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
for dir in config data state cache runtime; do mkdir -m 700 "$scratch/$dir"; done
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen
# A null sink: QtMultimedia finds an output device and the session speaks, but nothing is heard.
HOME="$scratch/runtime" pulseaudio --daemonize=no -n --exit-idle-time=-1 --disallow-exit --use-pid-file=no \
    "--load=module-null-sink sink_name=smoke" "--load=module-native-protocol-unix socket=$scratch/pulse" \
    >/dev/null 2>&1 &
pulse_pid=$!
export PULSE_SERVER="unix:$scratch/pulse"
for _ in $(seq 100); do [ -S "$scratch/pulse" ] && break; sleep 0.1; done
[ -S "$scratch/pulse" ] || fail "PulseAudio (the silent sound server for the session) did not start"

started=$EPOCHREALTIME
version="$(timeout 30 "$APP" --version)" || fail "backcoach --version failed"
version_seconds="$(seconds_since "$started")"
expected="backcoach $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' coach/__init__.py)"
[ "$version" = "$expected" ] || fail "backcoach --version said '$version', not '$expected'"
echo "backcoach --version: $version"

routines="$(timeout 30 "$APP" list)" || fail "backcoach list failed"
grep -q "^$ROUTINE " <<<"$routines" || fail "backcoach list does not list $ROUTINE (resources not found?)"
echo "backcoach list: lists the built-in routines"

# The CLI's own engine: the espeak driver and its library load in the frozen app.
wav="$scratch/say.wav"
timeout 30 "$APP" say "$PHRASE" --wav "$wav" || fail "backcoach say --wav failed"
duration="$(soxi -D "$wav")" || fail "backcoach say wrote no readable WAV"
rms="$(sox "$wav" -n stat 2>&1 | awk '/RMS +amplitude/ { print $3 }')"
awk -v d="$duration" -v r="$rms" 'BEGIN { exit !(d > 0.3 && r > 0.01) }' \
    || fail "the spoken WAV is too short or silent: $duration s, RMS amplitude $rms"
echo "backcoach say --wav: $duration s, RMS amplitude $rms"

# Voice commands' recogniser: pocketsphinx and its bundled model load in the frozen app (a missing
# model is a one-line error and exit 1). The app's own espeak voice is a poor stand-in for a person
# (BENCHMARKS.md, "Voice commands"), so this checks the recogniser runs, not what it hears.
sox "$wav" -r 16000 -c 1 -b 16 "$scratch/listen.wav" pad 0.5 0.8 || fail "sox could not convert the spoken WAV"
heard="$(timeout 60 "$APP" listen --wav "$scratch/listen.wav" --json)" || fail "backcoach listen --wav failed"
python3 -c 'import json, sys; assert isinstance(json.loads(sys.argv[1]), list)' "$heard" \
    || fail "backcoach listen --wav --json printed no JSON list: $heard"
echo "backcoach listen --wav: the recogniser loaded its model and answered $(tr -d '\n ' <<<"$heard")"

# The speech worker as the app starts it when frozen (synth_worker.default_worker_command).
worker_wav="$scratch/worker.wav"
replies="$(printf '{"op": "synth", "id": 1, "text": "%s", "path": "%s"}\n' "$PHRASE" "$worker_wav" \
    | timeout 30 "$APP" --speech-worker file 2>/dev/null)" || fail "backcoach --speech-worker failed"
grep -q '"op": "done", "id": 1' <<<"$replies" || fail "the frozen speech worker answered: $replies"
[ -s "$worker_wav" ] || fail "the frozen speech worker wrote no WAV"
echo "backcoach --speech-worker: answered and wrote a $(soxi -D "$worker_wav") s WAV"

started=$EPOCHREALTIME
timeout 120 "$APP" --start "$ROUTINE" --speed 50 --exit-when-done \
    || fail "a sped-up $ROUTINE session did not run to the end and exit 0"
session_seconds="$(seconds_since "$started")"
phrases="$(find "$XDG_CACHE_HOME" -name '*.wav' | wc -l)"
[ "$phrases" -gt 0 ] || fail "the session made no speech (its worker wrote nothing to $XDG_CACHE_HOME)"
echo "backcoach --start $ROUTINE --speed 50 --exit-when-done: exit 0, $phrases phrases spoken by the worker"

printf '\nbundle: %s (%s files)\n' "$(du -sh "$DIST/backcoach" | cut -f1)" "$(find "$DIST/backcoach" -type f | wc -l)"
printf 'time: --version %s s, sped-up %s session %s s\n' "$version_seconds" "$ROUTINE" "$session_seconds"
echo "standalone Linux build: all checks passed ($DIST/backcoach)"
