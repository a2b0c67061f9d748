"""The PDF says when it was made (issue 13, item 8): its creation date is the
report's generation time (``--generated-at``, else SOURCE_DATE_EPOCH, else
now), not reportlab's invariant 2000-01-01; the same inputs still give the
same bytes. And the fingerprint is in the header, where HOW-TO-VERIFY says."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from caseapp import i18n
from caseapp.domain.model import Case
from caseapp.report import ReportResult
from tests.report.conftest import render
from tests.report.fixtures import GENERATED_AT, sample_findings

REPO = Path(__file__).resolve().parents[2]


def test_creation_date_is_the_generation_time(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    case, lookup = sample
    findings = sample_findings(case)
    result = render(case, findings, tmp_path / "a.pdf", lookup)
    meta = PdfReader(str(result.path)).metadata
    assert meta is not None
    # GENERATED_AT is 2025-10-15 20:30 in Shanghai: 12:30 UTC
    assert meta.creation_date == GENERATED_AT.astimezone(dt.UTC)
    assert meta.modification_date == GENERATED_AT.astimezone(dt.UTC)
    again = render(case, findings, tmp_path / "b.pdf", lookup)
    assert again.path.read_bytes() == result.path.read_bytes()
    later = render(
        case, findings, tmp_path / "c.pdf", lookup, generated_at=GENERATED_AT + dt.timedelta(days=1)
    )
    assert PdfReader(str(later.path)).metadata.creation_date.date() == dt.date(2025, 10, 16)  # type: ignore[union-attr]


def test_the_command_line_dates_the_pdf_now_without_generated_at(
    case_file: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    out = tmp_path / "r.pdf"
    subprocess.run(
        [sys.executable, "-m", "caseapp", "report", str(case_file), "-o", str(out)],
        check=True,
        cwd=REPO,
        env=env,
        capture_output=True,
    )
    after = dt.datetime.now(dt.UTC)
    made = PdfReader(str(out)).metadata.creation_date  # type: ignore[union-attr]
    assert made is not None and before <= made <= after
    epoch = dict(env, SOURCE_DATE_EPOCH="1767225600")  # 2026-01-01 00:00 UTC
    subprocess.run(
        [sys.executable, "-m", "caseapp", "report", str(case_file), "-o", str(out)],
        check=True,
        cwd=REPO,
        env=epoch,
        capture_output=True,
    )
    made = PdfReader(str(out)).metadata.creation_date  # type: ignore[union-attr]
    assert made == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_the_fingerprint_is_in_the_header_as_the_verify_text_says(
    built: dict[str, tuple[ReportResult, PdfReader]],
) -> None:
    result, reader = built["zh"]
    page = reader.pages[1]
    height = float(page.mediabox.height)
    where: list[float] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if result.fingerprint[:12] in text:
            where.append(tm[5])

    page.extract_text(visitor_text=visit)
    assert where and all(y > height * 0.9 for y in where)  # the top of the page
    assert "页眉" in i18n.text("uireport.verify.body", "zh", **_names())
    assert "页脚" not in i18n.text("uireport.verify.body", "zh", **_names())
    en = i18n.text("uireport.verify.body", "en", **_names())
    assert "header" in en and "footer" not in en


def _names() -> dict[str, str]:
    return {"when": "", "brief": "", "filing": "", "casefile": ""}
