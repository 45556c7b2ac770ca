"""SHA digests without OpenSSL: `hashlib` maps OpenSSL's libcrypto (about 3.5 MiB of resident memory).

The app hashes only short names (the one-instance socket, the speech cache's
file names), for which CPython's own SHA modules give the same digests.
Resident memory is a quality bar (BENCHMARKS.md §10); anything needing
OpenSSL's speed or algorithms imports hashlib itself.
"""

from __future__ import annotations

from typing import Any

try:
    from _sha1 import sha1 as _sha1
except ImportError:  # a Python without CPython's own SHA modules
    from hashlib import sha1 as _sha1
try:
    from _sha2 import sha256 as _sha256  # CPython 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256 as _sha256  # CPython 3.11
    except ImportError:
        from hashlib import sha256 as _sha256


def sha1_hex(data: bytes) -> str:
    """SHA-1 of ``data`` in hex (names only: not for security)."""
    digest: Any = _sha1(data, usedforsecurity=False)
    return str(digest.hexdigest())


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` in hex."""
    digest: Any = _sha256(data)
    return str(digest.hexdigest())
