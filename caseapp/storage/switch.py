"""Turning encryption on or off, so that a kill at any moment leaves either
the whole old state or the whole new one.

Everything new is first built in ``<data dir>/.encryption-switch/new/``: the
database (``sqlcipher_export`` into a database keyed for the new state), every
backup likewise, every stored evidence file re-sealed (or unsealed), and for
"on" the new ``keys.json``. All of it is made durable, then one file,
``.encryption-switch/COMMIT`` (``on`` or ``off``), is written atomically: the
commit point. Before it, `recover` throws the staging away (the old state
never changed); after it, `recover` rolls forward: each old item is moved into
``.encryption-switch/old/`` and the new one moved in (each step a rename, done
again harmlessly), the old database's ``-wal``/``-shm`` removed, and the
staging directory deleted. Every opening of a data directory calls `recover`
first (the service, under the data directory's lock).

A damaged database set aside before encryption was turned on
(``caseapp.sqlite3.damaged-<time>``, storage.health) is sealed whole into
``…damaged-<time>.sealed`` (casefile/sealed.py, the evidence key) and the plain
one removed with the old state; turning encryption off leaves set-aside files as
they are (docs/encryption.md).

The disk space needed while switching is about twice the data directory.
Deleting the old files does not wipe the blocks they used (docs/encryption.md).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from caseapp import atomic
from caseapp.casefile import sealed
from caseapp.storage import dbconnect, keyring, keys
from caseapp.storage.backups import BACKUP_DIR
from caseapp.storage.evidence_store import SHA_RE
from caseapp.storage.lean import DB_NAME
from caseapp.storage.private import READ_ONLY_MODE, private_dir

STAGE = keyring.SWITCH_STAGE
COMMIT = "COMMIT"
EVIDENCE = "evidence"
Hook = Callable[[str], None]
DAMAGED_GLOB = DB_NAME + ".damaged-*"  # storage.health.set_aside's names
SEALED_SUFFIX = ".sealed"


def _damaged_plain(data_dir: Path) -> list[Path]:
    """Damaged databases set aside in plain form (with their -wal/-shm)."""
    return sorted(
        p
        for p in Path(data_dir).glob(DAMAGED_GLOB)
        if p.is_file() and not p.name.endswith(SEALED_SUFFIX)
    )


def stage_dir(data_dir: Path) -> Path:
    return Path(data_dir) / STAGE


def _export_db(src: Path, src_key: bytes | None, dst: Path, dst_key: bytes | None) -> None:
    """Copy a database into a new file keyed for the other state (SQLCipher's
    ``sqlcipher_export``; SQLCipher opens a plain database without a key)."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(src))
    try:
        if src_key is not None:
            conn.execute(f"PRAGMA key = \"x'{keys.db_key(src_key).hex()}'\"")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        target_key = "''" if dst_key is None else f"\"x'{keys.db_key(dst_key).hex()}'\""
        conn.execute(f"ATTACH DATABASE ? AS target KEY {target_key}", (str(dst),))
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.commit()
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    os.chmod(dst, 0o600)
    _fsync(dst)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reseal(src: Path, src_key: bytes | None, dst: Path, dst_key: bytes | None) -> None:
    private_dir(dst.parent)
    reader: IO[bytes]
    if src_key is None:
        reader = open(src, "rb")  # noqa: SIM115 - closed by the with below
    else:
        reader = sealed.open_sealed(src, keys.evidence_key(src_key))
    with reader, open(dst, "wb") as raw:
        sink: Any = raw
        if dst_key is not None:
            sink = sealed.SealedWriter(raw, keys.evidence_key(dst_key), sealed.raw_header())
        while chunk := reader.read(sealed.CHUNK_SIZE * 16):
            sink.write(chunk)
        if sink is not raw:
            sink.close()
        raw.flush()
        os.fsync(raw.fileno())
    os.chmod(dst, READ_ONLY_MODE)


def switch(
    data_dir: Path,
    *,
    old_key: bytes | None,
    new_key: bytes | None,
    keys_json: bytes | None,
    hook: Hook | None = None,
) -> None:
    """Re-key the data directory from ``old_key`` (None: plain) to
    ``new_key`` (None: plain); ``keys_json``: the new key file ("on"). The
    caller holds the data directory's lock and has closed its connections."""
    data_dir = Path(data_dir)
    step = hook or (lambda _name: None)
    recover(data_dir)
    stage = stage_dir(data_dir)
    new = private_dir(stage / "new")
    step("staged")
    db = data_dir / DB_NAME
    if db.is_file() and db.stat().st_size > 0:
        _export_db(db, old_key, new / DB_NAME, new_key)
    step("database")
    backups = data_dir / BACKUP_DIR
    if backups.is_dir():
        private_dir(new / BACKUP_DIR)
        for item in sorted(backups.glob("*.sqlite3")):
            _export_db(item, old_key, new / BACKUP_DIR / item.name, new_key)
    step("backups")
    evidence = data_dir / EVIDENCE
    if evidence.is_dir():
        private_dir(new / EVIDENCE)
        for sub in sorted(evidence.iterdir()):
            if not (sub.is_dir() and len(sub.name) == 2):
                continue  # incoming/: unfinished copies, not kept
            for item in sorted(sub.iterdir()):
                if SHA_RE.match(item.name):
                    _reseal(item, old_key, new / EVIDENCE / sub.name / item.name, new_key)
            atomic.fsync_dir(new / EVIDENCE / sub.name)
            step("evidence-file")
    step("evidence")
    if old_key is None and new_key is not None:
        # a damaged database set aside (storage.health) is kept, never deleted:
        # sealed whole, as an evidence file is, so no plain copy stays behind
        for item in _damaged_plain(data_dir):
            _reseal(item, None, new / (item.name + SEALED_SUFFIX), new_key)
    if keys_json is not None:
        atomic.write_bytes(new / keyring.KEYS_NAME, keys_json)
    for folder in (new, new / EVIDENCE, new / BACKUP_DIR):
        if folder.is_dir():
            atomic.fsync_dir(folder)
    step("before-commit")
    atomic.write_text(stage / COMMIT, "on" if new_key is not None else "off")
    step("committed")
    _roll_forward(data_dir, step)


def _move_in(data_dir: Path, name: str, step: Hook) -> None:
    stage = stage_dir(data_dir)
    new = stage / "new" / name
    old = private_dir(stage / "old") / name
    current = data_dir / name
    if not new.exists():
        return  # already moved in (or nothing to move)
    if current.exists() or current.is_symlink():
        if old.exists():
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        os.replace(current, old)
        step(f"moved-out-{name}")
    os.replace(new, current)
    atomic.fsync_dir(data_dir)
    step(f"moved-in-{name}")


def _roll_forward(data_dir: Path, step: Hook) -> None:
    stage = stage_dir(data_dir)
    mode = (stage / COMMIT).read_text(encoding="ascii").strip()
    for suffix in ("-wal", "-shm", "-journal"):
        stale = data_dir / (DB_NAME + suffix)
        if stale.exists():
            stale.unlink()  # the old database's; it was closed and checkpointed
    for name in (DB_NAME, BACKUP_DIR, EVIDENCE):
        _move_in(data_dir, name, step)
    for sealed_copy in sorted((stage / "new").glob(DAMAGED_GLOB + SEALED_SUFFIX)):
        _move_in(data_dir, sealed_copy.name, step)
    if mode == "on":
        for item in _damaged_plain(data_dir):
            if (data_dir / (item.name + SEALED_SUFFIX)).is_file():  # its sealed copy is in
                os.replace(item, private_dir(stage / "old") / item.name)
        atomic.fsync_dir(data_dir)
    key_file = data_dir / keyring.KEYS_NAME
    if mode == "on":
        _move_in(data_dir, keyring.KEYS_NAME, step)
    elif key_file.exists():
        os.replace(key_file, private_dir(stage / "old") / keyring.KEYS_NAME)
        atomic.fsync_dir(data_dir)
        step("keys-removed")
    (stage / COMMIT).unlink()
    atomic.fsync_dir(stage)
    step("uncommitted")
    shutil.rmtree(stage, ignore_errors=True)


def recover(data_dir: Path) -> str | None:
    """Finish or abandon a switch a kill interrupted. Returns "rolled-forward",
    "abandoned" or None (nothing to do). Call with the data directory's lock."""
    stage = stage_dir(data_dir)
    if not stage.exists():
        return None
    if (stage / COMMIT).is_file():
        _roll_forward(Path(data_dir), lambda _name: None)
        return "rolled-forward"
    shutil.rmtree(stage, ignore_errors=True)
    return "abandoned"


def check_db(path: Path, key: bytes | None) -> int:
    """The number of cases in a database opened with ``key`` (tests, checks)."""
    conn = dbconnect.connect(path, key=key)
    try:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        conn.close()
