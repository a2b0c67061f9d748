"""报告: both PDFs exported through the view (the CLI as a subprocess), read
back with pypdf; the lawyer's folder holds both PDFs, the case file and the
how-to-verify text with their hashes; a bad date is refused at the field."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from caseapp.domain.model import Payment
from caseapp.domain.vocab import PaymentKind
from caseapp.ui.report_view import ReportView
from caseapp.ui.share import VERIFY_NAME
from tests.ui.helpers_more import benched_case


def _view(parts) -> ReportView:  # type: ignore[no-untyped-def]
    view = parts.window.views["report"]
    assert isinstance(view, ReportView)
    return view


def _with_pay(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts, "2025-01-01", "2025-03-31")
    pay = Payment(
        id="",
        paid_on=dt.date(2025, 3, 15),
        period_start=dt.date(2025, 2, 1),
        period_end=dt.date(2025, 2, 28),
        kind=PaymentKind.WAGE,
        net=Decimal("1800"),
    )
    parts.session.save_record(pay)
    qtbot.waitUntil(lambda: len(parts.session.case.payments) == 1, timeout=10_000)


def _text(path: Path) -> str:
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 1
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_share_with_a_lawyer_writes_both_pdfs(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _with_pay(qtbot, parts)
    parts.window.show_view("report")
    view = _view(parts)
    view.as_of.setText("2025-04-30")
    with qtbot.waitSignal(view.shareWritten, timeout=180_000) as blocker:
        assert view.share(tmp_path)
        assert view.cancel_button.isVisibleTo(view)
    folder = blocker.args[0]
    files = sorted(p.name for p in folder.iterdir())
    pdfs = [folder / n for n in files if n.endswith(".pdf")]
    assert len(pdfs) == 2
    zips = [folder / n for n in files if n.endswith(".caseapp.zip")]
    assert len(zips) == 1
    assert VERIFY_NAME in files
    for pdf in pdfs:
        assert "李青" in _text(pdf)
    verify = (folder / VERIFY_NAME).read_text(encoding="utf-8")
    assert "caseapp verify" in verify
    for path in [*pdfs, *zips]:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert f"{digest}  {path.name}" in verify
    assert str(folder) in view.status.text()
    assert "KB" in view.status.text() or "MB" in view.status.text()
    assert not view.cancel_button.isVisibleTo(view)


def test_one_pdf_where_the_worker_chooses(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _with_pay(qtbot, parts)
    view = _view(parts)
    view.filing.setChecked(True)
    view.lang.setCurrentIndex(view.lang.findData("en"))
    out = tmp_path / "chosen" / "pack.pdf"
    out.parent.mkdir()
    with qtbot.waitSignal(view.job.finished, timeout=180_000):
        assert view.make_pdf(out)
    assert out.exists()
    assert _text(out).strip()
    assert str(out) in view.status.text()


def test_bad_date_is_refused_at_the_field(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _with_pay(qtbot, parts)
    view = _view(parts)
    out = tmp_path / "out"
    out.mkdir()
    view.as_of.setText("2025-02-30")
    assert not view.make_pdf(out / "x.pdf")
    assert view.fields["as_of"].error.text()
    view.as_of.setText((dt.date.today() + dt.timedelta(days=3)).isoformat())
    assert not view.share(out)
    assert view.fields["as_of"].error.text()
    assert list(out.iterdir()) == []
    assert not view.job.running
