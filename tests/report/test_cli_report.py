"""`caseapp report` through main(argv), in process, on a case file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.__main__ import main
from caseapp.cli.report import generated_at


def _text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(path)).pages))


def test_report_command_is_deterministic(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "--lang",
        "zh",
        "report",
        str(case_file),
        "--as-of",
        "2025-10-15",
        "--generated-at",
        "2025-10-15T20:30:00+08:00",
    ]
    assert main([*args, "-o", str(tmp_path / "a.pdf")]) == 0
    assert main([*args, "-o", str(tmp_path / "b.pdf"), "--progress"]) == 0
    out = capsys.readouterr().out
    assert "progress" in out and "a.pdf" in out
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    text = _text(tmp_path / "a.pdf")
    assert "2025-10-1520:30:00UTC+08:00(Asia/Shanghai)" in text
    assert "风险提示详解" in text and "二、证据目录" in text


def test_source_date_epoch_and_parts(
    case_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1760531400")  # 2025-10-15T12:30:00Z
    out = tmp_path / "brief.pdf"
    code = main(
        [
            "--lang",
            "en",
            "report",
            str(case_file),
            "-o",
            str(out),
            "--part",
            "brief",
            "--as-of",
            "2025-10-15",
            "--mask",
        ]
    )
    assert code == 0
    text = _text(out)
    assert "2025-10-1520:30:00UTC+08:00" in text
    assert "Consultationbrief" in text and "Filingpack" not in text
    assert "王磊" not in text and "PersonA" in text
    capsys.readouterr()


def test_bad_arguments_are_usage_errors(
    case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(case_file), "-o", str(tmp_path / "x.txt")]) == 2
    assert (
        main(
            ["report", str(case_file), "-o", str(tmp_path / "x.pdf"), "--generated-at", "yesterday"]
        )
        == 2
    )
    assert (
        main(
            [
                "report",
                str(case_file),
                "-o",
                str(tmp_path / "x.pdf"),
                "--generated-at",
                "2025-10-15T20:30:00",
            ]
        )
        == 2
    )  # no offset
    assert main(["report", str(case_file), "-o", str(tmp_path / "no" / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()
    capsys.readouterr()


def test_generated_at_order() -> None:
    explicit = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    assert generated_at(explicit, {"SOURCE_DATE_EPOCH": "0"}) == explicit
    assert generated_at(None, {"SOURCE_DATE_EPOCH": "0"}) == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    now = generated_at(None, {})
    assert now.tzinfo is not None
    assert abs((dt.datetime.now(dt.UTC) - now).total_seconds()) < 60
