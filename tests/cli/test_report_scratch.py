"""Issue 12 item 9: the evidence a report extracts from a case file goes into
a scratch directory under the data directory (never the shared temp
directory), removed when the command ends, whether it succeeded or failed
(a kill: tests/services/test_leftovers.py)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from caseapp.cli.main import cli_main
from caseapp.scratch import SCRATCH
from caseapp.services.service import CaseService


def _system_temp_copies() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("caseapp-evidence-*")}


def _export(data_dir: Path, case_id: str, tmp_path: Path) -> Path:
    out = tmp_path / "case.caseapp.zip"
    with CaseService(data_dir) as svc:
        svc.export_case(case_id, out)
    return out


def test_report_copies_are_removed_after_success_and_failure(
    data_dir: Path, case_id: str, tmp_path: Path
) -> None:
    case_file = _export(data_dir, case_id, tmp_path)
    before = _system_temp_copies()
    err = io.StringIO()
    pdf = tmp_path / "filing.pdf"
    argv = ["--data-dir", str(data_dir), "--lang", "en", "report", str(case_file)]
    code = cli_main([*argv, "-o", str(pdf), "--part", "filing"], stdout=io.StringIO(), stderr=err)
    assert code == 0, err.getvalue()
    assert pdf.is_file()
    assert (data_dir / SCRATCH).is_dir()  # the copies were made there ...
    assert list((data_dir / SCRATCH).iterdir()) == []  # ... and removed
    assert _system_temp_copies() == before
    # a failure after the copies were made (the output's folder does not exist)
    missing = tmp_path / "gone" / "filing.pdf"
    code = cli_main([*argv, "-o", str(missing), "--part", "filing"], stderr=io.StringIO())
    assert code in (2, 3)
    assert list((data_dir / SCRATCH).iterdir()) == []
    assert _system_temp_copies() == before
