"""The evidence store: by hash, no extension, read-only, streamed, cancellable."""

from __future__ import annotations

import hashlib
import io
import stat
from pathlib import Path

import pytest

from caseapp.domain.jobs import Cancelled
from caseapp.storage import evidence_store
from caseapp.storage.evidence_store import EvidenceStore


def test_put_stores_by_hash_read_only(tmp_path: Path) -> None:
    source = tmp_path / "工资条.PDF"
    data = b"%PDF-1.4\n" + bytes(range(256)) * 50
    source.write_bytes(data)
    store = EvidenceStore(tmp_path / "evidence")
    stored = store.put_file(source)
    sha = hashlib.sha256(data).hexdigest()
    assert stored.sha256 == sha and stored.size == len(data) and stored.new
    assert stored.path == tmp_path / "evidence" / sha[:2] / sha
    assert stored.path.read_bytes() == data
    assert stat.S_IMODE(stored.path.stat().st_mode) == 0o400
    assert stat.S_IMODE(stored.path.parent.stat().st_mode) == 0o700
    assert list((tmp_path / "evidence" / "incoming").iterdir()) == []
    assert store.hash_of(sha) == sha
    assert list(store.all_hashes()) == [sha]


def test_existing_hash_not_rewritten(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    source = tmp_path / "a.jpg"
    source.write_bytes(b"same bytes")
    first = store.put_file(source)
    before = first.path.stat()
    second = store.put_file(source)
    assert not second.new
    after = first.path.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    skipped = store.put_stream(io.BytesIO(b"never read"), expected_sha256=first.sha256)
    assert not skipped.new and skipped.sha256 == first.sha256


def test_streamed_in_chunks_with_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_store, "CHUNK", 1000)
    store = EvidenceStore(tmp_path / "evidence")

    class Reader(io.BytesIO):
        biggest = 0

        def read(self, size: int | None = -1) -> bytes:
            assert size is not None and 0 < size <= 1000  # never asked for the whole file
            chunk = super().read(size)
            Reader.biggest = max(Reader.biggest, len(chunk))
            return chunk

    data = b"x" * 10_500
    seen: list[tuple[int, int]] = []
    stored = store.put_stream(Reader(data), len(data), lambda d, t: seen.append((d, t)))
    assert stored.size == len(data)
    assert Reader.biggest == 1000
    assert seen[-1] == (10_500, 10_500) and len(seen) == 11


def test_cancel_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_store, "CHUNK", 100)
    store = EvidenceStore(tmp_path / "evidence")
    calls = iter(range(1000))
    with pytest.raises(Cancelled):
        store.put_stream(io.BytesIO(b"y" * 1000), 1000, cancelled=lambda: next(calls) >= 3)
    assert list(store.all_hashes()) == []
    assert list((tmp_path / "evidence" / "incoming").iterdir()) == []


def test_size_limit_and_hash_mismatch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    monkeypatch.setattr(evidence_store, "MAX_SIZE", 50)
    with pytest.raises(evidence_store.TooLarge):
        store.put_stream(io.BytesIO(b"z" * 51))
    with pytest.raises(ValueError):
        store.put_stream(io.BytesIO(b"abc"), expected_sha256="0" * 64)
    assert list(store.all_hashes()) == []
    assert list((tmp_path / "evidence" / "incoming").iterdir()) == []


def test_remove_and_bad_hash(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    source = tmp_path / "n.txt"
    source.write_bytes(b"note")
    stored = store.put_file(source)
    store.remove(stored.sha256)
    assert not store.has(stored.sha256)
    store.remove(stored.sha256)  # missing is fine
    with pytest.raises(ValueError):
        store.path_of("../../etc/passwd")


def test_over_4_gib_refused_without_reading(tmp_path: Path) -> None:
    from caseapp.services.api import ServiceError
    from caseapp.services.service import CaseService

    sparse = tmp_path / "huge.mp4"
    with open(sparse, "wb") as fh:
        fh.truncate(evidence_store.MAX_SIZE + 1)  # sparse: no disk used
    with CaseService(tmp_path / "d") as svc, pytest.raises(ServiceError) as refused:
        svc.store_file(sparse)
    assert "huge.mp4" in refused.value.problems[0]
    assert list(EvidenceStore(tmp_path / "d" / "evidence").all_hashes()) == []
