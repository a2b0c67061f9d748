"""Overlapping claims are never summed: the filing pack pleads one of them,
the stronger reading (tribunals do not accept 择一); the brief argues the other."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from caseapp.__main__ import main
from caseapp.paths import resource


def test_sample_filing_pack_pleads_one_of_two_overlapping_readings(tmp_path: Path) -> None:
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
    # The sample's standby-below-floor (1,766.83) and full-wage (38,261.31) claims
    # cover the same months: the full wage is pleaded, once; the floor is not.
    requests = flat[flat.index("仲裁请求") : flat.index("事实与理由")]
    assert "择一" not in requests
    assert requests.count("38,261.31元") == 1 and "1,766.83" not in requests
