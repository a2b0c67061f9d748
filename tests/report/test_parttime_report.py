"""The PDF carries the part-time and platform findings (issue 15 item 4): a
platform labelling case read back with pypdf — the application asks first to
confirm the labour relationship (确认劳动关系), then for the pay; the brief
shows the new findings and the relationship checklist."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.model import (
    Case,
    CaseInfo,
    Contract,
    Control,
    Day,
    Organisation,
    Payment,
    Person,
    Task,
    Worker,
)
from caseapp.domain.vocab import (
    Arrangement,
    ContractKind,
    ControlBy,
    DayStatus,
    Party,
    PayBasis,
    PaymentKind,
    TaskStatus,
)
from caseapp.rules.engine import run_rules
from tests.report.conftest import page_texts, render

AS_OF = dt.date(2025, 7, 10)


def labelling_case() -> Case:
    """A labeller doing annotation batches through a guild for a platform in
    Beijing, June 2025: 8 hours a day on 10 working days (80 h), paid 1200.00
    (15.00 an hour, below the hourly minimum of 26.4: 80 × 26.4 = 2112.00),
    one accepted batch unpaid (500 × 0.40 = 200.00) and one rejected with no
    reason (150.00)."""
    info = CaseInfo(
        uid="00000000-0000-4000-8000-0000000000aa",
        worker=Worker("陈晓"),
        employer=Organisation("北京某某数据标注工作室", city="beijing"),
        client=Organisation("某大型互联网平台公司"),
        arrangement=Arrangement.PLATFORM,
        city="beijing",
        contract=Contract(ContractKind.NONE, dt.date(2025, 6, 2), written=False),
        monthly_wage=None,
        pay_basis=PayBasis.PIECE,
        payday=15,
        control=Control(tasks_by=ControlBy.CLIENT, appraisal_by=ControlBy.CLIENT),
    )
    days = []
    day = dt.date(2025, 6, 2)
    while day <= dt.date(2025, 6, 13):
        if day.weekday() < 5:
            days.append(Day(day, DayStatus.WORKING, hours=Decimal("8")))
        day += dt.timedelta(days=1)
    tasks = (
        Task(
            "T1",
            dt.date(2025, 6, 2),
            "语音转写第1批",
            status=TaskStatus.PAID,
            amount_due=Decimal("1200.00"),
        ),
        Task(
            "T2",
            dt.date(2025, 6, 9),
            "图像标注第2批",
            status=TaskStatus.ACCEPTED,
            quantity=Decimal("500"),
            rate=Decimal("0.40"),
            submitted_on=dt.date(2025, 6, 12),
            review_days=3,
            platform="某众包平台",
        ),
        Task(
            "T3",
            dt.date(2025, 6, 10),
            "图像标注第3批",
            status=TaskStatus.REJECTED,
            amount_due=Decimal("150.00"),
            submitted_on=dt.date(2025, 6, 13),
            review_days=3,
            decided_on=dt.date(2025, 6, 15),
        ),
    )
    payout = Payment(
        "P1",
        dt.date(2025, 6, 20),
        dt.date(2025, 6, 1),
        dt.date(2025, 6, 15),
        PaymentKind.WAGE,
        amount=Decimal("1200.00"),
        tasks=("T1",),
    )
    guild = Person("G1", "某某公会", Party.AGENCY)
    return Case(info, people=(guild,), days=tuple(days), tasks=tasks, payments=(payout,))


@pytest.fixture(scope="module")
def pdf_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    case = labelling_case()
    findings = run_rules(case, AS_OF)
    out = {}
    directory = tmp_path_factory.mktemp("parttime")
    for lang in ("zh", "en"):
        result = render(case, findings, directory / f"p-{lang}.pdf", lambda _: None, lang=lang)
        out[lang] = "\n".join(page_texts(PdfReader(str(result.path))))
        out[f"{lang}-path"] = str(result.path)
    return out


def test_the_rules_price_the_case_by_hand(pdf_texts: dict[str, str]) -> None:
    findings = run_rules(labelling_case(), AS_OF)
    by_key = {f.key: f for f in findings.findings}
    # 80 h × 26.4 = 2112.00 due at least; paid 1200.00; shortfall 912.00
    assert by_key["platform-pay-below-minimum@2025-06-01"].amount == Decimal("912.00")
    assert by_key["piece-work-unpaid@accepted"].amount == Decimal("200.00")  # 500 × 0.40
    assert by_key["piece-work-unpaid@rejected"].amount == Decimal("150.00")
    assert "relationship-to-confirm@platform" in by_key


def _flat(text: str) -> str:
    return "".join(text.split())


def test_the_application_confirms_the_relationship_first(pdf_texts: dict[str, str]) -> None:
    zh = _flat(pdf_texts["zh"])
    confirm = zh.find("确认")
    pay = zh.find("已完成工作的劳动报酬")
    assert confirm >= 0 and pay > confirm
    assert "200.00" in zh and "150.00" in zh
    # 事实与理由 (report/statement.py): pay by the piece, never a monthly wage left blank
    assert _flat("双方约定按件计酬") in zh
    assert "by the piece" in " ".join(pdf_texts["en"].split())


def test_the_brief_carries_the_new_findings(pdf_texts: dict[str, str]) -> None:
    zh, en = _flat(pdf_texts["zh"]), " ".join(pdf_texts["en"].split())
    assert _flat("平台管理的工作，每小时报酬低于当地小时最低工资") in zh
    assert _flat("已完成的计件工作没有付款") in zh
    assert "主体资格" in zh  # the element checklist
    assert "Platform-managed work paid below the local hourly minimum" in en


def test_write_pages_for_a_look(pdf_texts: dict[str, str], tmp_path: Path) -> None:
    assert Path(pdf_texts["zh-path"]).stat().st_size > 0


def test_pay_pleaded_after_the_confirmation_rests_on_lcl_30() -> None:
    from caseapp.report.application_claims import requests

    case = labelling_case()
    asked = requests(case, run_rules(case, AS_OF))
    assert [r.kind for r in asked][:1] == ["confirm"]
    for r in asked[1:]:
        assert r.basis[0].law == "labour_contract_law" and r.basis[0].article == "30"
        assert all(b.law != "civil_code" for b in r.basis)


def test_the_pay_chart_is_per_hour(pdf_texts: dict[str, str]) -> None:
    """Hourly and piece work: the brief's chart compares pay per hour with the
    hourly minimum, not monthly pay with the monthly minimum (a part-time
    worker's month set against 2,540 a month would mislead)."""
    from caseapp.i18n import text

    for lang in ("zh", "en"):
        flat = _flat(pdf_texts[lang])
        assert _flat(text("report.chart.title_hour", lang)) in flat  # type: ignore[arg-type]
        assert _flat(text("report.chart.title", lang)) not in flat  # type: ignore[arg-type]


def test_pay_per_hour_by_hand() -> None:
    """June 2025: 10 days × 8 h = 80 h, paid 1200.00 for 1–15 June, so
    1200.00 / 80 = 15.00 an hour; no agreed hourly wage (0); the hourly floor
    is whatever the law gives at the month's end (here a stand-in 26.40)."""
    from caseapp.report.figures import per_hour_months

    seen: list[dt.date] = []

    def floor(on: dt.date) -> Decimal:
        seen.append(on)
        return Decimal("26.40")

    months = per_hour_months(labelling_case(), dt.date(2025, 6, 2), dt.date(2025, 7, 10), floor)
    june, july = months
    assert june.received == Decimal("15.00") and june.contract == 0
    assert june.floor == Decimal("26.40") and seen[0] == dt.date(2025, 6, 30)
    assert july.received is None  # no pay and no hours recorded: "?", not 0
