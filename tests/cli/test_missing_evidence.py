"""Missing or changed evidence never blocks an export or a report (issue 12
item 3): `export` writes the zip without those files and says which it left
out and why (the journal's export entry records them, so the zip still reads
and verifies); `report` on that zip marks them; a case imported from a
`.caseapp.json` (files listed, not held) exports and reports."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.__main__ import main
from caseapp.domain.model import Evidence, EvidenceKind, OriginalStatus
from caseapp.services.service import CaseService
from tests.cli.conftest import build_case


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def stored_files(data_dir: Path, case_id: str) -> list[tuple[str, Path]]:
    with CaseService(data_dir) as service:
        case = service.load_case(case_id)
        return [
            (f.sha256, service.evidence_file_path(f.sha256)) for e in case.evidence for f in e.files
        ]


def damage(data_dir: Path, case_id: str) -> tuple[str, str]:
    """Delete the first stored file, change the second one's content: (missing, changed)."""
    (missing, first), (changed, second) = stored_files(data_dir, case_id)
    first.unlink()
    os.chmod(second, stat.S_IRUSR | stat.S_IWUSR)
    second.write_bytes(b"changed afterwards")
    return missing, changed


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_export_and_report_go_ahead_with_missing_and_changed_files(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing, changed = damage(data_dir, case_id)
    out = tmp_path / "out.caseapp.zip"
    dd = ("--data-dir", str(data_dir))
    code, stdout, err = run(capsys, "--lang", "en", "export", case_id, "-o", str(out), *dd)
    assert code == 0, err
    assert stdout.strip() == str(out)
    assert missing[:12] in err and changed[:12] in err  # each left-out file named
    assert "missing" in err and "changed" in err
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        journal = zf.read("journal.jsonl").decode().splitlines()
    assert not [n for n in names if n.startswith("evidence/")]  # neither file went in
    export = json.loads(journal[-1])
    assert export["op"] == "export"
    assert export["files_left_out"] == sorted(
        [{"sha256": missing, "reason": "missing"}, {"sha256": changed, "reason": "changed"}],
        key=lambda f: f["sha256"],
    )

    # the zip reads and verifies: files left out are said, not a mismatch
    code, stdout, err = run(capsys, "--lang", "en", "verify", str(out))
    assert code == 0, stdout + err
    assert "2" in stdout and "left out" in stdout

    # the report on the zip (as the app makes it) marks both exhibits
    pdf = tmp_path / "out.pdf"
    code, stdout, err = run(
        capsys, "--lang", "en", "report", str(out), "-o", str(pdf), "--part", "filing"
    )
    assert code == 0, err
    text = " ".join(pdf_text(pdf).split())
    assert "The file is not on this computer" in text  # report.exhibit.missing
    assert "does not match its recorded SHA-256" in text  # report.exhibit.mismatch

    # and imports into a fresh data directory; verify there counts them as not included
    other = tmp_path / "other"
    code, stdout, err = run(capsys, "import", str(out), "--data-dir", str(other))
    assert code == 0, err
    new_id = stdout.strip()
    code, stdout, err = run(capsys, "--lang", "en", "verify", new_id, "--data-dir", str(other))
    assert code == 0, stdout + err


def test_case_imported_from_json_exports_and_reports(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = tmp_path / "listed.caseapp.json"
    dd = ("--data-dir", str(data_dir))
    assert run(capsys, "export", case_id, "-o", str(listed), *dd)[0] == 0
    other = tmp_path / "other"
    code, stdout, err = run(capsys, "import", str(listed), "--data-dir", str(other))
    assert code == 0, err
    new_id = stdout.strip()
    out = tmp_path / "again.caseapp.zip"
    code, stdout, err = run(
        capsys, "--lang", "en", "export", new_id, "-o", str(out), "--data-dir", str(other)
    )
    assert code == 0, err
    assert "not included" in err
    code, stdout, err = run(capsys, "--lang", "en", "verify", str(out))
    assert code == 0, stdout + err
    pdf = tmp_path / "again.pdf"
    code, stdout, err = run(
        capsys, "--lang", "en", "report", str(out), "-o", str(pdf), "--part", "filing"
    )
    assert code == 0, err
    assert PdfReader(str(pdf)).pages


def test_a_file_taken_out_of_the_zip_is_still_refused(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only what the export entry says was left out may be absent."""
    out = tmp_path / "out.caseapp.zip"
    assert run(capsys, "export", case_id, "-o", str(out), "--data-dir", str(data_dir))[0] == 0
    cut = tmp_path / "cut.caseapp.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(cut, "w") as dst:
        dropped = False
        for info in src.infolist():
            if info.filename.startswith("evidence/") and not dropped:
                dropped = True
                continue
            dst.writestr(info, src.read(info))
    code, stdout, _err = run(capsys, "--lang", "en", "verify", str(cut))
    assert code == 1  # a mismatch, not a file left out
    assert "evidence/" in stdout


def test_build_case_fixture_is_untouched(tmp_path: Path) -> None:
    """The fixture's two files are stored (the damage above is real)."""
    data = tmp_path / "d"
    case_id = build_case(data, tmp_path / "f")
    assert all(path.is_file() for _sha, path in stored_files(data, case_id))


def howto_of(out: Path) -> tuple[str, str, dict[str, str]]:
    """(HOW-TO-VERIFY.txt, 如何核验.txt, the zip's path of each file the case lists)."""
    with zipfile.ZipFile(out) as zf:
        en = zf.read("HOW-TO-VERIFY.txt").decode("utf-8")
        zh = zf.read("如何核验.txt").decode("utf-8")
        doc = json.loads(zf.read("case.json"))
        sums = zf.read("SHA256SUMS").decode("utf-8").splitlines()
        for line in sums:  # what `sha256sum -c SHA256SUMS` does: every line OK
            sha, name = line.split("  ", 1)
            assert hashlib.sha256(zf.read(name)).hexdigest() == sha, name
    paths = {f["sha256"]: f["path"] for item in doc["evidence"] for f in item["files"]}
    return en, zh, paths


def test_how_to_verify_names_the_files_left_out_and_why(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """HOW-TO-VERIFY.txt and 如何核验.txt say which evidence files the zip lacks:
    each with its path in case.json, its item's title and the reason the
    export entry records (files_left_out); the files it holds are not named."""
    dd = ("--data-dir", str(data_dir))
    whole = tmp_path / "whole.caseapp.zip"
    assert run(capsys, "export", case_id, "-o", str(whole), *dd)[0] == 0
    en, zh, _ = howto_of(whole)
    assert "NOT in this zip" not in en and "这个 zip 里没有的证据文件" not in zh

    (missing, first), (kept, _second) = stored_files(data_dir, case_id)
    first.unlink()
    out = tmp_path / "one-missing.caseapp.zip"
    code, _stdout, err = run(capsys, "--lang", "en", "export", case_id, "-o", str(out), *dd)
    assert code == 0, err
    en, zh, paths = howto_of(out)
    with zipfile.ZipFile(out) as zf:
        assert paths[missing] not in zf.namelist() and paths[kept] in zf.namelist()
    assert "Evidence files NOT in this zip (1):" in en, en
    assert f"  {paths[missing]} (待岗通知): missing (not in this computer's evidence store)" in en
    assert 'The journal\'s last entry (op "export", files_left_out) names each one and why' in en
    assert paths[kept] not in en  # the file the zip holds is not named
    assert "这个 zip 里没有的证据文件（1 个）" in zh, zh
    assert f"  {paths[missing]}（待岗通知）：文件不见了（本机的证据库里没有）" in zh
    assert paths[kept] not in zh
    code, stdout, err = run(capsys, "--lang", "en", "verify", str(out))
    assert code == 0, stdout + err


def test_how_to_verify_names_missing_and_changed_files(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing, changed = damage(data_dir, case_id)
    out = tmp_path / "out.caseapp.zip"
    code, _stdout, err = run(capsys, "export", case_id, "-o", str(out), "--data-dir", str(data_dir))
    assert code == 0, err
    en, zh, paths = howto_of(out)
    assert "Evidence files NOT in this zip (2):" in en
    assert f"  {paths[missing]} (待岗通知): missing" in en
    assert f"  {paths[changed]} (待岗通知): changed (its content no longer matches" in en
    assert f"  {paths[changed]}（待岗通知）：文件已被改动" in zh


def _report_of_json(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> list[str]:
    """`report` of the case's .caseapp.json (which holds no file): stderr's lines."""
    listed = tmp_path / "listed.caseapp.json"
    assert run(capsys, "export", case_id, "-o", str(listed), "--data-dir", str(data_dir))[0] == 0
    pdf = tmp_path / "listed.pdf"
    code, stdout, err = run(
        capsys, "--lang", "en", "report", str(listed), "-o", str(pdf), "--part", "filing"
    )
    assert code == 0, err
    assert stdout.startswith("Wrote ")
    return err.splitlines()


def test_a_few_exhibits_not_printed_are_named_one_a_line(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two files, both listed but not held: a line each, and what to do instead."""
    lines = _report_of_json(data_dir, case_id, tmp_path, capsys)
    missing = "The file is not on this computer and could not be printed."
    assert [x.split(":")[0] for x in lines if missing in x] == ["Exhibit 1-1-1", "Exhibit 1-1-2"]
    assert lines[-1].startswith("Note: a .caseapp.json lists the evidence files")
    assert len(lines) == 3


def test_many_exhibits_with_one_problem_are_said_in_one_line(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .caseapp.json of a case with seven files: one line says all seven (the
    first five named), not seven lines — a 3-year case printed 600."""
    files = tmp_path / "more"
    files.mkdir()
    with CaseService(data_dir, lang="en") as service:
        for n in range(5):
            path = files / f"chat{n}.png"
            path.write_bytes(b"\x89PNG\r\n\x1a\n another " + bytes([n]) * 64)
            kind, kept = EvidenceKind.CHAT, OriginalStatus.KEPT
            evidence = Evidence(id="", title=f"聊天{n}", kind=kind, original_status=kept)
            service.add_evidence_files(case_id, evidence, [path])
    lines = _report_of_json(data_dir, case_id, tmp_path, capsys)
    assert len(lines) == 2, lines
    assert lines[0].startswith("7 exhibits (exhibits 1-1-1, 1-1-2, ")
    assert "and more; each is marked on its page of the filing pack): The file is not" in lines[0]
    assert lines[0].count(", ") == 4  # five labels named
    assert lines[1].startswith("Note: a .caseapp.json lists the evidence files")


class _ChangesFileAt(io.StringIO):
    """Standard output that rewrites `path` when `report --progress` says the
    report has prepared `after` steps (the file was checked; not yet saved)."""

    def __init__(self, path: Path, after: int) -> None:
        super().__init__()
        self.path, self.after = path, after

    def write(self, s: str) -> int:
        if s.startswith(f"progress {self.after} "):
            os.chmod(self.path, stat.S_IRUSR | stat.S_IWUSR)
            self.path.write_bytes(self.path.read_bytes()[:-2] + b"\x00\x00")
        return super().write(s)


def test_a_photo_changed_during_the_report_stops_it_with_nothing_written(
    data_dir: Path,
    case_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The file is checked when the report is prepared and read again when the
    PDF is written: a change in between is refused (exit 3), not embedded."""
    from PIL import Image

    picture = tmp_path / "photo.png"
    Image.new("RGB", (40, 30), (10, 200, 30)).save(picture, "PNG")
    kind, kept = EvidenceKind.PHOTO, OriginalStatus.KEPT
    with CaseService(data_dir, lang="en") as service:
        item = Evidence(id="", title="照片", kind=kind, original_status=kept)
        service.add_evidence_files(case_id, item, [picture])
    sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    stored = dict(stored_files(data_dir, case_id))[sha]
    pdf = tmp_path / "out.pdf"
    # three files (two unreadable fakes, the photo) prepared: steps 1-4
    hook = _ChangesFileAt(stored, after=4)
    monkeypatch.setattr("sys.stdout", hook)
    argv = ["--lang", "en", "report", case_id, "-o", str(pdf), "--progress"]
    code = main([*argv, "--part", "filing", "--data-dir", str(data_dir)])
    assert "progress 4 " in hook.getvalue()
    assert code == 3
    assert "An evidence file changed while the report was being made" in capsys.readouterr().err
    assert not pdf.exists()
