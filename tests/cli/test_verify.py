"""`caseapp verify`: 0 on untouched data; 1 with details on each tampering of
the acceptance list (evidence byte, missing evidence, edited case.json with the
journal untouched, edited / deleted / reordered journal lines); 4, never 1, when
verify itself crashes."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.__main__ import main
from caseapp.services.service import CaseService

Members = dict[str, bytes]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def exported(data_dir: Path, case_id: str, tmp_path: Path) -> Path:
    out = tmp_path / "exported.caseapp.zip"
    with CaseService(data_dir) as service:
        service.export_case(case_id, out)
    return out


def read_members(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def write_members(path: Path, members: Members) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def resum(members: Members) -> None:
    """Recompute SHA256SUMS, as someone covering their tracks would."""
    lines = [
        f"{hashlib.sha256(data).hexdigest()}  {name}\n"
        for name, data in sorted(members.items())
        if name != "SHA256SUMS"
    ]
    members["SHA256SUMS"] = "".join(lines).encode("utf-8")


def evidence_names(members: Members) -> list[str]:
    return sorted(n for n in members if n.startswith("evidence/"))


def journal(members: Members) -> list[bytes]:
    return members["journal.jsonl"].rstrip(b"\n").split(b"\n")


def set_journal(members: Members, lines: list[bytes]) -> None:
    members["journal.jsonl"] = b"\n".join(lines) + b"\n"


def change_evidence_byte(members: Members) -> None:
    name = evidence_names(members)[0]
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0x01
    members[name] = bytes(data)


def change_evidence_byte_and_sums(members: Members) -> None:
    change_evidence_byte(members)
    resum(members)


def drop_evidence(members: Members) -> None:
    del members[evidence_names(members)[0]]


def drop_evidence_and_sums(members: Members) -> None:
    drop_evidence(members)
    resum(members)


def edit_case_json(members: Members) -> None:
    doc = json.loads(members["case.json"])
    doc["case"]["worker"]["name"] = "李清"
    members["case.json"] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    resum(members)


def edit_journal_line(members: Members) -> None:
    lines = journal(members)
    index = next(i for i, line in enumerate(lines) if b'"status":"standby"' in line)
    assert 0 < index < len(lines) - 1
    lines[index] = lines[index].replace(b'"status":"standby"', b'"status":"working"', 1)
    set_journal(members, lines)
    resum(members)


def delete_journal_line(members: Members) -> None:
    lines = journal(members)
    del lines[1]
    set_journal(members, lines)
    resum(members)


def reorder_journal_lines(members: Members) -> None:
    lines = journal(members)
    lines[1], lines[2] = lines[2], lines[1]
    set_journal(members, lines)
    resum(members)


TAMPERING: dict[str, Callable[[Members], None]] = {
    "evidence-byte": change_evidence_byte,
    "evidence-byte-sums-updated": change_evidence_byte_and_sums,
    "evidence-missing": drop_evidence,
    "evidence-missing-sums-updated": drop_evidence_and_sums,
    "case-json-edited-journal-untouched": edit_case_json,
    "journal-line-edited": edit_journal_line,
    "journal-line-deleted": delete_journal_line,
    "journal-lines-reordered": reorder_journal_lines,
}


def test_untouched_zip_and_case_verify(
    exported: Path, data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "verify", str(exported), "--lang", "en")
    assert code == 0, out + err
    assert "Verified" in out
    code, out, err = run(capsys, "--data-dir", str(data_dir), "verify", case_id[:5])
    assert code == 0, out + err


def test_the_rewriting_helper_itself_keeps_a_valid_zip(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Guards the tampering tests: rewriting without a change still verifies.
    copy = tmp_path / "copy.caseapp.zip"
    members = read_members(exported)
    resum(members)
    write_members(copy, members)
    code, out, err = run(capsys, "verify", str(copy))
    assert code == 0, out + err


@pytest.mark.parametrize("name", list(TAMPERING))
def test_tampered_zip_exits_1_with_details(
    name: str, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = read_members(exported)
    TAMPERING[name](members)
    tampered = tmp_path / f"{name}.caseapp.zip"
    write_members(tampered, members)
    code, out, err = run(capsys, "--lang", "en", "verify", str(tampered))
    assert code == 1, out + err
    details = [line for line in out.splitlines() if line.startswith("  ")]
    assert details, out
    assert all(": " in line for line in details)
    assert "mismatch" in err


def _stored_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in (data_dir / "evidence").rglob("*") if p.is_file())


def test_changed_byte_in_the_evidence_store_exits_1(
    data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _stored_files(data_dir)[0]
    os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)
    data = bytearray(target.read_bytes())
    data[0] ^= 0xFF
    target.write_bytes(bytes(data))
    code, out, _err = run(capsys, "--lang", "en", "verify", case_id, "--data-dir", str(data_dir))
    assert code == 1
    assert target.name[:12] in out or "evidence" in out


def test_missing_file_in_the_evidence_store_exits_1(
    data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _stored_files(data_dir)[-1].unlink()
    code, out, _ = run(capsys, "verify", case_id, "--data-dir", str(data_dir))
    assert code == 1
    assert out.strip()


def test_verify_unknown_case_or_missing_file_exits_2(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "verify", "zzzz", "--data-dir", str(data_dir))[0] == 2
    assert run(capsys, "verify", str(tmp_path / "gone.caseapp.zip"))[0] == 2
    assert run(capsys, "verify", "abc", "--data-dir", str(tmp_path / "no-dir"))[0] == 2


def test_a_crash_inside_verify_exits_4_never_1(
    exported: Path,
    data_dir: Path,
    case_id: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Fault injection: make the checking code itself fail.
    import caseapp.casefile.verify as file_verify
    import caseapp.services.casefiles as casefiles

    def explode(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("injected fault")

    monkeypatch.setattr(file_verify, "verify_file", explode)
    code, _out, err = run(
        capsys, "--lang", "en", "verify", str(exported), "--data-dir", str(data_dir)
    )
    assert code == 4
    assert "internal error" in err
    log = Path(err.split("crash log was written to: ")[1].strip())
    assert log.is_file() and log.parent == data_dir / "logs"
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: injected fault" in text
    assert "caseapp 0.1.0" in text and "verify" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600

    # a stored case is verified by the plain-SQL reader (the service only when the
    # database must first be upgraded): a fault in either is a crash
    from caseapp.services.lean_read import LeanReader

    monkeypatch.setattr(casefiles, "verify_case", explode)
    monkeypatch.setattr(LeanReader, "verify_case", explode)
    code, _, err = run(capsys, "verify", case_id, "--data-dir", str(data_dir))
    assert code == 4
    assert "ZeroDivisionError" in err


def test_crash_log_falls_back_to_temp_without_data_dir(
    exported: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import caseapp.casefile.verify as file_verify

    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(file_verify, "verify_file", explode)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    missing = tmp_path / "no-data-dir"
    code, _, err = run(capsys, "--lang", "en", "verify", str(exported), "--data-dir", str(missing))
    assert code == 4
    log = Path(err.split("crash log was written to: ")[1].strip())
    assert log.is_relative_to(tmp_path / "tmp")
    assert not missing.exists()


def test_verify_json_checks_structure_and_counts_missing_files(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_json = tmp_path / "case.caseapp.json"
    with CaseService(data_dir) as service:
        service.export_case(case_id, out_json)
    code, out, err = run(capsys, "--lang", "en", "verify", str(out_json))
    assert code == 0, out + err
    assert "structure is valid" in out
    assert "2 evidence files are not included" in out
    broken = tmp_path / "broken.caseapp.json"
    broken.write_text(out_json.read_text(encoding="utf-8").replace('"uid"', '"uidx"'), "utf-8")
    code, out, err = run(capsys, "verify", str(broken))
    assert code == 1, out + err  # verify reports what it found; it does not refuse the file
    assert "case.uidx" in out


@pytest.mark.parametrize(
    ("name", "content"),
    [("photo.caseapp.zip", b"\xff\xd8\xff\xe0 not a zip at all"), ("x.caseapp.json", b"{oops")],
)
def test_verify_a_file_that_is_no_case_file_exits_2_not_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, "--lang", "en", "verify", str(path))
    assert code == 2, out + err
    assert "cannot be read as a case file" in err
