"""Every form in every state fits at 1366×768 (and, through
test_layout_high_dpi.py, at a 2× scale): the side forms of 工资 (net, payslip,
every message shown), 事件 (every incident kind with its own fields, every
message shown), 任务 and 人员, and the reconstruction wizard's pages.
Fitting means: no input is shorter or narrower than its minimum size hint
(the panel scrolls instead of squeezing), no wrapped label is shorter than
its text needs (a message never drawn over the hint below it), and no
one-line label is cut without a tooltip that says it whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from caseapp.domain.vocab import IncidentKind
from caseapp.ui.app import AppParts

from .conftest import benched_case, make_parts

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QAbstractButton)


def _where(w: QWidget) -> str:
    name = w.accessibleName() or (w.text() if isinstance(w, (QLabel, QAbstractButton)) else "")
    return f"{type(w).__name__} {name[:40]!r}"


def squeezed(form: QWidget) -> list[str]:
    problems = []
    for w in form.findChildren(QWidget):
        if not w.isVisible() or w.window() is not form.window():
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox):
            continue  # an editable combo box's own line: sized by the box, checked with it
        if isinstance(w, INPUTS):
            hint = w.minimumSizeHint()
            if w.height() < hint.height() or w.width() < hint.width():
                size = f"{w.width()}×{w.height()} < {hint.width()}×{hint.height()}"
                problems.append(f"squeezed {size}: {_where(w)}")
        elif isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    problems.append(f"label {w.height()} px high < {need}: {_where(w)}")
            elif w.width() < w.sizeHint().width() and not w.toolTip():
                problems.append(f"label cut without a tooltip: {_where(w)}")
    return problems


def settle(qtbot, form: QWidget) -> list[str]:  # type: ignore[no-untyped-def]
    found = squeezed(form)
    for _ in range(20):  # a form shown just now lays out over a few event-loop turns
        if not found:
            break
        qtbot.wait(50)
        found = squeezed(form)
    return found


def pay_states(parts: AppParts) -> Iterator[tuple[str, QWidget]]:
    view = parts.window.views["pay"]
    parts.window.show_view("pay")
    view.add_payment()
    form = view.form
    yield "pay: net", form
    form.gross_mode.setChecked(True)
    yield "pay: payslip", form
    for edit in (form.paid_on, form.start, form.end, form.net, form.gross, form.si, form.fund,
                 form.iit, form.other):  # fmt: skip
        edit.setText("abc")
    form.save()
    yield "pay: payslip, every message shown", form
    form.net_mode.setChecked(True)
    form.save()
    yield "pay: net, every message shown", form


def incident_states(parts: AppParts) -> Iterator[tuple[str, QWidget]]:
    view = parts.window.views["incidents"]
    parts.window.show_view("incidents")
    view.add()
    form = view.side
    if form.compact:
        form.more_button.setChecked(True)
    for kind in IncidentKind:
        form.kind.setCurrentIndex(form.kind.findData(kind.value))
        yield f"incident: {kind.value}", form
    form.date.setText("2025-02-30")
    form.time.setText("25:99")
    form.known_on.setText("abc")
    form.summary.setPlainText("")
    form.save()
    yield "incident: every message shown", form


def record_form_states(parts: AppParts, key: str) -> Iterator[tuple[str, QWidget]]:
    view = parts.window.views[key]
    parts.window.show_view(key)
    view.add()
    form = view.side
    yield f"{key}: new", form
    for field in getattr(view, "fields", {}).values():
        if isinstance(field.editor, QLineEdit):
            field.editor.setText("2025-02-30")
    view.save()
    yield f"{key}: every message shown", form


def wizard_states(qtbot, parts: AppParts) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    view = parts.window.views["pay"]
    parts.window.show_view("pay")
    view.open_wizard()
    wizard = view.wizard
    qtbot.waitUntil(wizard.isVisible, timeout=5_000)
    wizard.resize(760, 560)
    wizard.page_last.date.setText("2025-01-24")
    yield "wizard: last work", wizard
    wizard.next()
    wizard.next()  # refused: the stretch's status not chosen, the message shown
    yield "wizard: stretches, message shown", wizard
    combo = wizard.page_ranges.table.cellWidget(0, 2)
    combo.setCurrentIndex(1)
    wizard.next()
    yield "wizard: pay", wizard
    wizard.page_said.add_row("", IncidentKind.STANDBY_NOTICE, "", "")
    wizard.reject()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_form_state_fits(qtbot, tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    try:
        parts.window.resize(1366, 768)
        benched_case(qtbot, parts)
        problems: dict[str, list[str]] = {}
        seen = 0
        for gen in (
            pay_states(parts),
            incident_states(parts),
            record_form_states(parts, "tasks"),
            record_form_states(parts, "people"),
            wizard_states(qtbot, parts),
        ):
            for name, form in gen:
                seen += 1
                found = settle(qtbot, form)
                if found:
                    problems[name] = found
        assert seen == 4 + len(IncidentKind) + 1 + 2 + 2 + 3
        assert parts.window.width() <= 1366
        assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())
    finally:
        parts.session.bridge.close()
