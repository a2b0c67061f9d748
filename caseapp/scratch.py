"""What a kill can leave behind, and how the next start removes it.

A SIGKILL or a power cut skips every ``finally``. Three kinds of leftovers
are therefore written so that the next start can find them:

* Temporary copies (the case file the app packs for a report, evidence a
  report extracts from a zip) go into a private directory of this process
  under ``<data dir>/tmp/`` (0700), named ``<prefix><pid>-<random>``:
  `scratch_dir`. `clean_scratch` removes those whose process is gone. They
  never land in the shared system temp directory when a data directory exists.
* Work in flight is announced in a marker file under ``<data dir>/pending/``
  before it touches anything (`pending`): the evidence files an import or an
  "add files" is storing (their hashes), the temporary file of an export
  written beside its target (its path). The marker is removed when the work
  ends, whatever the outcome; a marker found at the next start names exactly
  what a kill interrupted (`pending_markers`), and nothing else is touched.
* The evidence store's own ``incoming/`` temp files (cleaned by the service,
  which holds the data directory's lock).

Standard library only, so every layer can use it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

SCRATCH: Final = "tmp"
PENDING: Final = "pending"
_DIR_MODE: Final = 0o700


def _private(path: Path) -> Path:
    path.mkdir(mode=_DIR_MODE, exist_ok=True)
    os.chmod(path, _DIR_MODE)
    return path


def ram_dir() -> str | None:
    """``/dev/shm`` where it exists and is writable (RAM, never on disk), else
    None (the caller picks a place on disk)."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def private_tempdir(
    data_dir: Path | None, prefix: str, *, prefer_ram: bool = True
) -> tempfile.TemporaryDirectory[str]:
    """A temporary directory for copies of the worker's material that live
    only while a window is open (a pasted screenshot, a parsed statement): in
    RAM (`ram_dir`) where there is some, else under the data directory's
    private ``tmp/`` (named so that `clean_scratch` removes it after a kill),
    never the shared system temp directory when a data directory exists.
    ``prefer_ram=False`` (copies that may be large: a video opened with the
    desktop's program) skips RAM when there is a data directory."""
    ram = ram_dir() if prefer_ram or data_dir is None else None
    if ram is None and data_dir is not None and Path(data_dir).is_dir():
        with contextlib.suppress(OSError):
            parent = _private(Path(data_dir) / SCRATCH)
            return tempfile.TemporaryDirectory(prefix=f"{prefix}{os.getpid()}-", dir=parent)
    return tempfile.TemporaryDirectory(prefix=f"caseapp-{prefix}{os.getpid()}-", dir=ram_dir())


def scratch_dir(data_dir: Path | None, prefix: str) -> Path:
    """A new private directory for this process's temporary copies: under
    ``<data_dir>/tmp/`` when the data directory exists, else in the system's
    temporary directory (0700 either way)."""
    name = f"{prefix}{os.getpid()}-"
    if data_dir is not None and Path(data_dir).is_dir():
        with contextlib.suppress(OSError):
            return Path(tempfile.mkdtemp(prefix=name, dir=_private(Path(data_dir) / SCRATCH)))
    return Path(tempfile.mkdtemp(prefix=name))


def _pid_of(name: str) -> int | None:
    """The pid in a ``<prefix><pid>-<random>`` name."""
    head = name.rsplit("-", 1)[0]
    digits = ""
    for char in reversed(head):
        if not char.isdigit():
            break
        digits = char + digits
    return int(digits) if digits else None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone's process: leave its files alone
    return True


def clean_scratch(data_dir: Path) -> list[Path]:
    """Remove the scratch directories under ``<data_dir>/tmp/`` whose process
    has ended (killed before its own clean-up). Returns what was removed."""
    root = Path(data_dir) / SCRATCH
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    for entry in sorted(root.iterdir()):
        pid = _pid_of(entry.name)
        if pid is not None and _alive(pid):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
        removed.append(entry)
    return removed


@contextlib.contextmanager
def pending(data_dir: Path, kind: str) -> Iterator[Callable[[str], None]]:
    """A marker ``<data_dir>/pending/<kind>-<pid>-<random>`` for work in
    flight; yields ``note(line)``, which appends a line and flushes it (a kill
    keeps what the kernel has). The marker is removed on leaving the block,
    whatever happens in it.

    A data directory that cannot take the marker (read-only media, no
    permission, a full disk) gets none: the work itself then meets the same
    condition and reports it in its own words (exit 3, "read-only"), and
    nothing it could leave behind can be written there either."""
    try:
        directory = _private(Path(data_dir) / PENDING)
        fd, name = tempfile.mkstemp(prefix=f"{kind}-{os.getpid()}-", dir=directory)
    except OSError:
        yield lambda line: None
        return
    stream = os.fdopen(fd, "a", encoding="utf-8")

    def note(line: str) -> None:
        stream.write(line + "\n")
        stream.flush()

    try:
        yield note
    finally:
        with contextlib.suppress(OSError):
            stream.close()
        with contextlib.suppress(OSError):
            os.unlink(name)


@dataclass(frozen=True)
class Marker:
    path: Path
    kind: str
    lines: tuple[str, ...]


def pending_markers(data_dir: Path) -> list[Marker]:
    """Markers left by work a kill interrupted (their process is gone)."""
    root = Path(data_dir) / PENDING
    found: list[Marker] = []
    if not root.is_dir():
        return found
    for entry in sorted(root.iterdir()):
        if not entry.is_file() or entry.is_symlink():
            continue
        pid = _pid_of(entry.name)
        if pid is not None and _alive(pid):
            continue
        try:
            lines = entry.read_text("utf-8", errors="replace").splitlines()
        except OSError:
            continue
        kind = entry.name.split("-", 1)[0]
        found.append(Marker(entry, kind, tuple(line for line in lines if line.strip())))
    return found


def remove_partial_export(line: str) -> None:
    """Remove an export's temporary file named in a marker, if it is still there
    and has the form of one (``.<target name>.<random>.tmp``)."""
    path = Path(line)
    if not (path.name.startswith(".") and path.name.endswith(".tmp")):
        return
    with contextlib.suppress(OSError):
        if path.is_file() and not path.is_symlink():
            path.unlink()
