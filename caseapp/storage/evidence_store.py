"""The evidence store: files kept by SHA-256, never modified.

Layout: ``<data dir>/evidence/<first 2 hex>/<sha256>``, no extension, so no
indexer or thumbnailer picks the files up. A file comes in through a temp
file in ``evidence/incoming/`` (same file system, so the rename is atomic;
`caseapp.atomic.staged`): streamed in 1 MiB chunks and hashed on the way
(never read whole; files up to 4 GiB), made read-only (0400), fsynced,
renamed to its hash, the directory fsynced. A hash already stored (with the
right size) is not rewritten. Cancelling leaves nothing behind.

Batches (an import of 500 files) pass ``sync=False`` and call ``sync()``
once before the database commit that refers to the files: on Linux one
``syncfs`` of the store's file system instead of two fsyncs per file (each
fsync costs milliseconds on real disks); elsewhere every file and directory
is fsynced then. Either way the files are durable before anything points at
them.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from caseapp import atomic
from caseapp.atomic import fsync_dir
from caseapp.domain.jobs import CancelCheck, Cancelled, Progress
from caseapp.storage.private import READ_ONLY_MODE, private_dir

CHUNK = 1024 * 1024
MAX_SIZE = 4 * 1024**3
SHA_RE = re.compile(r"\A[0-9a-f]{64}\Z")


class TooLarge(ValueError):
    """A file over the 4 GiB limit of the format."""


@dataclass(frozen=True, slots=True)
class Stored:
    sha256: str
    size: int
    path: Path
    new: bool  # False when the hash was already in the store


class EvidenceStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._unsynced: list[Path] = []
        self._dirs: set[Path] = set()  # directories known to exist with mode 0700

    def _dir(self, path: Path) -> Path:
        if path not in self._dirs:
            private_dir(path)
            self._dirs.add(path)
        return path

    def sync(self) -> None:
        """Make every file stored with ``sync=False`` durable."""
        if not self._unsynced:
            return
        if not _syncfs(self.root):
            for path in self._unsynced:
                fd = os.open(path, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            for folder in {p.parent for p in self._unsynced}:
                fsync_dir(folder)
        self._unsynced.clear()

    def path_of(self, sha256: str) -> Path:
        if not SHA_RE.match(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str, size: int | None = None) -> bool:
        """True if the hash is stored (and, given ``size``, has that size: a
        file cut short by a power cut is not taken for the real one)."""
        try:
            found = self.path_of(sha256).stat().st_size
        except FileNotFoundError:
            return False
        return size is None or found == size

    def put_file(
        self,
        source: Path,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Stored:
        total = source.stat().st_size
        if total > MAX_SIZE:
            raise TooLarge(str(source))
        with open(source, "rb") as stream:
            return self.put_stream(stream, total, progress, cancelled)

    def put_stream(
        self,
        stream: IO[bytes],
        total: int = 0,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        expected_sha256: str | None = None,
        *,
        sync: bool = True,
    ) -> Stored:
        """Copy ``stream`` into the store. With ``expected_sha256`` already in
        the store (size ``total``), nothing is read or written. ``sync=False``
        leaves durability to a later ``sync()``."""
        if expected_sha256 is not None and self.has(expected_sha256, total or None):
            path = self.path_of(expected_sha256)
            return Stored(expected_sha256, path.stat().st_size, path, new=False)
        incoming = self._dir(self.root / "incoming")
        digest = hashlib.sha256()
        size = 0
        with atomic.staged(incoming, READ_ONLY_MODE, prefix="in-", suffix="", sync=sync) as stage:
            for chunk in _chunks(stream):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                size += len(chunk)
                if size > MAX_SIZE:
                    raise TooLarge(f"over {MAX_SIZE} bytes")
                digest.update(chunk)
                stage.file.write(chunk)
                if progress is not None:
                    progress(size, total)
            sha = digest.hexdigest()
            if expected_sha256 is not None and sha != expected_sha256:
                raise ValueError(f"SHA-256 {sha} != expected {expected_sha256}")
            target = self.path_of(sha)
            if self.has(sha, size):
                return Stored(sha, size, target, new=False)  # the temp file is removed
            self._dir(target.parent)
            # read-only, fsynced (with sync), renamed over a short, broken copy if
            # any, the directory fsynced (with sync)
            stage.commit(target)
            if not sync:
                self._unsynced.append(target)
            return Stored(sha, size, target, new=True)

    def hash_of(self, sha256: str) -> str:
        """Re-hash a stored file (streamed)."""
        digest = hashlib.sha256()
        with open(self.path_of(sha256), "rb") as stream:
            for chunk in _chunks(stream):
                digest.update(chunk)
        return digest.hexdigest()

    def remove(self, sha256: str) -> None:
        """Delete a stored file (purge, orphan clean-up). Missing is fine."""
        path = self.path_of(sha256)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, 0o600)
            path.unlink()
            fsync_dir(path.parent)

    def all_hashes(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for item in sorted(sub.iterdir()):
                    if SHA_RE.match(item.name):
                        yield item.name


def _syncfs(path: Path) -> bool:
    """Linux ``syncfs(2)`` on the file system holding ``path``; False if unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        return bool(syncfs(fd) == 0)
    finally:
        os.close(fd)


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return
        yield chunk
