"""coach/digest.py gives hashlib's digests without loading OpenSSL."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from coach.digest import sha1_hex, sha256_hex


@pytest.mark.parametrize("data", [b"", b"abc", b"/home/ana/.local/state/backcoach", bytes(range(256)) * 40])
def test_the_digests_are_hashlibs(data: bytes) -> None:
    assert sha1_hex(data) == hashlib.sha1(data).hexdigest()
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_it_does_not_load_hashlib() -> None:
    code = "import sys\nimport coach.digest\nprint('hashlib' in sys.modules, '_hashlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False False"
