"""Issue 12 item 9: the evidence a report extracts from a case file goes into
a scratch directory under the data directory (never the shared temp
directory), removed when the command ends, whether it succeeded or failed
(a kill: tests/services/test_leftovers.py)."""

from __future__ import annotations

import hashlib
import io
import tempfile
from pathlib import Path

from PIL import Image

from caseapp.cli.main import cli_main
from caseapp.domain.model import Evidence
from caseapp.domain.vocab import EvidenceKind, OriginalStatus
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


class _ListsScratch(io.StringIO):
    """Standard output noting, at each `report --progress` line, what the data
    directory's scratch holds (the report is then under way)."""

    def __init__(self, scratch: Path) -> None:
        super().__init__()
        self.scratch, self.seen = scratch, set[str]()

    def write(self, s: str) -> int:
        if s.startswith("progress ") and self.scratch.is_dir():
            self.seen |= {p.name for p in self.scratch.rglob("*.jpg")}
        return super().write(s)


def test_re_encoded_photos_wait_in_the_scratch_and_are_removed(
    data_dir: Path, case_id: str, tmp_path: Path
) -> None:
    """A phone photo too large to embed as it is is re-encoded; the copy waits
    for the save in the command's scratch directory under the data directory
    (not in memory, not in the shared temp directory) and is gone afterwards."""
    photo = tmp_path / "IMG_0001.jpg"
    Image.effect_noise((2400, 1800), 40).convert("RGB").save(photo, "JPEG", quality=70)
    with CaseService(data_dir) as svc:
        item = Evidence("", "照片", EvidenceKind.PHOTO, OriginalStatus.KEPT)
        svc.add_evidence_files(case_id, item, [photo])
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    out = _ListsScratch(data_dir / SCRATCH)
    pdf = tmp_path / "filing.pdf"
    argv = ["--data-dir", str(data_dir), "report", case_id, "-o", str(pdf), "--progress"]
    code = cli_main([*argv, "--part", "filing"], stdout=out, stderr=io.StringIO())
    assert code == 0
    assert f"{sha}.jpg" in out.seen
    assert list((data_dir / SCRATCH).iterdir()) == []
