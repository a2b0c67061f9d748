"""Encryption at rest: turning it on and off, unlocking, the passphrase.

See storage/keys.py (the data key and its wraps), storage/switch.py (the
switch that survives a kill) and docs/encryption.md (what it protects)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.storage import keyring

if TYPE_CHECKING:
    from caseapp.services.service import CaseService

MIN_PASSPHRASE = 8
Locked = keyring.Locked
WrongPassphrase = keyring.WrongPassphrase


def _service_error(problems: list[str]) -> Exception:
    """The service's error, imported when raised: `is_encrypted` is asked
    before the first paint, where the domain model is not loaded yet."""
    from caseapp.services.api import ServiceError

    return ServiceError(problems)


def is_encrypted(data_dir: Path) -> bool:
    """Encryption is on (a key file is there). A switch a kill interrupted is
    finished or abandoned first, when the data directory is free."""
    _recover_if_free(Path(data_dir))
    return keyring.is_encrypted(Path(data_dir))


def is_unlocked(data_dir: Path) -> bool:
    return keyring.data_key_of(Path(data_dir)) is not None


def _recover_if_free(data_dir: Path) -> None:
    if not (data_dir / keyring.SWITCH_STAGE).exists():  # = switch.stage_dir, kept light
        return
    from filelock import FileLock, Timeout

    from caseapp.services.service import LOCK_NAME
    from caseapp.storage import switch

    lock = FileLock(str(data_dir / LOCK_NAME), timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        return  # the process holding it recovers when it opens
    try:
        switch.recover(data_dir)
    finally:
        lock.release()


def unlock(data_dir: Path, passphrase: str, *, recovery: bool = False) -> None:
    """Unwrap the data key into this process's keyring. Raises
    keys.WrongPassphrase (nothing changes)."""
    from caseapp.storage import keys

    _recover_if_free(Path(data_dir))
    keys.unlock(Path(data_dir), passphrase, recovery=recovery)


def lock(data_dir: Path) -> None:
    keyring.forget(Path(data_dir))


def _check_new(svc: CaseService, passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise _service_error([svc.msg("passphrase_too_short", min=MIN_PASSPHRASE)])


def enable(svc: CaseService, passphrase: str, hook: Callable[[str], None] | None = None) -> str:
    """Encrypt the data directory; returns the recovery key to print."""
    from caseapp.storage import keys, switch

    if keyring.is_encrypted(svc.data_dir):
        raise _service_error([svc.msg("already_encrypted")])
    _check_new(svc, passphrase)
    data_key = keys.new_data_key()
    recovery = keys.new_recovery_key()
    document = keys.encode_keys(keys.keys_document(data_key, passphrase, recovery))
    svc._engine.dispose()
    try:
        switch.switch(svc.data_dir, old_key=None, new_key=data_key, keys_json=document, hook=hook)
    finally:
        switch.recover(svc.data_dir)  # after a failure: abandoned (before commit) or finished
        if keyring.is_encrypted(svc.data_dir):
            keyring.register(svc.data_dir, data_key)
        svc._open_engines()
    return recovery


def disable(svc: CaseService, passphrase: str, hook: Callable[[str], None] | None = None) -> None:
    """Decrypt the data directory; needs the passphrase (or raises)."""
    from caseapp.storage import keys, switch

    if not keyring.is_encrypted(svc.data_dir):
        raise _service_error([svc.msg("not_encrypted")])
    try:
        data_key = keys.open_data_key(svc.data_dir, passphrase)
    except keys.WrongPassphrase as exc:
        raise _service_error([svc.msg("wrong_passphrase")]) from exc
    svc._engine.dispose()
    try:
        switch.switch(svc.data_dir, old_key=data_key, new_key=None, keys_json=None, hook=hook)
    finally:
        switch.recover(svc.data_dir)
        if not keyring.is_encrypted(svc.data_dir):
            keyring.forget(svc.data_dir)
        svc._open_engines()


def change_passphrase(svc: CaseService, old: str, new: str, *, recovery: bool = False) -> None:
    """Re-wrap the data key with a new passphrase (old passphrase or the
    recovery key needed). Nothing else is rewritten."""
    from caseapp.storage import keys

    _check_new(svc, new)
    try:
        keys.rewrap_passphrase(svc.data_dir, old, new, recovery=recovery)
    except keys.WrongPassphrase as exc:
        raise _service_error([svc.msg("wrong_passphrase")]) from exc


def check_passphrase(data_dir: Path, passphrase: str) -> bool:
    """True when the passphrase opens the data key (the window's lock, with
    encryption on). Changes nothing."""
    from caseapp.storage import keys

    try:
        keys.open_data_key(Path(data_dir), passphrase)
    except keys.WrongPassphrase:
        return False
    return True


def evidence_bytes(path: Path, limit: int = 64 * 1024 * 1024) -> bytes | None:
    """The plaintext of a stored evidence file (for a thumbnail, in memory
    only): decrypted when sealed, None when over ``limit`` or unreadable."""
    from caseapp.casefile.sealed import SealedError, is_sealed, open_sealed
    from caseapp.storage import keys

    try:
        if not is_sealed(path):
            return path.read_bytes() if path.stat().st_size <= limit else None
        owner = keyring.owner_dir(path)
        data_key = None if owner is None else keyring.data_key_of(owner)
        if data_key is None:
            return None
        with open_sealed(path, keys.evidence_key(data_key)) as stream:
            data = stream.read(limit + 1)
    except (OSError, SealedError):
        return None
    return data if len(data) <= limit else None
