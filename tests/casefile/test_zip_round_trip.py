"""write_zip -> read_case_file gives back the same data; exports are deterministic."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import cases, cases_with_files

from caseapp.casefile.canonical import canonical_bytes, sha256_hex
from caseapp.casefile.codec import case_to_document
from caseapp.casefile.reader import read_case_file
from caseapp.casefile.writer import document_bytes, write_json, write_zip
from caseapp.domain.model import Case

from .helpers import TODAY, attach_files, journal_for, sample_zip

contents = st.lists(
    st.tuples(
        st.integers(0, 20),
        st.binary(max_size=2000),
        st.sampled_from(["a.jpg", "b.PNG", "c.pdf", "notes.txt", "noext", "x.weird-ext!"]),
    ),
    max_size=5,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30)
@given(case=cases(max_records=4, with_files=False), files=contents)
def test_zip_round_trip_is_identical(tmp_path: Path, case: Case, files: list) -> None:
    run = tmp_path / hashlib.sha256(repr((case, files)).encode()).hexdigest()[:16]
    case, store = attach_files(case, run / "store", files)
    journal = journal_for(case)
    out = run / "a.caseapp.zip"
    case_sha = write_zip(case, journal, store.__getitem__, out)
    assert case_sha == sha256_hex(document_bytes(case))
    loaded = read_case_file(out, TODAY)
    assert loaded.kind == "zip"
    assert loaded.document_sha256 == case_sha
    assert loaded.journal_lines == journal
    assert canonical_bytes(case_to_document(loaded.case)) == document_bytes(case)
    assert set(loaded.evidence) == {f.sha256 for e in case.evidence for f in e.files}
    for sha, entry in loaded.evidence.items():
        with entry.open() as fh:
            assert hashlib.sha256(fh.read()).hexdigest() == sha
    # a second export of the same data is byte-identical
    again = run / "b.caseapp.zip"
    write_zip(loaded.case, loaded.journal_lines, store.__getitem__, again)
    assert again.read_bytes() == out.read_bytes()


def test_zip_layout_and_sums(tmp_path: Path) -> None:
    out, case, _ = sample_zip(tmp_path)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert names[:2] == ["case.json", "journal.jsonl"]
        assert set(names) == {
            "case.json",
            "journal.jsonl",
            "SHA256SUMS",
            "如何核验.txt",
            "HOW-TO-VERIFY.txt",
            *(f.path for e in case.evidence for f in e.files),
        }
        assert any(n.endswith(".png") for n in names)  # extension lower-cased
        assert zf.read("case.json") == document_bytes(case)
        sums = zf.read("SHA256SUMS").decode()
        lines = sums.splitlines()
        assert [line.split("  ", 1)[1] for line in lines] == sorted(set(names) - {"SHA256SUMS"})
        for line in lines:
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(zf.read(name)).hexdigest() == digest
        howto = zf.read("如何核验.txt").decode()
        assert "sha256sum -c SHA256SUMS" in howto and "certutil" in howto
        assert "不是可信时间戳" in howto
        assert "trusted timestamp" in zf.read("HOW-TO-VERIFY.txt").decode()
        for info in zf.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)


def test_write_json_is_the_canonical_document(tmp_path: Path) -> None:
    _, case, _ = sample_zip(tmp_path)
    out = tmp_path / "c.caseapp.json"
    sha = write_json(case, out)
    assert out.read_bytes() == document_bytes(case)
    assert sha == sha256_hex(out.read_bytes())
    loaded = read_case_file(out, TODAY)
    assert loaded.files_not_included == 2
    assert loaded.case == case


def test_no_temp_file_left_behind(tmp_path: Path) -> None:
    sample_zip(tmp_path)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=20)
@given(drawn=cases_with_files(max_records=3))
def test_cases_with_files_export_and_read_back(tmp_path: Path, drawn: tuple) -> None:
    case, blobs = drawn
    run = Path(tempfile.mkdtemp(dir=tmp_path))
    for sha, data in blobs.items():
        (run / sha).write_bytes(data)
    out = run / "c.caseapp.zip"
    write_zip(case, journal_for(case), lambda sha: run / sha, out)
    loaded = read_case_file(out, TODAY)
    assert set(loaded.evidence) == set(blobs)
    assert canonical_bytes(case_to_document(loaded.case)) == document_bytes(case)


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs coreutils sha256sum")
def test_sha256sum_accepts_the_sums_file(tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(folder)
    result = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": OK") == 6
