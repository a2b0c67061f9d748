"""报告: both PDFs exported through the view (the CLI as a subprocess), read
back with pypdf; the lawyer's folder holds both PDFs, the case file and the
how-to-verify text with their hashes; a bad date is refused at the field; the
PDF is opened only when asked, and masked when asked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from caseapp.domain.model import Day, Payment, Worker
from caseapp.domain.vocab import DayStatus, PaymentKind
from caseapp.ui.report_view import ReportView
from caseapp.ui.share import VERIFY_NAME
from tests.ui.conftest import benched_case, make_parts, open_new_case, sample_info


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


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_pdf_opened_only_when_asked_and_masked_when_asked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data")
    try:
        info = dataclasses.replace(
            sample_info(),
            city="beijing",
            worker=Worker(name="李青", id_number="110101199001011234", phone="13800001234"),
        )
        open_new_case(qtbot, parts, info)
        days = [
            Day(date=dt.date(2025, 1, 1) + dt.timedelta(days=n), status=DayStatus.STANDBY)
            for n in range(40)
        ]
        done: list[bool] = []
        parts.session.set_days(days, done=lambda: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        view = parts.window.views["report"]
        assert isinstance(view, ReportView)
        view.as_of.setText("2025-03-31")
        view.filing.setChecked(True)  # the filing pack names the parties in full
        opened = _Opened()
        QDesktopServices.setUrlHandler("file", opened, "open")
        try:
            assert not view.open_after.isChecked()  # off unless the worker asks
            plain = tmp_path / "plain.pdf"
            with qtbot.waitSignal(view.job.finished, timeout=180_000):
                assert view.make_pdf(plain)
            assert opened.urls == []
            text = _pdf_text(plain)
            assert "13800001234" in text and "110101199001011234" in text

            view.mask_box.setChecked(True)
            view.open_after.setChecked(True)
            masked = tmp_path / "masked.pdf"
            with qtbot.waitSignal(view.job.finished, timeout=180_000):
                assert view.make_pdf(masked)
            qtbot.waitUntil(lambda: bool(opened.urls), timeout=5_000)
            assert Path(opened.urls[0].toLocalFile()) == masked
            text = _pdf_text(masked)
            assert "13800001234" not in text and "110101199001011234" not in text
        finally:
            QDesktopServices.unsetUrlHandler("file")
    finally:
        parts.session.bridge.close()


def test_word_copy_through_the_command(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Word copy (caseapp report -o OUT.docx as a subprocess): it opens
    with python-docx and holds the application with the worker's name."""
    import docx

    _with_pay(qtbot, parts)
    view = _view(parts)
    view.as_of.setText("2025-04-30")
    out = tmp_path / "申请书"  # no suffix: .docx is added
    with qtbot.waitSignal(view.job.finished, timeout=180_000) as blocker:
        assert view.make_word(out)
        assert not view.word_button.isEnabled()
    written = blocker.args[0][0]
    assert written == out.with_suffix(".docx")
    doc = docx.Document(str(written))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "劳动人事争议仲裁申请书" in text and doc.tables
    assert "李青" in "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert str(written) in view.status.text()
    assert view.word_button.isEnabled()
