"""Writing a file so that a crash, a full disk or a cancel leaves either the
old file or the new one, never half of either.

The bytes go to a temporary file in the target's directory (the same file
system, so the rename is atomic), which is flushed, fsynced, given its mode
and renamed over the target with ``os.replace``; then the directory is
fsynced so the rename itself survives a power cut. On any exception the
temporary file is removed and the target is left as it was.

* `write_bytes` / `write_text`: the whole content at once (settings files, the
  PDF, the .ics calendar).
* `open_atomic`: a context manager yielding a binary file, for writers that
  stream (the case-file writer's zip).
* `staged`: a temporary file whose target is named only after it is written
  (the evidence store names a file by its hash); nothing is renamed unless
  `Staged.commit` is called.

Standard library only, so every layer can use it. Modes: the temporary file
is created 0600 (``tempfile.mkstemp``), the mode of every private file of the
app; another mode (0400 for stored evidence) is set before the rename. The
directory fsync runs on POSIX only (Windows cannot open a directory) and is
best effort: the file is already in place and durable by then, and some file
systems an export may go to (network shares, FUSE) refuse it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Final

PRIVATE_MODE: Final = 0o600  # what mkstemp creates; the data directory's files
_CREATED_MODE: Final = 0o600


def fsync_dir(path: Path) -> None:
    """Make a rename or create inside ``path`` durable (POSIX; no-op elsewhere).
    Raises OSError when the directory cannot be opened or synced."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Staged:
    """A temporary file being written (``file``, at ``path``); `commit` moves it
    to its target. Made by `staged`, which removes it unless committed."""

    def __init__(self, file: IO[bytes], path: Path, mode: int, sync: bool) -> None:
        self.file = file
        self.path = path
        self.mode = mode
        self.sync = sync
        self.target: Path | None = None  # set once committed

    def commit(self, target: Path) -> None:
        """Flush (and with ``sync``, fsync) the file, close it, set its mode and
        rename it over ``target``; with ``sync``, fsync the directory too."""
        if self.target is not None:
            raise RuntimeError(f"already committed to {self.target}")
        if not self.file.closed:
            self.file.flush()
            if self.sync:
                os.fsync(self.file.fileno())
            self.file.close()
        if self.mode != _CREATED_MODE:
            os.chmod(self.path, self.mode)
        os.replace(self.path, target)
        self.target = Path(target)
        if self.sync:
            with contextlib.suppress(OSError):
                fsync_dir(self.target.parent)

    def discard(self) -> None:
        """Close and remove the temporary file (nothing if committed)."""
        if not self.file.closed:
            with contextlib.suppress(OSError):
                self.file.close()
        if self.target is None:
            with contextlib.suppress(OSError):
                os.unlink(self.path)


@contextlib.contextmanager
def staged(
    directory: Path,
    mode: int = PRIVATE_MODE,
    *,
    prefix: str = ".",
    suffix: str = ".tmp",
    sync: bool = True,
) -> Iterator[Staged]:
    """A temporary file in ``directory``, removed on leaving the block unless
    `Staged.commit` was called (on an exception always, unless committed).
    ``sync=False`` skips both fsyncs: the caller makes the file durable later
    (the evidence store's batches)."""
    fd, name = tempfile.mkstemp(dir=directory, prefix=prefix, suffix=suffix)
    try:
        stage = Staged(os.fdopen(fd, "w+b"), Path(name), mode, sync)
    except BaseException:
        os.close(fd)
        os.unlink(name)
        raise
    try:
        yield stage
    finally:
        stage.discard()


@contextlib.contextmanager
def open_atomic(
    path: Path, mode: int = PRIVATE_MODE, on_temp: Callable[[Path], None] | None = None
) -> Iterator[IO[bytes]]:
    """A binary file to stream into; on leaving the block without an exception
    it replaces ``path`` (fsynced, then the directory); on an exception it is
    removed and ``path`` is untouched. ``on_temp`` is told the temporary
    file's path (``.<name>.<random>.tmp`` beside ``path``) before a byte is
    written, so that a caller can find it after a kill."""
    path = Path(path)
    with staged(path.parent, mode, prefix=f".{path.name}.") as stage:
        if on_temp is not None:
            on_temp(stage.path)
        yield stage.file
        stage.commit(path)


def write_bytes(path: Path, data: bytes, mode: int = PRIVATE_MODE) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    with open_atomic(path, mode) as fh:
        fh.write(data)


def write_text(path: Path, text: str, mode: int = PRIVATE_MODE, encoding: str = "utf-8") -> None:
    """`write_bytes` of ``text`` encoded (no newline translation on any system)."""
    write_bytes(path, text.encode(encoding), mode)
