#!/usr/bin/env bash
# Regenerate the README's screenshots (offscreen; no display needed).
set -euo pipefail
cd "$(dirname "$0")"
uv run backcoach snapshot lower-back --segment 7 --progress 0.4 --theme light --png session-light.png
uv run backcoach snapshot lower-back --segment 213 --progress 0.2 --theme dark --png session-dark.png
uv run backcoach snapshot lower-back --segment 51 --progress 0.3 --size 800x600 --theme light --png rest-800x600.png
uv run python progress.py .
# The user guide's figure table (docs/user-guide.md): each exercise in the pose it works in.
uv run backcoach figure bridge --pose up --size 640x240 --png figure-bridge.png
uv run backcoach figure knee-to-chest --pose in --size 640x240 --png figure-knee-to-chest.png
uv run backcoach figure rotation --pose dropped --size 640x240 --theme dark --png figure-rotation.png
uv run backcoach figure side-leg-lift --pose up --size 640x240 --png figure-side-leg-lift.png
uv run backcoach figure cat-stretch --pose round --size 640x240 --png figure-cat-stretch.png
