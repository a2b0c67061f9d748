"""Every connection to a caseapp database goes through `connect`.

A plain data directory gets the standard library's ``sqlite3``. In an
encrypted one (``keys.json`` present, see `storage.keys`) the connection is
SQLCipher's (``sqlcipher3``), keyed with the raw 256-bit database key derived
from the unlocked data key; without that key `Locked` is raised, so nothing
ever opens an encrypted directory's database as plain SQLite or creates a
plain one beside it. ``sqlcipher3`` is imported only then.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from caseapp.storage import keyring

_AUTO = object()


def _sqlcipher(path: str, uri: bool, db_key: bytes, **kwargs: Any) -> Any:
    import sqlcipher3

    conn = sqlcipher3.connect(path, uri=uri, **kwargs)
    conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
    return conn


def connect(
    path: Path,
    *,
    mode: str | None = None,
    immutable: bool = False,
    key: Any = _AUTO,
    **kwargs: Any,
) -> Any:
    """A DB-API connection to ``path`` (``mode``: SQLite's URI ``mode``, e.g.
    ``ro``/``rw``; ``immutable``: read-only media, no lock taken). ``key``:
    the data key, None for a plain database, or (default) whatever the data
    directory holding ``path`` needs."""
    path = Path(path)
    if key is _AUTO:
        owner = keyring.owner_dir(path)
        if owner is None:
            key = None
        else:
            key = keyring.data_key_of(owner)
            if key is None:
                raise keyring.Locked(str(owner))
    if mode:
        target = f"{path.resolve().as_uri()}?mode={mode}" + ("&immutable=1" if immutable else "")
    else:
        target = str(path)
    if key is None:
        return sqlite3.connect(target, uri=bool(mode), **kwargs)
    from caseapp.storage.keys import db_key

    return _sqlcipher(target, bool(mode), db_key(key), **kwargs)


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of both drivers (sqlcipher3's when loaded)."""
    import sys

    found: list[type[BaseException]] = [sqlite3.Error]
    module = sys.modules.get("sqlcipher3")
    if module is not None:
        found.append(module.Error)
    return tuple(found)
