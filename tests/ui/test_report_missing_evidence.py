"""The app's report goes ahead when an evidence file is missing (issue 12
item 3): before, the export it starts with stopped on the missing file and
no PDF was made; now the PDF is written and its exhibit page says the file
is not on this computer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from caseapp.domain.model import Evidence, Payment
from caseapp.domain.vocab import EvidenceKind, OriginalStatus, PaymentKind
from caseapp.ui.report_view import ReportView
from tests.ui.conftest import benched_case, run


def test_the_pdf_is_made_and_marks_the_missing_file(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts, "2025-01-01", "2025-03-31")
    slip = tmp_path / "payslip.png"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#56B4E9"))
    assert image.save(str(slip))
    item = Evidence(
        id="", title="2月工资条", kind=EvidenceKind.PAYSLIP, original_status=OriginalStatus.KEPT
    )
    stored: list[Evidence] = []
    parts.session.add_evidence_files(item, [slip], done=stored.append)
    qtbot.waitUntil(lambda: bool(stored), timeout=20_000)
    pay = Payment(
        id="",
        paid_on=dt.date(2025, 3, 15),
        period_start=dt.date(2025, 2, 1),
        period_end=dt.date(2025, 2, 28),
        kind=PaymentKind.WAGE,
        net=Decimal("1800"),
        evidence=(stored[0].id,),
    )
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        parts.session.save_record(pay)
    sha = stored[0].files[0].sha256
    run(qtbot, parts, lambda s: s.evidence_file_path(sha)).unlink()

    view = parts.window.views["report"]
    assert isinstance(view, ReportView)
    view.filing.setChecked(True)
    view.lang.setCurrentIndex(view.lang.findData("en"))
    out = tmp_path / "pack.pdf"
    failed: list[str] = []
    written: list[object] = []
    view.job.failed.connect(failed.append)
    view.job.finished.connect(written.append)
    assert view.make_pdf(out)
    qtbot.waitUntil(lambda: bool(written or failed), timeout=180_000)
    assert not failed, failed  # before: the export it starts with stopped on the missing file
    text = " ".join(
        " ".join(page.extract_text() or "" for page in PdfReader(str(out)).pages).split()
    )
    assert "The file is not on this computer" in text  # report.exhibit.missing
