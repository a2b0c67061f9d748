"""The evidence editor fits at 1366×768 (and, run again in a subprocess, at
2×): in every state — an item with files, one without (Add a file…), the
worker's errors shown, a missing file's mark — no input is shorter or
narrower than it needs, nothing is cut off at the right, every input is
named. Screenshots of two states in each language go to a temporary
directory, or to docs/screenshots/ with CASEAPP_UPDATE_SCREENSHOTS=1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from caseapp.domain.model import Evidence
from caseapp.domain.vocab import EvidenceKind, OriginalStatus
from caseapp.ui.app import sample_path
from caseapp.ui.evidence_view import EvidenceView

from .conftest import make_parts
from .layout_check import assert_passes_at_2x
from .test_layout_a11y import _cut_off, _unnamed

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "screenshots"
UPDATE = os.environ.get("CASEAPP_UPDATE_SCREENSHOTS") == "1"
SIZED = (QLineEdit, QComboBox, QPlainTextEdit, QPushButton)


def _squeezed(editor: QWidget) -> list[str]:
    out = []
    for w in editor.findChildren(QWidget):
        if not isinstance(w, SIZED) or not w.isVisible():
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox):
            continue
        hint = w.minimumSizeHint() if isinstance(w, QPlainTextEdit) else w.sizeHint()
        if w.height() < hint.height() or w.width() < w.minimumSizeHint().width():
            out.append(f"{type(w).__name__} {w.accessibleName()!r}: {w.size()} < {hint}")
    return out


def _settle(qtbot, view: EvidenceView) -> list[str]:  # type: ignore[no-untyped-def]
    found: list[str] = []
    for _ in range(20):
        qtbot.wait(50)
        found = _cut_off(view) + _squeezed(view.editor) + [f"unnamed: {u}" for u in _unnamed(view)]
        if not found:
            break
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_editor_fits_in_every_state(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    out = DOCS if UPDATE and os.environ.get("QT_SCALE_FACTOR") in (None, "", "1") else tmp_path
    window = parts.window
    try:
        window.resize(1366, 768)
        ids: list[str] = []
        parts.session.import_file(sample_path(), done=ids.append)
        qtbot.waitUntil(lambda: parts.session.case is not None and bool(ids), timeout=20_000)
        stub = Evidence(
            id="",
            title="我的劳动合同",
            kind=EvidenceKind.CONTRACT,
            original_status=OriginalStatus.KEPT,
        )
        with qtbot.waitSignal(parts.session.saved, timeout=10_000):
            parts.session.save_record(stub)
        window.show_view("evidence")
        view = window.views["evidence"]
        assert isinstance(view, EvidenceView)
        qtbot.waitUntil(lambda: view.model.rowCount() > 1, timeout=10_000)
        problems: dict[str, list[str]] = {}
        rows = {
            "with files": next(
                r for r in range(view.model.rowCount()) if view.model.evidence(r).files
            ),
            "without a file": next(
                r for r in range(view.model.rowCount()) if not view.model.evidence(r).files
            ),
        }
        for state, row in rows.items():
            view.open_row(view.model.index(row, 0))
            problems[state] = _settle(qtbot, view)
            if state == "with files":
                window.grab().save(str(out / f"evidence-editor-{lang}.png"))
        editor = view.editor
        editor.created.setText("2025-02-30")
        editor.obtained.setText("3000-01-01")
        editor.title.setText("")
        editor.save()
        problems["errors shown"] = _settle(qtbot, view)
        assert editor.fields["created_on"].error.isVisible()
        row = rows["with files"]
        sha = view.model.evidence(row).files[0].sha256
        view.open_row(view.model.index(row, 0))
        view._marks({sha: "missing"})
        problems["a file missing"] = _settle(qtbot, view)
        editor.ensureWidgetVisible(editor.attach_button)
        window.grab().save(str(out / f"evidence-missing-{lang}.png"))
        assert view.model.index(row, 2).data().startswith("⚠")
        # a screenshot just pasted: the editor offered, its name selected
        view._marks({})
        image = QImage(300, 500, QImage.Format.Format_RGB32)
        image.fill(QColor("#E69F00"))
        QGuiApplication.clipboard().setImage(image)
        with qtbot.waitSignal(view.importer.finished, timeout=20_000):
            assert view.paste()
        assert editor.banner.isVisible() and editor.title.hasSelectedText()
        problems["just added"] = _settle(qtbot, view)
        window.grab().save(str(out / f"evidence-added-{lang}.png"))
        assert not any(problems.values()), problems
    finally:
        parts.session.bridge.close()


def test_the_editor_fits_on_a_high_dpi_screen() -> None:
    assert_passes_at_2x("tests/ui/test_evidence_editor_layout.py", "every_state")  # not this test
