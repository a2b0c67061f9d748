"""The filing pack lists overlapping claims as alternatives, never as a sum."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from caseapp.__main__ import main
from caseapp.paths import resource


def test_sample_filing_pack_marks_the_full_wage_reading_as_an_alternative(tmp_path: Path) -> None:
    out = tmp_path / "filing.pdf"
    code = main(
        [
            "report",
            str(resource("samples", "sample.caseapp.zip")),
            "-o",
            str(out),
            "--part",
            "filing",
            "--as-of",
            "2025-10-10",
            "--generated-at",
            "2025-10-10T10:00:00+08:00",
            "--lang",
            "zh",
            "--data-dir",
            str(tmp_path / "data"),
        ]
    )
    assert code == 0
    text = "".join((p.extract_text() or "") for p in PdfReader(str(out)).pages)
    flat = re.sub(r"\s+", "", text)
    # The sample's standby-below-floor and full-wage claims cover the same months.
    assert "择一关系，金额不累加" in flat
