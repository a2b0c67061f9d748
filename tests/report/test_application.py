"""The arbitration application (caseapp/report/application.py): the filing
part read back with pypdf on the sample case and on a dispatch case, with
the findings the rules compute."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.findings import Basis, Finding, FindingsReport, Period
from caseapp.domain.messages import Msg
from caseapp.domain.model import Arbitration, Case, Day, Incident, Organisation, Worker
from caseapp.domain.vocab import (
    AgreementSubject,
    ArbitrationPlace,
    Arrangement,
    Confidence,
    DayStatus,
    Forum,
    Gender,
    IncidentKind,
    Party,
    Remedy,
    ResignationReason,
    Response,
    Severity,
)
from caseapp.i18n import text
from caseapp.report.application_claims import requests
from tests.report.conftest import page_texts, render
from tests.report.fixtures import AS_OF, rules_findings, sample_case

WORKER = Worker(
    name="李青",
    id_number="330106199001011234",
    phone="13800000000",
    gender=Gender.FEMALE,
    birth_date=dt.date(1990, 1, 1),
    address="杭州市西湖区某某小区 3 幢 101 室",
    service_address="杭州市拱墅区某某路 88 号",
)
EMPLOYER_EXTRA = {
    "service_address": "杭州市西湖区文三路 000 号 9 楼",
    "city": "hangzhou",
    "legal_representative": "王某某",
    "representative_title": "执行董事",
    "phone": "0571-88880000",
}
CLIENT_EXTRA = {
    "credit_code": "91330110MA2YYYYY2L",
    "legal_representative": "赵某某",
    "phone": "0571-66660000",
}
ABSENT_DAY = dt.date(2025, 8, 19)
ORAL_PAY_CUT = dt.date(2025, 8, 21)
RESIGNED = dt.date(2025, 8, 25)


def entered(case: Case, *, dispatch: bool) -> Case:
    info = case.info
    assert info.client is not None
    employer = replace(info.employer, **EMPLOYER_EXTRA)  # type: ignore[arg-type]
    client = replace(info.client, **CLIENT_EXTRA)  # type: ignore[arg-type]
    info = replace(
        info,
        worker=WORKER,
        employer=employer,
        client=client,
        arrangement=Arrangement.DISPATCH if dispatch else info.arrangement,
    )
    hurting = (
        Incident(
            "IX1",
            ORAL_PAY_CUT,
            IncidentKind.PAY_CUT_NOTICE,
            "口头同意降薪",
            actor_party=Party.EMPLOYER,
            response=Response.AGREED_ORALLY,
        ),
        Incident(
            "IX2",
            RESIGNED,
            IncidentKind.RESIGNATION_SUBMITTED,
            "签了个人原因离职申请",
            reason=ResignationReason.PERSONAL,
        ),
        Incident(
            "IX3",
            RESIGNED,
            IncidentKind.AGREEMENT_SIGNED,
            "签了降薪协议",
            subject=AgreementSubject.PAY,
        ),
    )
    days = tuple(sorted((*case.days, Day(ABSENT_DAY, DayStatus.ABSENT)), key=lambda d: d.date))
    return replace(case, info=info, incidents=case.incidents + hurting, days=days)


def zh_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def application_text(path: Path, last: str = "附：") -> str:
    """The application's pages: up to the one with the attachments line."""
    pages = page_texts(PdfReader(str(path)))
    out = []
    for page in pages:
        out.append(page)
        if last in page:
            break
    return "\n".join(out)


def section(whole: str, start: str, end: str) -> str:
    return whole[whole.index(start) + len(start) : whole.index(end)]


def numbered(block: str) -> list[str]:
    flat = block.replace("\n", "")
    return [r for r in re.split(r"\d+\. ", flat) if r.strip()]


@pytest.fixture(scope="module", params=["sample", "dispatch"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    directory = tmp_path_factory.mktemp("app")
    case, lookup = sample_case(directory)
    case = entered(case, dispatch=request.param == "dispatch")
    findings = rules_findings(case)
    out = directory / f"{request.param}.pdf"
    render(case, findings, out, lookup, part="filing")
    return case, findings, application_text(out)


def test_sections_and_every_party_field(built) -> None:  # type: ignore[no-untyped-def]
    case, _, whole = built
    flat = whole.replace("\n", "").replace(" ", "")
    for heading in ("劳动人事争议仲裁申请书", "仲裁请求", "事实与理由", "此致"):
        assert heading in flat
    wk = case.info.worker
    for value in (
        wk.name,
        wk.id_number,
        wk.phone,
        wk.address,
        wk.service_address,
        "女",
        "1990年1月1日",
    ):
        assert value.replace(" ", "") in flat, value
    for org in (case.info.employer, case.info.client):
        for value in (org.name, org.credit_code, org.address, org.legal_representative, org.phone):
            if value:
                assert value.replace(" ", "") in flat, value
    assert "执行董事" in flat and "被申请人二" in flat
    # both places, with a blank for the commission's name; copies: one per respondent plus one
    assert "劳动合同履行地" in flat and "用人单位所在地：杭州" in flat
    assert "一式3份（副本2份" in flat


def test_requests_name_respondent_period_and_amount(built) -> None:  # type: ignore[no-untyped-def]
    _, findings, whole = built
    reqs = numbered(section(whole, "仲裁请求", "事实与理由"))
    assert reqs
    titles = [text(f.title.key, "zh", **f.title.params) for f in findings.findings]
    for r in reqs:
        assert "被申请人" in r, r
        assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", r), r
        assert re.search(r"[\d,]+\.\d{2}元", r), r
        assert "择一" not in r
        assert not any(t in r for t in titles), r
    assert any("待岗" in r for r in reqs)  # the standby pay, pleaded once


def test_third_person_and_harmful_records_left_out(built) -> None:  # type: ignore[no-untyped-def]
    _, _, whole = built
    assert "你" not in whole and "您" not in whole
    assert "我" not in section(whole, "事实与理由", "此致")  # the facts in the third person
    facts = section(whole, "事实与理由", "此致").replace("\n", "")
    assert "申请人于" in facts
    for day in (ABSENT_DAY, ORAL_PAY_CUT, RESIGNED):
        assert zh_date(day) not in facts
    assert "证据" in facts  # exhibits cited by their number


def test_english_application(tmp_path: Path) -> None:
    case, lookup = sample_case(tmp_path)
    case = entered(case, dispatch=True)
    out = tmp_path / "en.pdf"
    render(case, rules_findings(case), out, lookup, part="filing", lang="en")
    whole = application_text(out, "Enclosed:")
    for heading in ("Application for Labour", "Requests", "Facts and reasons", "To\n"):
        assert heading in whole
    # third person: no first- or second-person words in the application
    assert not re.search(r"\b(I|me|my|you|your)\b", whole), whole


def _finding(
    rule: str, amount: str, respondents: tuple[str, ...], basis: tuple[Basis, ...]
) -> Finding:
    return Finding(
        key=rule,
        rule=rule,
        severity=Severity.HIGH,
        confidence=Confidence.STATUTE,
        title=Msg(f"rules.{rule}.title"),
        explanation=Msg(f"rules.{rule}.title"),
        period=Period(dt.date(2025, 9, 30), dt.date(2025, 9, 30)),
        amount=Decimal(amount),
        calculation=None,
        basis=basis,
        forum=Forum.ARBITRATION,
        respondents=respondents,
        final_award_eligible=None,
        refs=(),
    )


def _report(case: Case, *found: Finding) -> FindingsReport:
    return FindingsReport(AS_OF, case.info.uid, "0", "t", "0" * 64, tuple(found))


def test_remedy_joint_liability_and_inspection_order() -> None:
    case, _ = sample_case(None)
    case = entered(case, dispatch=True)
    lcl = "labour_contract_law"
    ending = _finding(
        "dispatch-termination-after-return",
        "80000",
        ("employer", "client"),
        (Basis(lcl, "48"), Basis(lcl, "92", 2)),
    )
    expiry = _finding("contract-expiry", "40000", ("employer",), (Basis(lcl, "46"),))
    damages = requests(case, _report(case, ending, expiry))
    assert [r.kind for r in damages] == ["dispatch-termination-after-return"]
    assert damages[0].joint and damages[0].respondents == ("employer", "client")
    arb = Arbitration(remedy=Remedy.REINSTATEMENT)
    reinstated = replace(case, info=replace(case.info, arbitration=arb))
    kinds = [r.kind for r in requests(reinstated, _report(reinstated, ending))]
    assert kinds == ["reinstate", "interruption-wages"]
    # an inspection order: pleaded only once its date passed unpaid
    order = Incident(
        "IO",
        dt.date(2025, 8, 1),
        IncidentKind.INSPECTION_ORDER,
        "限期支付令",
        amount=Decimal("3000"),
        due_by=dt.date(2025, 8, 15),
    )
    ordered = replace(case, incidents=(*case.incidents, order), payments=())
    assert "additional-compensation" in [r.kind for r in requests(ordered, _report(ordered))]
    later = replace(order, due_by=AS_OF)
    pending = replace(case, incidents=(*case.incidents, later), payments=())
    assert "additional-compensation" not in [r.kind for r in requests(pending, _report(pending))]


def test_client_not_a_party_outside_dispatch_without_findings() -> None:
    case, _ = sample_case(None)
    direct = replace(
        case,
        info=replace(case.info, arrangement=Arrangement.OUTSOURCING, client=Organisation("某客户")),
    )
    expiry = _finding("contract-expiry", "40000", ("employer", "client"), ())
    reqs = requests(direct, _report(direct, expiry))
    assert reqs[0].respondents == ("employer",) and not reqs[0].joint


def test_masked_application_hides_the_entered_details(tmp_path: Path) -> None:
    case, lookup = sample_case(tmp_path)
    case = entered(case, dispatch=True)
    out = tmp_path / "masked.pdf"
    render(case, rules_findings(case), out, lookup, part="filing", mask=True)
    flat = application_text(out).replace("\n", "").replace(" ", "")
    wk = case.info.worker
    hidden = [wk.id_number, wk.phone, wk.address, wk.service_address, "1990年1月1日"]
    hidden += [EMPLOYER_EXTRA["legal_representative"], EMPLOYER_EXTRA["phone"]]
    hidden += [CLIENT_EXTRA["legal_representative"], CLIENT_EXTRA["phone"]]
    for value in hidden:
        assert value is not None and value.replace(" ", "") not in flat, value
    assert "劳动人事争议仲裁申请书" in flat


def test_overlap_pleads_the_covering_reading_and_confirmation_first() -> None:
    case, _ = sample_case(None)
    lcl = "labour_contract_law"
    floor = replace(
        _finding("standby-below-floor", "1000", ("employer",), (Basis(lcl, "30"),)),
        period=Period(dt.date(2025, 6, 1), dt.date(2025, 7, 31)),
    )
    full = replace(
        _finding("standby-full-wage-arguable", "30000", ("employer",), (Basis(lcl, "30"),)),
        period=Period(dt.date(2025, 4, 17), dt.date(2025, 7, 31)),
    )
    first = replace(
        _finding("standby-first-cycle-underpaid", "900", ("employer",), ()),
        period=Period(dt.date(2025, 3, 17), dt.date(2025, 4, 16)),
    )
    confirm = replace(
        _finding("relationship-to-confirm", "1", ("employer", "client"), ()),
        amount=None,
        period=Period(dt.date(2023, 3, 1), AS_OF),
    )
    kinds = [r.kind for r in requests(case, _report(case, floor, full, first, confirm))]
    assert kinds == ["confirm", "standby-first-cycle-underpaid", "standby-full-wage-arguable"]


def test_commission_entered_replaces_the_two_blanks(tmp_path: Path) -> None:
    case, lookup = sample_case(tmp_path)
    commission = "杭州市西湖区劳动人事争议仲裁委员会"
    arb = Arbitration(place=ArbitrationPlace.EMPLOYER, commission=commission)
    case = replace(case, info=replace(case.info, arbitration=arb))
    out = tmp_path / "commission.pdf"
    render(case, rules_findings(case), out, lookup, part="filing")
    closing = application_text(out).replace("\n", "")
    closing = closing[closing.index("此致") :]
    assert commission in closing and "劳动合同履行地" not in closing
