#!/usr/bin/env bash
# Regenerate the README's screenshots (offscreen; no display needed).
set -euo pipefail
cd "$(dirname "$0")"
uv run backcoach snapshot lower-back --segment 7 --progress 0.4 --theme light --png session-light.png
uv run backcoach snapshot lower-back --segment 213 --progress 0.2 --theme dark --png session-dark.png
uv run backcoach snapshot lower-back --segment 51 --progress 0.3 --size 800x600 --theme light --png rest-800x600.png
uv run python progress.py .
uv run python exercises.py .
