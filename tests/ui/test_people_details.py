"""人员: a person's unified social credit code and address (spec `people`
keys; issue 10). A credit code with a wrong check character is warned about
and still saved as typed (warn, never block); a valid one is saved as the
register writes it; both read back from a fresh load and fill the form again."""

from __future__ import annotations

from caseapp.casefile.encode import case_to_document
from caseapp.domain.vocab import Party
from caseapp.ui.people_view import PeopleView

from .conftest import open_new_case, run
from .test_layout_a11y import _cut_off

# GB 32100: 91350100M000100Y4 + 3 is a valid code (tests/casework/test_ids.py
# writes out the arithmetic); with 4 as the last character it is not
VALID = "91350100M000100Y43"
MISTYPED = "91350100M000100Y44"


def _people(parts) -> PeopleView:  # type: ignore[no-untyped-def]
    parts.window.show_view("people")
    view = parts.window.views["people"]
    assert isinstance(view, PeopleView)
    return view


def test_credit_code_warns_and_saves_as_typed(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    view = _people(parts)
    view.name.setText("某某劳务派遣有限公司")
    view.party.setCurrentIndex(view.party.findData(Party.AGENCY.value))
    view.credit_code.setText(MISTYPED)
    view.credit_code.editingFinished.emit()
    assert view.credit_warning.isVisibleTo(view)
    assert "国家企业信用信息公示系统" in view.credit_warning.text()
    view.address.setText("  杭州市上城区某某路 1 号 ")
    view.save()  # never refused
    qtbot.waitUntil(lambda: len(parts.session.case.people) == 1, timeout=10_000)
    (person,) = parts.session.case.people
    assert person.credit_code == MISTYPED and person.address == "杭州市上城区某某路 1 号"
    fresh = run(qtbot, parts, lambda s: s.load_case(parts.session.case_id))
    assert fresh.people == parts.session.case.people
    # a cleared form has no warning; the person loaded shows it again
    assert not view.credit_warning.isVisibleTo(view)
    view.load(person)
    assert view.credit_code.text() == MISTYPED and view.credit_warning.isVisibleTo(view)
    # corrected, typed with spaces and in lower case: saved as the register writes it
    view.credit_code.setText("9135 0100 m000 100y 43")
    view.credit_code.editingFinished.emit()
    assert not view.credit_warning.isVisibleTo(view)
    view.save()
    qtbot.waitUntil(lambda: parts.session.case.people[0].credit_code == VALID, timeout=10_000)
    # cleared: no key
    view.load(parts.session.case.people[0])
    view.credit_code.clear()
    view.address.clear()
    view.save()
    qtbot.waitUntil(lambda: parts.session.case.people[0].credit_code is None, timeout=10_000)
    saved = parts.session.case.people[0]
    assert saved.address is None and saved.name == person.name and saved.party == Party.AGENCY
    assert "credit_code" not in case_to_document(parts.session.case)["people"][0]


def test_the_people_form_fits_1366x768(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    view = _people(parts)
    view.credit_code.setText(MISTYPED)
    view.check()  # the longest state: the warning shown
    qtbot.waitUntil(lambda: not _cut_off(view), timeout=5_000)
    assert view.form.sizeHint().height() <= 768 - 60
