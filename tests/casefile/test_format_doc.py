"""The standard-library checker printed in docs/format.md really works."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import read_member, rezip, sample_zip

DOC = Path(__file__).resolve().parents[2] / "docs" / "format.md"


@pytest.fixture(scope="module")
def script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    # the .caseapp.zip checker (the other block, the sealed-stream reader, has its
    # own test: tests/encryption/test_sealed.py)
    checkers = [b for b in blocks if '"""Re-check a .caseapp.zip' in b]
    assert len(checkers) == 1, "docs/format.md should hold exactly one .caseapp.zip checker"
    path = tmp_path_factory.mktemp("doc") / "check_case_zip.py"
    path.write_text(checkers[0], encoding="utf-8")
    return path


def run(script: Path, target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-I", str(script), str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_untouched_zip_passes(script: Path, tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    result = run(script, out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "journal head:" in result.stdout and "(3 entries)" in result.stdout


def test_edited_journal_line_is_found(script: Path, tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    lines = read_member(out, "journal.jsonl").splitlines()
    lines[0] = lines[0].replace(b'"n":0', b'"n":5')
    bad = rezip(out, tmp_path / "bad.zip", {"journal.jsonl": b"\n".join(lines) + b"\n"})
    result = run(script, bad)
    assert result.returncode == 1
    assert "journal.jsonl: SHA-256 is not the one in SHA256SUMS" in result.stdout
    assert "journal.jsonl:2: prev is not the SHA-256 of the line before" in result.stdout


def test_reordered_lines_and_edited_case_json_are_found(script: Path, tmp_path: Path) -> None:
    out, _, _ = sample_zip(tmp_path)
    lines = read_member(out, "journal.jsonl").splitlines()
    lines[0], lines[1] = lines[1], lines[0]
    doc = read_member(out, "case.json").replace(b'"2490.00"', b'"2590.00"')
    bad = rezip(
        out,
        tmp_path / "bad.zip",
        {"journal.jsonl": b"\n".join(lines) + b"\n", "case.json": doc},
    )
    result = run(script, bad)
    assert result.returncode == 1
    assert "journal.jsonl:1: seq is 2, expected 1" in result.stdout
    assert "case.json: not the document the last export recorded" in result.stdout


def test_changed_evidence_byte_is_found(script: Path, tmp_path: Path) -> None:
    out, case, _ = sample_zip(tmp_path)
    name = case.evidence[0].files[0].path
    data = bytearray(read_member(out, name))
    data[-1] ^= 1
    result = run(script, rezip(out, tmp_path / "bad.zip", {name: bytes(data)}))
    assert result.returncode == 1
    assert f"{name}: content does not match the name" in result.stdout
