"""caseapp.atomic: the content and mode land whole, a failure mid-write
leaves the old file and no temporary file, and (Linux) the file and then its
directory are fsynced."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp import atomic

POSIX = pytest.mark.skipif(os.name != "posix", reason="file modes and directory fsync are POSIX")


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_bytes_and_text(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")
    atomic.write_bytes(target, b"new bytes")
    assert target.read_bytes() == b"new bytes"
    atomic.write_text(target, "一行\n二行\n")
    assert target.read_bytes() == "一行\n二行\n".encode()  # no newline translation
    assert _leftovers(tmp_path, {"settings.json"}) == []


@POSIX
def test_modes(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # the modes do not depend on the umask
    try:
        private = tmp_path / "private"
        atomic.write_bytes(private, b"x")
        assert _mode(private) == 0o600
        frozen = tmp_path / "frozen"
        atomic.write_bytes(frozen, b"x", mode=0o400)
        assert _mode(frozen) == 0o400
        shared = tmp_path / "shared"
        shared.write_bytes(b"old")
        shared.chmod(0o644)
        atomic.write_bytes(shared, b"new")  # replaced whole: the new file's mode
        assert _mode(shared) == 0o600
    finally:
        os.umask(old_umask)


def test_streaming_writer(tmp_path: Path) -> None:
    target = tmp_path / "out.zip"
    with atomic.open_atomic(target) as fh:
        for n in range(3):
            fh.write(bytes([n]) * 1000)
        assert not target.exists()  # nothing visible until the block ends
        (tmp,) = _leftovers(tmp_path, set())
        assert tmp.startswith(".out.zip.") and tmp.endswith(".tmp")
    assert target.read_bytes() == b"\0" * 1000 + b"\1" * 1000 + b"\2" * 1000
    assert _leftovers(tmp_path, {"out.zip"}) == []


def test_an_exception_mid_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "case.caseapp.zip"
    target.write_bytes(b"the previous export")
    with pytest.raises(RuntimeError, match="disk gone"), atomic.open_atomic(target) as fh:
        fh.write(b"half of the new one")
        raise RuntimeError("disk gone")
    assert target.read_bytes() == b"the previous export"
    assert _leftovers(tmp_path, {"case.caseapp.zip"}) == []


def test_a_failed_rename_keeps_the_old_file(tmp_path: Path) -> None:
    # the target is a non-empty directory: os.replace refuses, nothing is left
    target = tmp_path / "taken"
    target.mkdir()
    (target / "inside").write_bytes(b"old")
    with pytest.raises(OSError):
        atomic.write_bytes(target, b"new")
    assert (target / "inside").read_bytes() == b"old"
    assert _leftovers(tmp_path, {"taken"}) == []


def test_a_missing_directory_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic.write_bytes(tmp_path / "no" / "such" / "file", b"x")
    assert _leftovers(tmp_path, set()) == []


def test_staged_is_removed_unless_committed(tmp_path: Path) -> None:
    with atomic.staged(tmp_path, prefix="in-", suffix="") as stage:
        stage.file.write(b"already stored")
        assert stage.path.parent == tmp_path and stage.path.name.startswith("in-")
    assert _leftovers(tmp_path, set()) == []

    sub = tmp_path / "ab"
    sub.mkdir()
    with atomic.staged(tmp_path, 0o400, prefix="in-", suffix="") as stage:
        stage.file.write(b"content")
        stage.commit(sub / "abcdef")  # named after it was written
        with pytest.raises(RuntimeError):
            stage.commit(sub / "again")
    assert (sub / "abcdef").read_bytes() == b"content"
    assert _leftovers(tmp_path, {"ab"}) == []
    if os.name == "posix":
        assert _mode(sub / "abcdef") == 0o400


class _Fsyncs:
    """Records what each os.fsync call synced (then really syncs it)."""

    def __init__(self, real: Callable[[int], None]) -> None:
        self.real = real
        self.calls: list[tuple[int, int, bool]] = []  # (st_dev, st_ino, is a directory)

    def __call__(self, fd: int) -> None:
        st = os.fstat(fd)
        self.calls.append((st.st_dev, st.st_ino, stat.S_ISDIR(st.st_mode)))
        self.real(fd)


def _key(path: Path) -> tuple[int, int, bool]:
    st = path.stat()
    return st.st_dev, st.st_ino, stat.S_ISDIR(st.st_mode)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux fsync semantics")
def test_the_file_then_its_directory_are_fsynced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fsyncs = _Fsyncs(os.fsync)
    monkeypatch.setattr(os, "fsync", fsyncs)
    target = tmp_path / "ui-settings.json"
    atomic.write_text(target, "{}")
    assert fsyncs.calls == [_key(target), _key(tmp_path)]

    fsyncs.calls.clear()
    with atomic.staged(tmp_path, sync=False) as stage:
        stage.file.write(b"later")
        stage.commit(tmp_path / "batch")
    assert fsyncs.calls == []  # the caller syncs the batch later
    atomic.fsync_dir(tmp_path)
    assert fsyncs.calls == [_key(tmp_path)]
