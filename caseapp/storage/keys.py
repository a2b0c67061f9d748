"""The data directory's key: one random data key, wrapped by the passphrase
and by the recovery key, and the process's keyring of unlocked directories.

``keys.json`` (0600) holds no secret in the clear::

    {"format": "caseapp-keys", "version": 1,
     "wraps": {"passphrase": WRAP, "recovery": WRAP}}
    WRAP = {"kdf": "argon2id", "time_cost": 3, "memory_kib": 65536,
            "parallelism": 1, "salt": HEX, "nonce": HEX, "sealed": HEX}

``sealed`` is the 32-byte data key sealed with ChaCha20-Poly1305 under
Argon2id(secret, salt), with ``b"caseapp key wrap v1 " + name`` as associated
data. A wrong passphrase fails that authentication and nothing else happens.
Changing the passphrase re-seals the one data key: nothing else is rewritten.

From the data key, HKDF-SHA256 derives the SQLCipher database key
(``info=b"caseapp database v1"``) and the evidence key (``info=b"caseapp
evidence v1"``); the evidence files are sealed streams (casefile/sealed.py).

The keyring maps an unlocked data directory to its data key for the life of
the process; `storage.dbconnect` and the evidence store look keys up there.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from caseapp import atomic
from caseapp.casefile.sealed import Argon2Params, argon2id
from caseapp.storage.keyring import (
    KEYS_NAME,
    Locked,
    WrongPassphrase,
    is_encrypted,
    keys_path,
    register,
)

FORMAT = "caseapp-keys"
KEY_LEN = 32
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
MIN_PASSPHRASE = 8

__all__ = ["KEYS_NAME", "Locked", "WrongPassphrase", "is_encrypted", "keys_path", "register"]


class KeysFileError(ValueError):
    """keys.json is missing where it must be, or unreadable."""


def subkey(data_key: bytes, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_LEN,
        salt=None,
        info=f"caseapp {purpose} v1".encode(),
    ).derive(data_key)


def db_key(data_key: bytes) -> bytes:
    return subkey(data_key, "database")


def evidence_key(data_key: bytes) -> bytes:
    return subkey(data_key, "evidence")


# --- wrapping ---------------------------------------------------------------


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_LEN)


def new_recovery_key() -> str:
    """A printable recovery key: 200 random bits in base32, eight groups of
    five (``ABCDE-FGHIJ-…``). Letters and digits 2-7, no 0/1/8/9 to misread."""
    raw = base64.b32encode(secrets.token_bytes(25)).decode("ascii")
    return "-".join(raw[i : i + 5] for i in range(0, 40, 5))


def normalise_recovery(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _aad(name: str) -> bytes:
    return b"caseapp key wrap v1 " + name.encode("ascii")


def wrap(
    data_key: bytes, secret: str, name: str, params: Argon2Params | None = None
) -> dict[str, Any]:
    params = params or Argon2Params()
    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = argon2id(secret.encode("utf-8"), salt, params)
    sealed = ChaCha20Poly1305(kek).encrypt(nonce, data_key, _aad(name))
    return {
        "kdf": "argon2id",
        "time_cost": params.time_cost,
        "memory_kib": params.memory_kib,
        "parallelism": params.parallelism,
        "salt": salt.hex(),
        "nonce": nonce.hex(),
        "sealed": sealed.hex(),
    }


def unwrap(entry: dict[str, Any], secret: str, name: str) -> bytes:
    try:
        params = Argon2Params(
            int(entry["time_cost"]), int(entry["memory_kib"]), int(entry["parallelism"])
        )
        salt = bytes.fromhex(entry["salt"])
        nonce = bytes.fromhex(entry["nonce"])
        sealed = bytes.fromhex(entry["sealed"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeysFileError(KEYS_NAME) from exc
    if entry.get("kdf") != "argon2id" or not (1 <= params.time_cost <= 64):
        raise KeysFileError(KEYS_NAME)
    if not 8 <= params.memory_kib <= 4 * 1024 * 1024:
        raise KeysFileError(KEYS_NAME)
    kek = argon2id(secret.encode("utf-8"), salt, params)
    try:
        return ChaCha20Poly1305(kek).decrypt(nonce, sealed, _aad(name))
    except InvalidTag:
        raise WrongPassphrase() from None


def keys_document(
    data_key: bytes, passphrase: str, recovery: str, params: Argon2Params | None = None
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": 1,
        "wraps": {
            PASSPHRASE: wrap(data_key, passphrase, PASSPHRASE, params),
            RECOVERY: wrap(data_key, normalise_recovery(recovery), RECOVERY, params),
        },
    }


def encode_keys(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, sort_keys=True, indent=1) + "\n").encode("utf-8")


def read_keys(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_bytes())
    except FileNotFoundError as exc:
        raise KeysFileError(str(path)) from exc
    except ValueError as exc:
        raise KeysFileError(str(path)) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != 1:
        raise KeysFileError(str(path))
    if not isinstance(doc.get("wraps"), dict):
        raise KeysFileError(str(path))
    return doc


def open_data_key(data_dir: Path, secret: str, *, recovery: bool = False) -> bytes:
    """The data key, unwrapped by the passphrase (or the recovery key).
    Raises WrongPassphrase; changes nothing either way."""
    doc = read_keys(keys_path(data_dir))
    name = RECOVERY if recovery else PASSPHRASE
    entry = doc["wraps"].get(name)
    if not isinstance(entry, dict):
        raise KeysFileError(KEYS_NAME)
    return unwrap(entry, normalise_recovery(secret) if recovery else secret, name)


def unlock(data_dir: Path, secret: str, *, recovery: bool = False) -> bytes:
    """Unwrap and register the data key of an encrypted data directory."""
    key = open_data_key(data_dir, secret, recovery=recovery)
    register(data_dir, key)
    return key


def rewrap_passphrase(data_dir: Path, old: str, new: str, *, recovery: bool = False) -> None:
    """Change the passphrase: the data key re-sealed, keys.json replaced whole
    (atomic: a kill leaves the old file or the new one)."""
    key = open_data_key(data_dir, old, recovery=recovery)
    path = keys_path(data_dir)
    doc = read_keys(path)
    doc["wraps"][PASSPHRASE] = wrap(key, new, PASSPHRASE)
    atomic.write_bytes(path, encode_keys(doc))
