"""证据: files added through the view are copied and fingerprinted on the
writer with progress; thumbnails arrive; which records use an item is shown;
a cancelled import and an unreadable file change nothing; the model is sound."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from caseapp.domain.vocab import EvidenceKind
from caseapp.ui.evidence_view import EvidenceView
from tests.ui.conftest import open_new_case


def _view(qtbot, parts) -> EvidenceView:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    parts.window.show_view("evidence")
    view = parts.window.views["evidence"]
    assert isinstance(view, EvidenceView)
    return view


def _png(path: Path) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    assert image.save(str(path))
    return path


def test_add_files_with_thumbnail_and_users(qtbot, qtmodeltester, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    shot = _png(tmp_path / "wechat-2025-03-04.png")
    progress: list[tuple[int, int]] = []
    view.importer.progress.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        assert view.add_paths([shot])
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(view.model)
    (item,) = parts.session.case.evidence
    assert item.kind == EvidenceKind.PHOTO
    (f,) = item.files
    assert f.original_name == "wechat-2025-03-04.png"
    assert f.sha256 == hashlib.sha256(shot.read_bytes()).hexdigest()
    assert f.imported_at is not None
    assert progress and progress[-1][0] == progress[-1][1] == shot.stat().st_size
    assert view.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == f.sha256
    qtbot.waitUntil(
        lambda: view.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None,
        timeout=10_000,
    )
    # an incident cites it: "used by" shows that record
    incident = dataclasses.replace(_incident(), evidence=(item.id,))
    parts.session.save_record(incident)
    qtbot.waitUntil(lambda: view.model.index(0, 5).data() == "1", timeout=10_000)
    view.table.selectRow(0)
    assert "wechat-2025-03-04.png" in view.detail.toPlainText()
    assert f.sha256 in view.detail.toPlainText()
    assert "2025-03-04" in view.detail.toPlainText()


def _incident():  # type: ignore[no-untyped-def]
    import datetime as dt

    from caseapp.domain.model import Incident
    from caseapp.domain.vocab import IncidentKind

    return Incident(
        id="", date=dt.date(2025, 3, 4), kind=IncidentKind.STANDBY_NOTICE, summary="回家等通知"
    )


def test_paste_a_screenshot(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#E69F00"))
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        assert view.paste()
    qtbot.waitUntil(lambda: len(parts.session.case.evidence) == 1, timeout=10_000)
    assert parts.session.case.evidence[0].files[0].original_name.endswith(".png")


def test_cancel_changes_nothing(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    big = tmp_path / "recording.m4a"
    with big.open("wb") as fh:
        block = os.urandom(1 << 20)
        for _ in range(256):
            fh.write(block)
    with qtbot.waitSignal(view.importer.cancelled, timeout=60_000):
        assert view.add_paths([big])
        assert view.cancel_button.isVisibleTo(view)
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert "Nothing" in view.status.text() or "没有" in view.status.text()
    qtbot.wait(200)
    assert parts.session.case.evidence == ()
    assert view.model.rowCount() == 0
    assert view.add_button.isEnabled()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_refused(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    locked = tmp_path / "locked.png"
    _png(locked)
    locked.chmod(0)
    assert not view.add_paths([locked])
    assert "locked.png" in view.status.text()
    assert parts.session.case.evidence == ()


def test_missing_file_is_refused(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    assert not view.add_paths([tmp_path / "gone.png"])
    assert "gone.png" in view.status.text()
    assert not view.bar.isVisibleTo(view)
    qtbot.wait(200)
    assert parts.session.case.evidence == ()


def test_stub_without_files_sorts_last(qtbot, qtmodeltester, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caseapp.domain.model import Evidence
    from caseapp.domain.vocab import OriginalStatus

    view = _view(qtbot, parts)
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        view.add_paths([_png(tmp_path / "a.png")])
    stub = Evidence(
        id="", title="纸质通知（在抽屉里）", kind=EvidenceKind.NOTICE,
        original_status=OriginalStatus.KEPT,
    )  # fmt: skip
    parts.session.save_record(stub)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(view.model)
    assert view.model.index(1, 0).data() == "纸质通知（在抽屉里）"  # no import time: last


def test_drop_files_on_the_view(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    view = _view(qtbot, parts)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_png(tmp_path / "dropped.png")))])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        view.dropEvent(event)
    qtbot.waitUntil(lambda: len(parts.session.case.evidence) == 1, timeout=10_000)
    assert parts.session.case.evidence[0].files[0].original_name == "dropped.png"


def test_copies_wait_under_the_data_directory(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """A plain case's file opened with the desktop's program, and a screenshot
    pasted here, wait in the data directory's private tmp/ (0700; the next
    start removes it after a kill), never the shared system temp directory."""
    import tempfile

    view = _view(qtbot, parts)
    where = Path(view.plain_dir())
    assert where.is_relative_to(parts.window.data_dir / "tmp")
    assert where.parent != Path(tempfile.gettempdir())
    assert where.parent.stat().st_mode & 0o777 == 0o700
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#009E73"))
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        assert view.paste()
    assert [p.suffix for p in where.iterdir()] == [".png"]
    view.close()
    assert not where.exists()
