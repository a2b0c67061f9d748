"""The first-run flow: welcome → create form → a case open in the main window;
every field explained in one line; bad input is refused at the field and
nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.domain.vocab import ContractKind
from tests.ui.conftest import show_welcome
from tests.ui.test_party_details import choose_basics


def _fill(form, **values: str) -> None:  # type: ignore[no-untyped-def]
    defaults = {
        "worker": "李青",
        "employer": "某某人力资源有限公司",
        "client": "某某科技有限公司",
        "start": "2024-03-01",
        "end": "2027-02-28",
        "wage": "12000",
        "payday": "15",
    }
    defaults.update(values)
    for name, text in defaults.items():
        edit = getattr(form, name)
        edit.clear()
        edit.setText(text)
    choose_basics(form)


def test_welcome_then_create_my_case(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    window = parts.window
    window.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.welcome, timeout=10_000)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.create_form
    form = window.create_form
    _fill(form)
    form.kind.setCurrentIndex(form.kind.findData(ContractKind.FIXED.value))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=5_000)
    case = parts.session.case
    assert case.info.worker.name == "李青"
    assert case.info.contract.end.isoformat() == "2027-02-28"
    assert str(case.info.monthly_wage) in ("12000", "12000.00")
    assert case.info.payday == 15
    qtbot.waitUntil(lambda: window.switcher.count() == 2, timeout=5_000)  # the case + "new case…"
    assert "李青" in window.switcher.itemText(0)
    # saved, once the calls the new case starts (findings, this week's fingerprint) are done
    qtbot.waitUntil(lambda: "✓" in window.saved_label.text(), timeout=10_000)


def test_bad_input_is_refused_at_the_field(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    window = parts.window
    window.show_create()
    form = window.create_form
    _fill(form, wage="abc", start="2025-05-01", end="2024-01-01", payday="40")
    form.kind.setCurrentIndex(form.kind.findData(ContractKind.FIXED.value))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.fields["wage"].error.isVisibleTo(form)
    assert form.fields["wage"].error.text()
    assert form.fields["end"].error.text()
    assert form.fields["payday"].error.text()
    assert not form.fields["start"].error.text()
    assert not form.fields["worker"].error.text()
    # nothing saved: the data directory has no case
    listed: list[object] = []
    parts.session.refresh_cases(listed.append)
    qtbot.waitUntil(lambda: bool(listed), timeout=10_000)
    assert listed[0] == []
    assert window.pages.currentWidget() is window.create_form
    # corrected, it goes through
    _fill(form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=10_000)
    assert not form.fields["wage"].error.text()


def test_nothing_is_chosen_for_the_worker(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """How she is employed, the city, the contract's kind and whether one was
    signed start unchosen; Create without them is refused at each field."""
    window = parts.window
    window.show_create()
    form = window.create_form
    for name in ("arrangement", "city", "kind", "written"):
        assert getattr(form, name).currentData() is None, name
    _fill(form)
    for name in ("arrangement", "city", "kind", "written"):
        getattr(form, name).setCurrentIndex(0)
    assert form.validate() is None
    for name in ("arrangement", "city", "kind", "written"):
        assert form.fields[name].error.text(), name
    choose_basics(form)
    form.written.setCurrentIndex(form.written.findData(False))
    info = form.validate()
    assert info is not None and info.contract.written is False
    assert str(info.arrangement) == "outsourcing"


def test_bad_date_text(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    form = parts.window.create_form
    _fill(form, start="2024-02-30")
    assert form.validate() is None
    assert form.fields["start"].error.text()


def test_every_create_field_is_explained_in_one_line(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    show_welcome(qtbot, parts)
    qtbot.mouseClick(parts.window.welcome.create_button, Qt.MouseButton.LeftButton)
    form = parts.window.create_form
    assert parts.window.pages.currentWidget() is form
    names = set(form.fields)
    assert {"worker", "employer", "client", "start", "end", "wage", "payday"} <= names
    assert (
        len(names) >= 10
    )  # worker, employer, client, arrangement, city, kind, dates, written, wage, payday
    for name, field in form.fields.items():
        hint = field.hint.text()
        assert hint.strip() and "\n" not in hint, name
        assert field.hint.isVisibleTo(form), name
        assert field.editor.accessibleDescription() == hint, name
        # one line at 1366×768: the hint's text fits the width it is given
        assert field.hint.fontMetrics().horizontalAdvance(hint) <= max(field.width(), 420), name
