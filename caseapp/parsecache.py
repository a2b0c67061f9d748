"""Parsed resource files cached as JSON, keyed by the SHA-256 of the files.

The message catalogue (`resources/i18n/*.toml`) and the law data
(`resources/law/*.toml`) are parsed on every start of every command; parsing
TOML costs more than reading JSON. `cached(name, files, parse)` hashes the
files' bytes (always: the cache is never trusted without that check), returns
the cached value when its recorded digest is the files' digest, and otherwise
parses them and writes the cache (atomically, best effort: a cache that cannot
be written, or read, is only slower).

The cache is plain JSON (`json`, never `pickle`): at worst a forged file gives
other *data*, never runs code, and every reader checks the value's shape
(`check`) before using it; the law data is validated in full after loading as
it is after parsing. TOML's date, date-time and time values are written as
tagged objects (``{"$date": "2024-01-01"}``) and read back as those types.

Where: `CASEAPP_CACHE_DIR`, else platformdirs' user cache directory for
caseapp; `CASEAPP_CACHE_DIR=off` turns the cache off. One file per set of
files, named by the start of their digest (`catalogue-<16 hex>.json`), the
`KEEP` latest of each name kept: two versions of the app used in turn (or two
checkouts) each find their own, where one file per name made each rewrite
the other's and parse again every time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from caseapp import __version__

CACHE_DIR_ENV = "CASEAPP_CACHE_DIR"
FORMAT = 1
T = TypeVar("T")


def cache_dir() -> Path | None:
    """The directory of the parse caches, or None when turned off."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env is not None and env.strip().lower() in ("off", "0", "none", ""):
        return None
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("caseapp", appauthor=False))


def digest_of(files: Iterable[Path]) -> str:
    """SHA-256 over each file's name and bytes, in the order given."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _encode(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"not cacheable: {type(value).__name__}")


_TAGS: dict[str, Callable[[str], object]] = {
    "$datetime": dt.datetime.fromisoformat,
    "$date": dt.date.fromisoformat,
    "$time": dt.time.fromisoformat,
}


def _decode_object(obj: dict[str, Any]) -> object:
    if len(obj) == 1:
        ((key, value),) = obj.items()
        convert = _TAGS.get(key)
        if convert is not None and isinstance(value, str):
            return convert(value)
    return obj


#: Cache files kept per name: one for each set of files (each version of the
#: app, or a checkout being worked on) used lately, so that two versions used
#: in turn do not parse again every time each rewrites the other's file.
KEEP = 4


def _path(name: str, digest: str) -> Path | None:
    """`<name>-<first 16 hex digits of the files' digest>.json`."""
    root = cache_dir()
    return None if root is None else root / f"{name}-{digest[:16]}.json"


def _prune(root: Path, name: str) -> None:
    """Keep the KEEP most recently written caches of `name`; remove the rest
    (and the one-file-per-name cache of before)."""
    with contextlib.suppress(OSError):
        (root / f"{name}.json").unlink(missing_ok=True)
        found = []
        for path in root.glob(f"{name}-*.json"):
            with contextlib.suppress(OSError):
                found.append((path.stat().st_mtime_ns, path))
        for _mtime, path in sorted(found, reverse=True)[KEEP:]:
            with contextlib.suppress(OSError):
                path.unlink()


def load(name: str, digest: str) -> object | None:
    """The cached value of `name` if it was made from files of `digest`; else None."""
    path = _path(name, digest)
    if path is None:
        return None
    try:
        with path.open("rb") as fh:
            document = json.loads(fh.read(), object_hook=_decode_object)
    except (OSError, ValueError, TypeError):
        return None
    if (
        not isinstance(document, dict)
        or document.get("format") != FORMAT
        or document.get("app") != __version__
        or document.get("sha256") != digest
    ):
        return None
    return document.get("value")


def store(name: str, digest: str, value: object) -> None:
    """Write the cache of `name` for files of `digest` (0600 in a 0700
    directory), keeping the KEEP latest of `name`; errors are ignored."""
    path = _path(name, digest)
    if path is None:
        return
    from caseapp import atomic

    try:
        body = {"format": FORMAT, "app": __version__, "sha256": digest, "value": _encode(value)}
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic.write_text(path, text)
    except (OSError, TypeError, ValueError):
        return
    _prune(path.parent, name)


def cached(
    name: str,
    files: list[Path],
    parse: Callable[[], T],
    check: Callable[[object], bool],
) -> tuple[T, str]:
    """`parse()`'s value and the files' digest: the value from the cache when the
    digest matches and the cached value passes `check`; otherwise parsed and cached."""
    digest = digest_of(files)
    value = load(name, digest)
    if value is not None and check(value):
        return value, digest  # type: ignore[return-value]
    fresh = parse()
    store(name, digest, fresh)
    return fresh, digest
