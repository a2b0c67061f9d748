"""申请仲裁时需要的信息 (issue 10 item 3): the parties' details an application
asks for, entered in the create form's folded section and in 案件设置, saved
and read back (the open case and a fresh load); the ID number proposes gender
and birth date without overriding the worker; a bad check digit warns and
never blocks; every state of the forms fits at 1366×768, named."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from caseapp.domain.model import Organisation, Worker
from caseapp.domain.vocab import ContractKind, Gender
from caseapp.ui.app import setup_application
from caseapp.ui.case_settings_view import CaseSettingsView
from caseapp.ui.create_form import CreateCaseForm
from caseapp.ui.history_words import changed_lines

from .conftest import open_new_case, run, sample_info

SHOTS = Path(os.environ.get("CASEAPP_SHOTS", "")) if os.environ.get("CASEAPP_SHOTS") else None

# 11010519491231002X is valid (GB 11643's example, see tests/casework/test_ids.py);
# its last character changed to 1 is not. 91350100M000100Y43 is a valid credit
# code; ending in 4 it is not.
BAD_ID = "110105194912310021"
GOOD_ID = "11010519491231002X"
BAD_CODE = "91350100M000100Y44"
GOOD_CODE = "91350100M000100Y43"


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def fill_required(form: CreateCaseForm) -> None:
    for name, text in {
        "worker": "李青",
        "employer": "某某人力资源有限公司",
        "client": "某某科技有限公司",
        "start": "2024-03-01",
        "end": "2027-02-28",
        "wage": "12000",
        "payday": "15",
    }.items():
        getattr(form, name).setText(text)
    choose_basics(form)
    form.kind.setCurrentIndex(form.kind.findData(ContractKind.FIXED.value))


def choose_basics(form: CreateCaseForm) -> None:
    """The choices the create form never makes for the worker: how she is
    employed, the city, the contract's kind, whether one was signed."""
    form.arrangement.setCurrentIndex(form.arrangement.findData("outsourcing"))
    form.city.setCurrentIndex(1)  # the first real city
    form.kind.setCurrentIndex(form.kind.findData(ContractKind.FIXED.value))
    form.written.setCurrentIndex(form.written.findData(True))


def fill_details(form: CreateCaseForm, id_number: str, code: str) -> None:
    d = form.details
    d.set_open(True)
    d.id_number.setText(id_number)
    d.id_number.editingFinished.emit()
    d.phone.setText("13800000000")
    d.address.setText("浙江省杭州市西湖区文三路1号")
    d.service_address.setText("浙江省杭州市滨江区江南大道2号")
    e = d.employer
    e.credit_code.setText(code)
    e.credit_code.editingFinished.emit()
    e.address.setText("杭州市西湖区某大厦8楼")
    e.service_address.setText("杭州市西湖区某大厦前台")
    e.city.setCurrentIndex(e.city.findData("hangzhou"))
    e.legal_representative.setText("周某某")
    e.representative_title.setCurrentIndex(e.representative_title.findData("法定代表人"))
    e.phone.setText("0571-88888888")
    e.union.setCurrentIndex(e.union.findData(False))
    c = d.client
    c.credit_code.setText(GOOD_CODE)
    c.legal_representative.setText("吴某")
    c.representative_title.setCurrentIndex(c.representative_title.findData("负责人"))
    c.union.setCurrentIndex(c.union.findData(True))


EXPECTED_WORKER = Worker(
    name="李青",
    id_number=BAD_ID,
    phone="13800000000",
    gender=Gender.FEMALE,
    birth_date=dt.date(1949, 12, 31),
    address="浙江省杭州市西湖区文三路1号",
    service_address="浙江省杭州市滨江区江南大道2号",
)
EXPECTED_EMPLOYER = Organisation(
    name="某某人力资源有限公司",
    credit_code=BAD_CODE,
    address="杭州市西湖区某大厦8楼",
    service_address="杭州市西湖区某大厦前台",
    city="hangzhou",
    legal_representative="周某某",
    representative_title="法定代表人",
    phone="0571-88888888",
    union=False,
)
EXPECTED_CLIENT = Organisation(
    name="某某科技有限公司",
    credit_code=GOOD_CODE,
    legal_representative="吴某",
    representative_title="负责人",
    union=True,
)


def test_the_create_form_keeps_the_section_folded(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """A worker in a hurry sees one line about it; the case is created without it."""
    window = parts.window
    window.show_create()
    form = window.create_form
    d = form.details
    assert d.toggle.isVisibleTo(form) and d.note.isVisibleTo(form)
    assert not d.body.isVisibleTo(form)
    assert "申请仲裁时需要的信息" in d.toggle.text()
    _shot(form, "create-folded")
    fill_required(form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=10_000)
    info = parts.session.case.info
    assert info.worker == Worker("李青")
    assert info.employer == Organisation("某某人力资源有限公司")
    assert info.client == Organisation("某某科技有限公司")


def test_details_entered_at_creation_are_saved_with_bad_check_digits(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    window = parts.window
    window.show_create()
    form = window.create_form
    fill_required(form)
    fill_details(form, BAD_ID, BAD_CODE)
    d = form.details
    # the proposal from the ID number, said in words; the check digits warned
    assert d.gender.currentData() == "female" and d.birth_date.text() == "1949-12-31"
    assert d.proposal.isVisibleTo(form) and "身份证号" in d.proposal.text()
    assert d.id_warning.isVisibleTo(form) and "校验码" in d.id_warning.text()
    assert d.employer.credit_warning.isVisibleTo(form)
    assert "国家企业信用信息公示系统" in d.employer.credit_warning.text()
    assert not d.client.credit_warning.text()  # the client's code is right
    _shot(form, "create-open-warnings")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # not blocked
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=10_000)
    info = parts.session.case.info
    assert info.worker == EXPECTED_WORKER
    assert info.employer == EXPECTED_EMPLOYER
    assert info.client == EXPECTED_CLIENT
    fresh = run(qtbot, parts, lambda s: s.load_case(parts.session.case_id))
    assert fresh.info.worker == EXPECTED_WORKER
    assert fresh.info.employer == EXPECTED_EMPLOYER
    assert fresh.info.client == EXPECTED_CLIENT


def test_the_id_number_proposes_but_never_overrides(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = CreateCaseForm()
    qtbot.addWidget(form)
    d = form.details
    d.set_open(True)
    d.id_number.setText("44030419900101001")  # 17 digits: nothing yet
    assert d.gender.currentData() is None and not d.birth_date.text()
    d.id_number.setText("440304199001010011")  # valid, male, 1990-01-01
    assert d.gender.currentData() == "male" and d.birth_date.text() == "1990-01-01"
    assert d.proposal.text()
    d.id_number.setText(GOOD_ID)  # corrected: the proposal follows the number
    assert d.gender.currentData() == "female" and d.birth_date.text() == "1949-12-31"
    d.id_number.setText("")  # taken back: what was only proposed goes too
    assert d.gender.currentData() is None and not d.birth_date.text()
    # the worker's own choice stays; the ID number's differing reading is a warning
    d.birth_date.setText("1950-01-01")
    d.id_number.setText(GOOD_ID)
    assert d.birth_date.text() == "1950-01-01"
    assert d.gender.currentData() == "female"  # it was empty: proposed
    d.check()
    assert "1949-12-31" in d.proposal.text() and "不一样" in d.proposal.text()
    values, errors = d.read()
    assert not errors and values["birth_date"] == dt.date(1950, 1, 1)
    # a Hong Kong card: no proposal, a warning that says it may be fine
    d.birth_date.clear()
    d.gender.setCurrentIndex(0)
    d.id_number.setText("A123456(7)")
    d.check()
    assert d.gender.currentData() is None and not d.birth_date.text()
    assert "港澳台" in d.id_warning.text()
    assert d.read()[0]["id_number"] == "A123456(7)"  # kept as typed
    # typed with spaces and a small x: stored in its 18-character form
    d.id_number.setText("110105 19491231 002x")
    assert d.read()[0]["id_number"] == GOOD_ID
    d.check()
    assert not d.id_warning.text()


def test_a_birth_date_that_cannot_be_one_is_refused_at_its_field(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    window = parts.window
    window.show_create()
    form = window.create_form
    fill_required(form)
    form.details.set_open(True)
    form.details.birth_date.setText("1990-02-30")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.details.fields["birth_date"].error.isVisibleTo(form)
    form.details.birth_date.setText("2999-01-01")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "1900" in form.details.fields["birth_date"].error.text()
    assert parts.session.case is None
    form.details.birth_date.setText("1990/2/3")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=10_000)
    assert parts.session.case.info.worker.birth_date == dt.date(1990, 2, 3)


def _settings(qtbot, parts, info=None) -> CaseSettingsView:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts, info)
    parts.window.show_view("case")
    view = parts.window.views["case"]
    assert isinstance(view, CaseSettingsView)
    return view


def test_case_settings_edit_the_details_and_keep_the_rest(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    info = dataclasses.replace(
        sample_info(),
        worker=Worker("李青", extra={"x-note": "kept"}),
        employer=Organisation("某某人力资源有限公司", extra={"x-id": 7}),
    )
    view = _settings(qtbot, parts, info)
    form = view.form
    d = form.details
    assert d.body.isVisibleTo(form)  # open here: this is where they are filled in
    assert d.client.isVisibleTo(form)
    fill_details(form, BAD_ID, BAD_CODE)
    _shot(view, "settings-details")
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        view.save()
    case = parts.session.case
    assert case.info.worker == dataclasses.replace(EXPECTED_WORKER, extra={"x-note": "kept"})
    assert case.info.employer == dataclasses.replace(EXPECTED_EMPLOYER, extra={"x-id": 7})
    assert case.info.client == EXPECTED_CLIENT
    assert case.info.contract.end == dt.date(2027, 2, 28)  # what the form does not show: kept
    # the warnings are still there after saving, and again when the case is shown
    assert d.id_warning.text() and d.employer.credit_warning.text()
    fresh = run(qtbot, parts, lambda s: s.load_case(parts.session.case_id))
    assert fresh.info == case.info
    view.show_case(fresh)
    assert d.id_number.text() == BAD_ID and d.birth_date.text() == "1949-12-31"
    assert d.employer.union.currentData() is False and d.client.union.currentData() is True
    assert d.id_warning.isVisibleTo(form) and d.employer.credit_warning.isVisibleTo(form)
    assert not d.proposal.text()  # loaded values are the worker's, not a proposal
    # corrected and emptied: the warnings go, an emptied field is stored as absent
    d.id_number.setText(GOOD_ID)
    d.employer.credit_code.setText(GOOD_CODE)
    d.employer.union.setCurrentIndex(d.employer.union.findData(None))
    d.phone.clear()
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        view.save()
    info2 = parts.session.case.info
    assert info2.worker.id_number == GOOD_ID and info2.worker.phone is None
    assert info2.employer.credit_code == GOOD_CODE and info2.employer.union is None
    assert not d.warnings()


def test_the_history_words_the_new_fields(qapp) -> None:  # type: ignore[no-untyped-def]
    setup_application("zh")
    before = {"worker": {"name": "李青"}, "employer": {"name": "甲"}}
    after = {
        "worker": {"name": "李青", "gender": "female", "birth_date": "1949-12-31",
                   "address": "某地", "service_address": "某处"},
        "employer": {"name": "甲", "union": False, "legal_representative": "周",
                     "representative_title": "负责人", "service_address": "某处"},
        "arbitration": {"place": "employer", "remedy": "reinstatement"},
    }  # fmt: skip
    shown = {label: now for _p, label, _was, now in changed_lines("info", before, after, None)}
    joined = "\n".join(f"{k}: {v}" for k, v in shown.items())
    for text in ("性别", "女", "出生日期", "住所", "通讯地址", "有没有工会", "否",
                 "法定代表人", "用人单位所在地", "继续履行劳动合同"):  # fmt: skip
        assert text in joined, (text, joined)
    for raw in ("gender", "female", "union", "service_address", "reinstatement", "employer"):
        assert raw not in joined, (raw, joined)
    incident = changed_lines(
        "incident:I1", None, {"kind": "inspection_order", "amount": "8004.78",
                              "due_by": "2025-07-15"}, None
    )  # fmt: skip
    said = {label: now for _p, label, _was, now in incident}
    assert said["责令支付的金额"] == "¥8,004.78" and said["限期支付至"] == "2025-07-15"
