"""The writer refuses to export a changed store file; evidence is streamed."""

from __future__ import annotations

import dataclasses
import os
import tracemalloc
from pathlib import Path

import pytest

from caseapp.casefile.canonical import sha256_hex
from caseapp.casefile.errors import problem
from caseapp.casefile.reader import read_case_file
from caseapp.casefile.writer import EvidenceMismatch, evidence_path, write_zip
from caseapp.domain.model import EvidenceFile

from .helpers import TODAY, attach_files, journal_for, sample_case


def test_a_changed_store_file_stops_the_export(tmp_path: Path) -> None:
    case, store = attach_files(sample_case(), tmp_path / "store", [(0, b"original", "a.txt")])
    (sha,) = store
    store[sha].write_bytes(b"changed!")
    out = tmp_path / "out.caseapp.zip"
    out.write_bytes(b"the previous export")
    with pytest.raises(EvidenceMismatch) as info:
        write_zip(case, journal_for(case), store.__getitem__, out)
    assert info.value.sha256 == sha
    assert out.read_bytes() == b"the previous export"  # untouched
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_evidence_paths_must_be_by_hash(tmp_path: Path) -> None:
    case = sample_case()
    bad = EvidenceFile(path="evidence/photo.jpg", sha256="a" * 64, size=1)
    item = dataclasses.replace(case.evidence[0], files=(bad,))
    case = dataclasses.replace(case, evidence=(item, *case.evidence[1:]))
    with pytest.raises(ValueError):
        write_zip(case, [], lambda sha: tmp_path / sha, tmp_path / "x.caseapp.zip")


def test_evidence_path_extension() -> None:
    sha = "b" * 64
    assert evidence_path(sha, "IMG_0001.JPG") == f"evidence/{sha}.jpg"
    assert evidence_path(sha, "聊天记录") == f"evidence/{sha}"
    assert evidence_path(sha, "x.tar.gz") == f"evidence/{sha}.gz"
    assert evidence_path(sha, "weird.ext-1") == f"evidence/{sha}"
    assert evidence_path(sha, None) == f"evidence/{sha}"


def test_large_evidence_is_streamed_not_held_in_memory(tmp_path: Path) -> None:
    size = 40 * 1024 * 1024
    store = tmp_path / "store"
    store.mkdir()
    raw = tmp_path / "big.bin"
    with raw.open("wb") as fh:
        for _ in range(size // (1024 * 1024)):
            fh.write(os.urandom(1024 * 1024))
    import hashlib

    digest = hashlib.sha256()
    with raw.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    sha = digest.hexdigest()
    raw.rename(store / sha)
    case = sample_case()
    ef = EvidenceFile(path=evidence_path(sha, "video.bin"), sha256=sha, size=size)
    item = dataclasses.replace(case.evidence[0], files=(ef,))
    case = dataclasses.replace(case, evidence=(item, *case.evidence[1:]))
    out = tmp_path / "big.caseapp.zip"
    tracemalloc.start()
    try:
        write_zip(case, journal_for(case), lambda s: store / s, out)
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        loaded = read_case_file(out, TODAY)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert loaded.evidence[sha].size == size
    assert write_peak < 12 * 1024 * 1024, write_peak
    assert read_peak < 12 * 1024 * 1024, read_peak


def test_problems_render_as_the_spec_shows() -> None:
    p = problem("payments[3].amount", "bad_money", value="12,00")
    assert p.render("en").startswith('payments[3].amount: "12,00" is not a decimal number')
    assert p.render("zh").startswith("payments[3].amount: “12,00”不是十进制金额")


def test_sha256_hex_is_lower_case() -> None:
    assert sha256_hex(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
