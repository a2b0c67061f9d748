"""证据's editor, driven through its widgets (issue 13 item 4; issue 12 item 3):
a pasted screenshot offers the editor with its name selected and no date
made up; every field saved in one journaled change that Ctrl+Z undoes; a
file attached to an item without one (the wizard's "我的劳动合同 — 没有文件");
a file opened as a copy with the desktop's program; missing and changed
files marked with what to do, and put back from the original."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QImage

from caseapp.domain.model import Evidence
from caseapp.domain.vocab import EvidenceKind, JournalOp, OriginalStatus, Proves
from caseapp.ui.evidence_view import EvidenceView
from tests.ui.conftest import open_new_case, run


def _view(qtbot, parts) -> EvidenceView:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    parts.window.show_view("evidence")
    view = parts.window.views["evidence"]
    assert isinstance(view, EvidenceView)
    return view


def _png(path: Path, colour: str = "#0072B2") -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def _choose(combo, code: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(code))


def test_paste_offers_the_editor_and_every_field_saves_undoably(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    image = QImage(300, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("#E69F00"))
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        assert view.paste()
    editor = view.editor
    qtbot.waitUntil(lambda: editor.record is not None, timeout=5_000)
    (item,) = parts.session.case.evidence
    # offered at once: the name selected for typing over, no date made up
    assert editor.banner.isVisible()
    assert editor.title.hasSelectedText() and editor.title.selectedText() == item.title
    assert item.created_on is None and item.obtained_on is None
    assert editor.created.text() == editor.obtained.text() == ""
    assert editor.kind_guess.isVisible()  # the kind from the format is a guess to confirm
    assert view.selected() is not None and view.selected().id == item.id

    qtbot.keyClicks(editor.title, "x")  # typing replaces the selected placeholder name
    editor.title.setText("主管微信：明天起不用来了")
    _choose(editor.kind, "chat")
    editor.created.setText("2025-03-03")
    editor.obtained.setText("2025/3/4")
    editor.source.setText("我自己截的图")
    editor.source_app.setCurrentText("微信")
    editor.account.setText("wxid_boss")
    editor.proves[Proves.STANDBY].setChecked(True)
    editor.proves[Proves.PRESSURE].setChecked(True)
    editor.purpose.setPlainText("证明公司口头通知我待岗")
    _choose(editor.status, "copy_only")
    editor.witness.setText("同事张三")
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    (saved,) = parts.session.case.evidence
    assert saved.title == "主管微信：明天起不用来了"
    assert saved.kind == EvidenceKind.CHAT
    assert (saved.created_on, saved.obtained_on) == (dt.date(2025, 3, 3), dt.date(2025, 3, 4))
    assert (saved.source, saved.source_app, saved.counterparty_account) == (
        "我自己截的图",
        "微信",
        "wxid_boss",
    )
    assert saved.proves == (Proves.STANDBY, Proves.PRESSURE)
    assert saved.purpose == "证明公司口头通知我待岗"
    assert saved.original_status == OriginalStatus.COPY_ONLY
    assert saved.witness == "同事张三"
    assert saved.files == item.files  # the file itself untouched
    assert not editor.banner.isVisible()
    history = run(qtbot, parts, lambda s: s.history(parts.session.case_id, f"evidence:{item.id}"))
    assert history[-1].op == JournalOp.UPDATE

    # Ctrl+Z (the window's) undoes the edit; the editor shows the item as it was
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        parts.window.undo()
    qtbot.waitUntil(lambda: editor.title.text() == item.title, timeout=5_000)
    assert parts.session.case.evidence[0].kind == item.kind


def test_bad_dates_are_said_at_the_field_and_nothing_is_saved(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    stub = Evidence(
        id="", title="工资条", kind=EvidenceKind.PAYSLIP, original_status=OriginalStatus.KEPT
    )
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        parts.session.save_record(stub)
    view.open_row(view.model.index(0, 0))
    editor = view.editor
    before = parts.session.case
    future = dt.date.today() + dt.timedelta(days=3)
    editor.created.setText("2025-02-30")
    editor.obtained.setText(future.isoformat())
    editor.title.setText("  ")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.fields["created_on"].error.isVisibleTo(editor)
    assert editor.fields["obtained_on"].error.isVisibleTo(editor)
    assert editor.fields["title"].error.isVisibleTo(editor)
    qtbot.wait(200)
    assert parts.session.case is before  # nothing went to the writer


def test_attach_a_file_to_an_item_without_one_then_open_it(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    contract = Evidence(
        id="", title="我的劳动合同", kind=EvidenceKind.CONTRACT, original_status=OriginalStatus.KEPT
    )
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        parts.session.save_record(contract)
    view.open_row(view.model.index(0, 0))
    editor = view.editor
    assert editor.attach_button.isVisible()
    scan = _png(tmp_path / "合同扫描.png")
    view.ask_files = lambda _caption, many=True: [str(scan)]  # the system dialog's answer
    editor.obtained.setText("2022-03-01")  # an edit made before attaching is saved with it
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        qtbot.mouseClick(editor.attach_button, Qt.MouseButton.LeftButton)
    (item,) = parts.session.case.evidence
    assert [f.original_name for f in item.files] == ["合同扫描.png"]
    assert item.title == "我的劳动合同" and item.obtained_on == dt.date(2022, 3, 1)
    assert not editor.attach_button.isVisible()  # a stored file is never replaced
    assert not editor.banner.isVisible()  # attached, not a new item

    class Desktop(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def handle(self, url: QUrl) -> None:
            self.urls.append(url)

    desktop = Desktop()
    QDesktopServices.setUrlHandler("file", desktop, "handle")
    try:
        open_button = next(
            b for b in editor.findChildren(type(editor.save_button)) if b.text() in ("打开", "Open")
        )
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(desktop.urls), timeout=10_000)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    opened = Path(desktop.urls[0].toLocalFile())
    assert opened.name == "合同扫描.png"  # named as it was, so the desktop knows its type
    assert opened.read_bytes() == scan.read_bytes()
    stored = run(qtbot, parts, lambda s: s.evidence_file_path(item.files[0].sha256))
    assert opened != stored and stat.S_IMODE(opened.stat().st_mode) == 0o400  # a copy, read-only

    # attaching was one journaled change: Ctrl+Z takes the file (and the date) off again
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        parts.window.undo()
    (undone,) = parts.session.case.evidence
    assert undone.files == () and undone.obtained_on is None
    qtbot.waitUntil(editor.attach_button.isVisible, timeout=5_000)


def test_missing_and_changed_files_are_marked_and_put_back(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Files damaged while the app was closed (a deleted one, one changed but
    of the same size): the Evidence view hashes each file once and marks them."""
    open_new_case(qtbot, parts)
    first, second = _png(tmp_path / "a.png"), _png(tmp_path / "b.png", "#009E73")
    for path in (first, second):
        item = Evidence(
            id="", title=path.name, kind=EvidenceKind.PHOTO, original_status=OriginalStatus.KEPT
        )
        with qtbot.waitSignal(parts.session.saved, timeout=20_000):
            parts.session.add_evidence_files(item, [path])
    by_name = {e.files[0].original_name: e for e in parts.session.case.evidence}
    gone, changed = by_name["a.png"].files[0], by_name["b.png"].files[0]
    gone_path = run(qtbot, parts, lambda s: s.evidence_file_path(gone.sha256))
    changed_path = run(qtbot, parts, lambda s: s.evidence_file_path(changed.sha256))
    gone_path.unlink()
    os.chmod(changed_path, stat.S_IRUSR | stat.S_IWUSR)
    data = bytearray(changed_path.read_bytes())
    data[-1] ^= 0xFF  # same size, different content
    changed_path.write_bytes(bytes(data))

    parts.window.show_view("evidence")
    view = parts.window.views["evidence"]
    assert isinstance(view, EvidenceView)
    qtbot.waitUntil(lambda: len(view.model.marks) == 2, timeout=20_000)
    texts = {view.model.index(r, 2).data() for r in range(view.model.rowCount())}
    assert any(t.startswith("⚠") and "a.png" in t for t in texts), texts
    assert any(t.startswith("⚠") and "b.png" in t for t in texts), texts

    row = next(r for r in range(2) if view.model.evidence(r).id == by_name["b.png"].id)
    view.open_row(view.model.index(row, 0))
    editor = view.editor
    warnings = [w.text() for w in editor.findChildren(type(editor.error)) if "⚠" in w.text()]
    assert len(warnings) == 1 and "“" in warnings[0]  # what is wrong and what to do

    def buttons() -> dict[str, bool]:
        found = editor.findChildren(type(editor.save_button))
        return {b.text(): b.isEnabled() for b in found if b.isVisible()}

    qtbot.waitUntil(lambda: len(buttons()) == 4, timeout=5_000)  # save, revert, open, find
    assert sorted(buttons().values()) == [False, True, True, True]  # a missing copy: no Open

    # the wrong file is refused and changes nothing; the original puts it back
    view.restore_from(changed.sha256, first)
    qtbot.waitUntil(lambda: "fingerprint" in view.status.text() or "指纹" in view.status.text())
    assert hashlib.sha256(changed_path.read_bytes()).hexdigest() != changed.sha256
    view.restore_from(changed.sha256, second)
    view.restore_from(gone.sha256, first)
    qtbot.waitUntil(lambda: not view.model.marks, timeout=20_000)
    assert hashlib.sha256(changed_path.read_bytes()).hexdigest() == changed.sha256
    assert hashlib.sha256(gone_path.read_bytes()).hexdigest() == gone.sha256
    assert not [w for w in editor.findChildren(type(editor.error)) if "⚠" in w.text()]


def test_ctrl_v_on_today_records_no_date_and_says_where_to_name_it(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    image = QImage(300, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("#CC79A7"))
    QGuiApplication.clipboard().setImage(image)
    window.views["today"].setFocus()
    with qtbot.waitSignal(parts.session.saved, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Evidence" in window.statusBar().currentMessage()
                    or "证据" in window.statusBar().currentMessage(), timeout=10_000)  # fmt: skip
    (item,) = parts.session.case.evidence
    assert item.obtained_on is None and item.created_on is None  # pasting is not obtaining
    # and the Evidence page names it
    window.show_view("evidence")
    view = window.views["evidence"]
    assert isinstance(view, EvidenceView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.open_row(view.model.index(0, 0))
    view.editor.title.setText("主管微信：项目结束，回公司待岗")
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        qtbot.keyClick(view.editor.title, Qt.Key.Key_Return)  # Enter saves
    assert parts.session.case.evidence[0].title == "主管微信：项目结束，回公司待岗"
