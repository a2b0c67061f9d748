"""verify_file finds each kind of tampering, each with its place."""

from __future__ import annotations

from pathlib import Path

from caseapp.casefile.verify import verify_file
from caseapp.casefile.writer import write_json

from .helpers import TODAY, read_member, rezip, sample_zip


def _places(path: Path) -> dict[str, set[str]]:
    report = verify_file(path, TODAY)
    assert not report.ok
    assert not report.unreadable  # a mismatch, not bad input
    found: dict[str, set[str]] = {}
    for p in report.problems:
        found.setdefault(p.place, set()).add(p.message.key.removeprefix("casefile."))
    return found


def _evidence_names(path: Path) -> list[str]:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return sorted(n for n in zf.namelist() if n.startswith("evidence/"))


def test_untouched_zip_verifies(tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    report = verify_file(out, TODAY)
    assert report.ok, report.problems
    assert report.entries == 3
    assert report.files_checked == 2
    assert report.files_not_included == 0
    assert report.head_sha256 is not None and len(report.head_sha256) == 64


def test_one_changed_byte_in_an_evidence_file(tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    name = _evidence_names(out)[0]
    data = bytearray(read_member(out, name))
    data[10] ^= 0x01
    bad = rezip(out, tmp_path / "bad.caseapp.zip", {name: bytes(data)})
    found = _places(bad)
    assert found[name] == {"zip.hash_name_mismatch", "zip.sums_mismatch"}
    assert set(found) == {name}


def test_a_missing_evidence_file(tmp_path: Path) -> None:
    out, case, _ = sample_zip(tmp_path)
    name = _evidence_names(out)[0]
    bad = rezip(out, tmp_path / "bad.caseapp.zip", {name: None})
    found = _places(bad)
    item = next(i for i, e in enumerate(case.evidence) if any(f.path == name for f in e.files))
    assert found[f"evidence[{item}].files[0]"] == {"zip.evidence_missing"}
    assert any(place.startswith("SHA256SUMS:") for place in found)  # listed but absent


def test_an_edited_case_json_with_the_journal_untouched(tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    doc = read_member(out, "case.json").replace(b'"2490.00"', b'"2590.00"')
    bad = rezip(out, tmp_path / "bad.caseapp.zip", {"case.json": doc})
    found = _places(bad)
    assert found == {"case.json": {"zip.sums_mismatch", "zip.not_as_exported"}}


def test_edited_case_json_with_recomputed_sums_is_still_found(tmp_path: Path) -> None:
    import hashlib

    out, _, _ = sample_zip(tmp_path)
    doc = read_member(out, "case.json").replace(b'"2490.00"', b'"2590.00"')
    sums = read_member(out, "SHA256SUMS").decode()
    old = hashlib.sha256(read_member(out, "case.json")).hexdigest()
    sums = sums.replace(old, hashlib.sha256(doc).hexdigest())
    bad = rezip(out, tmp_path / "bad.caseapp.zip", {"case.json": doc, "SHA256SUMS": sums.encode()})
    assert _places(bad) == {"case.json": {"zip.not_as_exported"}}


def _journal(out: Path) -> list[bytes]:
    return read_member(out, "journal.jsonl").splitlines()


def test_an_edited_journal_line(tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    lines = _journal(out)
    lines[1] = lines[1].replace(b'"n":1', b'"n":7')
    bad = rezip(out, tmp_path / "bad.caseapp.zip", {"journal.jsonl": b"\n".join(lines) + b"\n"})
    found = _places(bad)
    assert found["journal.jsonl"] == {"zip.sums_mismatch"}
    assert found["journal.jsonl:3"] == {"journal.bad_prev"}  # the line after the edit


def test_a_deleted_journal_line(tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    lines = _journal(out)
    del lines[0]
    bad = rezip(out, tmp_path / "bad.caseapp.zip", {"journal.jsonl": b"\n".join(lines) + b"\n"})
    found = _places(bad)
    assert found["journal.jsonl:1"] == {"journal.bad_prev", "journal.bad_seq"}


def test_reordered_journal_lines(tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    lines = _journal(out)
    lines[0], lines[1] = lines[1], lines[0]
    bad = rezip(out, tmp_path / "bad.caseapp.zip", {"journal.jsonl": b"\n".join(lines) + b"\n"})
    found = _places(bad)
    assert {"journal.bad_prev", "journal.bad_seq"} <= found["journal.jsonl:1"]
    assert "journal.bad_seq" in found["journal.jsonl:2"]


def test_json_file_reports_files_not_included(tmp_path: Path) -> None:
    _, case, _ = sample_zip(tmp_path)
    out = tmp_path / "c.caseapp.json"
    write_json(case, out)
    report = verify_file(out, TODAY)
    assert report.ok and report.kind == "json"
    assert report.files_not_included == 2


def test_garbage_is_unreadable_not_a_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "x.caseapp.zip"
    path.write_bytes(b"not a zip at all")
    report = verify_file(path, TODAY)
    assert report.unreadable and not report.ok
