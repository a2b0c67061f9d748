"""The keyring: which data directories are encrypted, and the data keys this
process has unlocked (stdlib only, so start-up can ask without loading any
cryptography). See `storage.keys` for the key file and the wrapping."""

from __future__ import annotations

from pathlib import Path

KEYS_NAME = "keys.json"

_KEYRING: dict[str, bytes] = {}


class Locked(RuntimeError):
    """The data directory is encrypted and was not unlocked in this process."""


class WrongPassphrase(ValueError):
    """The passphrase (or recovery key) does not open the data key."""


def keys_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEYS_NAME


# the staging folder of an encryption switch (storage.switch); here so the light
# read path can see a switch a kill cut short without importing the switch
SWITCH_STAGE = ".encryption-switch"


def switch_pending(data_dir: Path) -> bool:
    """An encryption switch was started and not finished (a kill)."""
    return (Path(data_dir) / SWITCH_STAGE).exists()


def is_encrypted(data_dir: Path) -> bool:
    """True when the data directory holds a key file (encryption is on)."""
    return keys_path(data_dir).is_file()


def _canon(data_dir: Path) -> str:
    return str(Path(data_dir).resolve())


def register(data_dir: Path, data_key: bytes) -> None:
    _KEYRING[_canon(data_dir)] = data_key


def forget(data_dir: Path) -> None:
    _KEYRING.pop(_canon(data_dir), None)


def forget_all() -> None:
    _KEYRING.clear()


def data_key_of(data_dir: Path) -> bytes | None:
    return _KEYRING.get(_canon(data_dir))


def owner_dir(path: Path) -> Path | None:
    """The encrypted data directory a database or evidence path belongs to:
    the nearest of its parents (three levels: the database, a backup, an
    evidence file) with a key file or a registered key; None for a plain one."""
    resolved = Path(path).resolve()
    for parent in list(resolved.parents)[:3]:
        if _canon(parent) in _KEYRING or keys_path(parent).is_file():
            return parent
    return None
