"""Canonical JSON: the exact bytes the journal hashes and `state_sha256` covers.

UTF-8, keys sorted, no insignificant whitespace, non-ASCII written as is,
money always as strings (the codec never emits floats). Same as

    json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
"""

from __future__ import annotations

import hashlib
import json


def canonical_bytes(obj: object) -> bytes:
    return json.dumps(
        obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
