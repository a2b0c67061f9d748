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

In an encrypted data directory (`storage.keys`) every stored file is a
sealed stream (`casefile.sealed`, key derived from the data key): the
plaintext is hashed on the way in and sealed in 64 KiB chunks, and the file
keeps its plaintext SHA-256 as its name. `open_plain` and `source_of` give
the plaintext back (streamed, seekable); `path_of` is the stored file.
Without the key (not unlocked) the store raises `Locked`.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from caseapp import atomic
from caseapp.atomic import fsync_dir
from caseapp.domain.jobs import CancelCheck, Cancelled, Progress
from caseapp.storage import keyring
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


@dataclass(frozen=True, slots=True)
class _Stat:
    st_size: int


class SealedSource:
    """A stored, sealed evidence file seen as its plaintext, with the parts of
    `pathlib.Path` the case-file writer uses (``stat().st_size``, ``open``)."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._key = key

    def is_file(self) -> bool:
        return self.path.is_file()

    def open(self, mode: str = "rb") -> IO[bytes]:
        from caseapp.casefile.sealed import open_sealed

        if mode != "rb":
            raise ValueError(mode)
        return open_sealed(self.path, self._key)

    def stat(self) -> _Stat:
        with self.open() as stream:
            return _Stat(stream.seek(0, os.SEEK_END))


class EvidenceStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._unsynced: list[Path] = []
        self._dirs: set[Path] = set()  # directories known to exist with mode 0700

    def key(self) -> bytes | None:
        """The evidence key in an encrypted data directory, else None.
        Raises keyring.Locked when the directory is encrypted but locked."""
        owner = keyring.owner_dir(self.root / "x")
        if owner is None:
            return None
        data_key = keyring.data_key_of(owner)
        if data_key is None:
            raise keyring.Locked(str(owner))
        from caseapp.storage.keys import evidence_key

        return evidence_key(data_key)

    def _stored_size(self, size: int) -> int:
        if self.key() is None:
            return size
        from caseapp.casefile.sealed import raw_header, sealed_size

        return sealed_size(size, len(raw_header().encode()))

    def open_plain(self, sha256: str) -> IO[bytes]:
        """The stored file's plaintext, streamed (decrypted when sealed)."""
        key = self.key()
        path = self.path_of(sha256)
        if key is None:
            return open(path, "rb")
        return SealedSource(path, key).open()

    def source_of(self, sha256: str) -> Path | SealedSource:
        """What the case-file writer reads a stored file from."""
        key = self.key()
        path = self.path_of(sha256)
        return path if key is None else SealedSource(path, key)

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
        return size is None or found == self._stored_size(size)

    def put_file(
        self,
        source: Path,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        before_commit: Callable[[str], None] | None = None,
    ) -> Stored:
        total = source.stat().st_size
        if total > MAX_SIZE:
            raise TooLarge(str(source))
        with open(source, "rb") as stream:
            return self.put_stream(stream, total, progress, cancelled, before_commit=before_commit)

    def put_stream(
        self,
        stream: IO[bytes],
        total: int = 0,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        expected_sha256: str | None = None,
        *,
        sync: bool = True,
        before_commit: Callable[[str], None] | None = None,
    ) -> Stored:
        """Copy ``stream`` into the store. With ``expected_sha256`` already in
        the store (size ``total``), nothing is read or written. ``sync=False``
        leaves durability to a later ``sync()``. ``before_commit(sha256)`` is
        called before a new file takes its name in the store (the service notes
        it in a pending marker, so a kill leaves no orphan: `caseapp.scratch`)."""
        if expected_sha256 is not None and self.has(expected_sha256, total or None):
            path = self.path_of(expected_sha256)
            return Stored(
                expected_sha256, total or self._plain_size(expected_sha256), path, new=False
            )
        key = self.key()
        incoming = self._dir(self.root / "incoming")
        digest = hashlib.sha256()
        size = 0
        with atomic.staged(incoming, READ_ONLY_MODE, prefix="in-", suffix="", sync=sync) as stage:
            sink: IO[bytes] = stage.file
            sealer = None
            if key is not None:
                from caseapp.casefile.sealed import SealedWriter, raw_header

                sealer = SealedWriter(stage.file, key, raw_header())
                sink = sealer  # type: ignore[assignment]
            for chunk in _chunks(stream):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                size += len(chunk)
                if size > MAX_SIZE:
                    raise TooLarge(f"over {MAX_SIZE} bytes")
                digest.update(chunk)
                sink.write(chunk)
                if progress is not None:
                    progress(size, total)
            if sealer is not None:
                sealer.close()  # the last chunk, marked last
            sha = digest.hexdigest()
            if expected_sha256 is not None and sha != expected_sha256:
                raise ValueError(f"SHA-256 {sha} != expected {expected_sha256}")
            target = self.path_of(sha)
            if self.has(sha, size):
                return Stored(sha, size, target, new=False)  # the temp file is removed
            self._dir(target.parent)
            if before_commit is not None:
                before_commit(sha)
            # read-only, fsynced (with sync), renamed over a short, broken copy if
            # any, the directory fsynced (with sync)
            stage.commit(target)
            if not sync:
                self._unsynced.append(target)
            return Stored(sha, size, target, new=True)

    def _plain_size(self, sha256: str) -> int:
        with self.open_plain(sha256) as stream:
            return stream.seek(0, os.SEEK_END)

    def hash_of(self, sha256: str) -> str:
        """Re-hash a stored file (streamed; a sealed file that fails to
        authenticate hashes as "" — it is not the file it was)."""
        from caseapp.casefile.sealed import SealedError

        digest = hashlib.sha256()
        try:
            with self.open_plain(sha256) as stream:
                for chunk in _chunks(stream):
                    digest.update(chunk)
        except SealedError:
            return ""
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

    def clean_incoming(self) -> int:
        """Remove every temporary file left in ``incoming/`` (a kill mid-copy).
        Only for whoever holds the data directory's lock. Returns the count."""
        incoming = self.root / "incoming"
        if not incoming.is_dir():
            return 0
        count = 0
        for entry in incoming.iterdir():
            with contextlib.suppress(OSError):
                if entry.is_file() or entry.is_symlink():
                    entry.unlink()
                    count += 1
        return count


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
