"""Every main view at 1366×768 with the sample case open, in both languages
(and the create form and 案件设置 in every state of their folded section):
nothing cut off horizontally (no horizontal scroll bar needed on the main
page), and every focusable input or button has an accessible name — its own,
its text, or a visible buddy label."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from caseapp.ui.app import sample_path

from .conftest import make_parts, open_new_case
from .test_party_details import BAD_CODE, BAD_ID, fill_details, fill_required

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QTextEdit, QPlainTextEdit, QAbstractSpinBox,
          QAbstractItemView)  # fmt: skip


def _name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName()).strip()


def _where(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"


def _cut_off(view: QWidget) -> list[str]:
    problems = []
    width = view.width()
    if view.minimumSizeHint().width() > width:
        problems.append(f"view needs {view.minimumSizeHint().width()} px > {width}")
    for w in view.findChildren(QWidget):
        if not w.isVisible() or w.width() == 0:
            continue
        if isinstance(w, QAbstractScrollArea) and w.horizontalScrollBar().isVisible():
            problems.append(f"horizontal scroll bar: {_where(w)}")
        left = w.mapTo(view, QPoint(0, 0)).x()
        if left + w.width() > width + 1 and _inside_viewport(w, view):
            problems.append(f"cut off at the right ({left + w.width()} > {width}): {_where(w)}")
    return problems


def _inside_viewport(w: QWidget, view: QWidget) -> bool:
    """False for a widget inside a scroll area's content (it scrolls by design)."""
    parent = w.parentWidget()
    while parent is not None and parent is not view:
        if isinstance(parent, QAbstractScrollArea):
            return False
        parent = parent.parentWidget()
    return True


def _unnamed(view: QWidget) -> list[str]:
    out = []
    for w in view.findChildren(QWidget):
        if not isinstance(w, INPUTS) or isinstance(w, QTabBar) or not w.isVisible():
            continue
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if type(w).__name__ in ("QScrollBar", "QToolButton") and not w.isEnabled():
            continue
        combo = w.parentWidget()
        if isinstance(w, QLineEdit) and isinstance(combo, QComboBox) and _name(combo):
            continue  # an editable combo box's own line: named by the box
        if not _name(w):
            out.append(_where(w))
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_view_fits_and_is_named(qtbot, tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    try:
        window.resize(1366, 768)
        ids: list[str] = []
        parts.session.import_file(sample_path(), done=ids.append)
        qtbot.waitUntil(lambda: parts.session.case is not None and bool(ids), timeout=20_000)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=5_000)
        problems: dict[str, list[str]] = {}
        for spec in window.specs:
            window.show_view(spec.key)
            view = window.views[spec.key]

            def check(view: QWidget = view) -> list[str]:
                return _cut_off(view) + [f"no accessible name: {u}" for u in _unnamed(view)]

            found = check()
            for _ in range(20):  # a view built just now lays out over a few event-loop turns
                if not found:
                    break
                qtbot.wait(50)
                found = check()
            if found:
                problems[spec.key] = found
        top = [f"no accessible name: {u}" for u in _unnamed(window.centralWidget())
               if "view_stack" not in u]  # fmt: skip
        assert window.width() <= 1366 and window.minimumSizeHint().width() <= 1366
        assert not problems, problems
        assert not top, top
    finally:
        parts.session.bridge.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_state_of_the_create_form_fits(qtbot, tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Folded, open with a client and every warning showing, and in 案件设置:
    no horizontal cut-off at 1366×768 and every input named."""
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    try:
        window.show_create()
        form = window.create_form

        def settle(view) -> list[str]:  # type: ignore[no-untyped-def]
            found = _cut_off(view) + [f"no accessible name: {u}" for u in _unnamed(view)]
            for _ in range(20):
                if not found:
                    break
                qtbot.wait(50)
                found = _cut_off(view) + [f"no accessible name: {u}" for u in _unnamed(view)]
            return found

        assert settle(form) == []  # folded
        form.details.set_open(True)
        assert not form.details.client.isVisibleTo(form)  # no client named yet
        assert settle(form) == []
        fill_required(form)
        fill_details(form, BAD_ID, BAD_CODE)
        form.details.client.credit_code.setText("O" * 18)
        form.details.client.check()
        form.details.birth_date.setText("1950-01-01")
        form.details.check()
        assert len(form.details.warnings()) == 4  # ID, proposal, two credit codes
        assert settle(form) == []
        open_new_case(qtbot, parts)
        window.show_view("case")
        view = window.views["case"]
        assert settle(view) == []
        arb = view.form.arbitration  # 申请仲裁, every choice made
        assert arb.isVisibleTo(view)
        arb.place.setCurrentIndex(2)
        arb.commission.setText("杭州市余杭区劳动人事争议仲裁委员会")
        arb.remedy.setCurrentIndex(2)
        assert settle(view) == []
    finally:
        parts.session.bridge.close()
