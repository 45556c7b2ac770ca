"""Writes coach/listening/filler_words.txt: the most frequent English words, for the recogniser's garbage loop.

The words come from the language model inside the pocketsphinx wheel (its unigram
probabilities), leaving out the one-word commands themselves, so that ordinary talk
has ordinary words to be decoded as, and only a command said alone decodes as a command.

Usage: uv run python bench/listening_fillers.py [COUNT]   (default: coach.listening.decoders.FILLER_WORDS)
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.listening.commands import all_phrases
from coach.listening.decoders import FILLER_PATH, FILLER_WORDS


def write_arpa(path: Path) -> None:
    """The wheel's language model as ARPA text, as far as its unigrams. pocketsphinx 5.1.1's NGramModel.write()
    crashes (segmentation fault) part-way through the trigrams: it runs in a child, and only the unigram
    section, written first, is used (frequent_words checks it is whole)."""
    script = (
        "import os, sys, pocketsphinx as ps\n"
        "config, logmath = ps.Config(), ps.LogMath()\n"
        "model = ps.NGramModel(config, logmath, os.path.join(ps.get_model_path(), 'en-us', 'en-us.lm.bin'))\n"
        "model.write(sys.argv[1], ps.NGramModel.str_to_type('arpa'))\n")
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)


def frequent_words(count: int) -> list[str]:
    commands = {phrase for phrase in all_phrases() if " " not in phrase}
    with tempfile.TemporaryDirectory() as scratch:
        arpa = Path(scratch) / "en-us.arpa"
        write_arpa(arpa)
        scored: list[tuple[float, str]] = []
        whole = False
        with arpa.open(encoding="utf-8") as lines:
            in_unigrams = False
            for line in lines:
                if line.startswith("\\1-grams"):
                    in_unigrams = True
                elif line.startswith("\\2-grams"):
                    whole = True
                    break
                elif in_unigrams and line.strip():
                    fields = line.split("\t")
                    word = fields[1].strip()
                    if re.fullmatch(r"[a-z][a-z']*", word) and word not in commands:
                        scored.append((float(fields[0]), word))
    if not whole:
        raise SystemExit("listening_fillers: pocketsphinx did not write the language model's unigrams")
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [word for _score, word in scored[:count]]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else FILLER_WORDS
    words = frequent_words(count)
    FILLER_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {FILLER_PATH}")


if __name__ == "__main__":
    main()
