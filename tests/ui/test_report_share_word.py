"""报告 → 发给律师…: the folder also holds the Word copy (the application and the
evidence list, through the real `caseapp report -o OUT.docx` subprocess); it
opens with python-docx, how-to-verify.txt lists its SHA-256 and says in both
languages that the PDF is the copy to file; masked when asked. If the Word copy
fails the folder is still made with the PDFs and the view says so; if a PDF
fails no folder is left, not even half of one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.model import Day, Worker
from caseapp.domain.vocab import DayStatus
from caseapp.ui.report_view import ReportView
from caseapp.ui.share import VERIFY_NAME
from tests.ui.conftest import make_parts, open_new_case, sample_info

ID_NUMBER = "110101199001011234"
PHONE = "13800001234"


@pytest.fixture
def view(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A benched case whose worker has an ID number and a phone."""
    parts = make_parts(qtbot, tmp_path / "data")
    info = dataclasses.replace(
        sample_info(),
        city="beijing",
        worker=Worker(name="李青", id_number=ID_NUMBER, phone=PHONE),
    )
    open_new_case(qtbot, parts, info)
    days = [
        Day(date=dt.date(2025, 1, 1) + dt.timedelta(days=n), status=DayStatus.STANDBY)
        for n in range(40)
    ]
    done: list[bool] = []
    parts.session.set_days(days, done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    parts.window.show_view("report")
    v = parts.window.views["report"]
    assert isinstance(v, ReportView)
    v.as_of.setText("2025-03-31")
    yield v
    parts.session.bridge.close()


def _docx_text(path: Path) -> str:
    """Every word of the document: paragraphs, tables and the raw XML parts."""
    import docx

    doc = docx.Document(str(path))
    text = [p.text for p in doc.paragraphs]
    text += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    with zipfile.ZipFile(path) as z:
        text += [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")]
    return "\n".join(text)


def _share(qtbot, view: ReportView, where: Path) -> Path:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.shareWritten, timeout=240_000) as blocker:
        assert view.share(where)
    folder: Path = blocker.args[0]
    return folder


def test_share_holds_the_word_copy_masked(qtbot, view: ReportView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # unmasked, the Word copy names the worker's ID number and phone …
    plain = tmp_path / "plain.docx"
    with qtbot.waitSignal(view.job.finished, timeout=180_000):
        assert view.make_word(plain)
    text = _docx_text(plain)
    assert ID_NUMBER in text and PHONE in text

    # … masked, the folder's Word copy does not
    view.mask_box.setChecked(True)
    where = tmp_path / "out"
    where.mkdir()
    folder = _share(qtbot, view, where)
    assert [p.name for p in where.iterdir()] == [folder.name]  # no partial folder left
    files = sorted(p.name for p in folder.iterdir())
    words = [folder / n for n in files if n.endswith(".docx")]
    assert [w.name for w in words] == ["仲裁申请书与证据目录（可编辑）.docx"]
    word = words[0]
    text = _docx_text(word)
    assert "劳动人事争议仲裁申请书" in text and "李青" in text
    assert ID_NUMBER not in text and PHONE not in text
    for pdf in (folder / n for n in files if n.endswith(".pdf")):
        pdf_text = "\n".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)
        assert "李青" in pdf_text and ID_NUMBER not in pdf_text and PHONE not in pdf_text

    verify = (folder / VERIFY_NAME).read_text(encoding="utf-8")
    digest = hashlib.sha256(word.read_bytes()).hexdigest()
    assert f"{digest}  {word.name}" in verify
    assert len([n for n in files if n != VERIFY_NAME]) == 4  # 2 PDFs, the case file, the .docx
    for name in files:
        if name != VERIFY_NAME:
            assert f"{hashlib.sha256((folder / name).read_bytes()).hexdigest()}  {name}" in verify
    assert "供律师修改使用" in verify and "以 PDF 为准" in verify
    assert "for the lawyer to edit" in verify and "the copy to file is the PDF" in verify
    assert "Word" not in view.status.text().replace(str(folder), "")  # nothing failed


def _fake_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The subprocess finds a ``name`` that cannot be imported (the real one in
    this process is left alone: only the child's PYTHONPATH changes)."""
    fake = tmp_path / "fake"
    (fake / name).mkdir(parents=True)
    (fake / name / "__init__.py").write_text(
        f"raise ImportError('{name} is broken for this test')\n", encoding="utf-8"
    )
    import os

    given = os.environ.get("PYTHONPATH")  # unset in CI: the editable install finds caseapp
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(fake), *([given] if given else [])]))


def test_word_copy_failing_still_makes_the_folder(  # type: ignore[no-untyped-def]
    qtbot, view: ReportView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_module(tmp_path, monkeypatch, "docx")
    where = tmp_path / "out"
    where.mkdir()
    folder = _share(qtbot, view, where)
    assert [p.name for p in where.iterdir()] == [folder.name]
    files = sorted(p.name for p in folder.iterdir())
    assert not [n for n in files if n.endswith(".docx")]
    assert len([n for n in files if n.endswith(".pdf")]) == 2
    verify = (folder / VERIFY_NAME).read_text(encoding="utf-8")
    assert ".docx" not in verify
    status = view.status.text()
    assert str(folder) in status
    assert "没有 Word 版" in status and "docx is broken for this test" in status
    assert view.share_button.isEnabled()


def test_pdf_failing_leaves_no_folder(  # type: ignore[no-untyped-def]
    qtbot, view: ReportView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_module(tmp_path, monkeypatch, "reportlab")
    where = tmp_path / "out"
    where.mkdir()
    with qtbot.waitSignal(view.job.failed, timeout=180_000):
        assert view.share(where)
    assert list(where.iterdir()) == []
    assert view.status.text()
    assert view.share_button.isEnabled()


def test_cancel_leaves_no_folder(qtbot, view: ReportView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    where = tmp_path / "out"
    where.mkdir()
    with qtbot.waitSignal(view.job.failed, timeout=180_000):
        assert view.share(where)
        assert [p.name.startswith(".") for p in where.iterdir()] == [True]  # the hidden one
        view.job.cancel()
    assert list(where.iterdir()) == []


def test_english_names_the_word_copy_in_english(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang="en")
    try:
        open_new_case(qtbot, parts, dataclasses.replace(sample_info(), city="beijing"))
        view = parts.window.views["report"]
        assert isinstance(view, ReportView)
        view.as_of.setText("2025-03-31")
        folder = _share(qtbot, view, tmp_path)
        words = sorted(p.name for p in folder.iterdir() if p.suffix == ".docx")
        assert words == ["arbitration-application-and-evidence-list-editable.docx"]
        verify = (folder / VERIFY_NAME).read_text(encoding="utf-8")
        digest = hashlib.sha256((folder / words[0]).read_bytes()).hexdigest()
        assert f"{digest}  {words[0]}" in verify
    finally:
        parts.session.bridge.close()
