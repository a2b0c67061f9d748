"""The labour-inspection complaint (casework/complaint_letter.py), filled from
the sample case and its findings as of 2026-11-23, and the incident it is
logged as.

By hand: the findings price two wage claims an inspector can order paid,
standby-first-cycle-underpaid 1926.99 and standby-below-floor 1766.83;
1926.99 + 1766.83 = 3693.82 (labour-inspection-route's amount too). The
contested full-wage reading (standby-full-wage-arguable) is left out."""

from __future__ import annotations

import datetime as dt

from caseapp.casefile.reader import read_case_file
from caseapp.casework.complaint_letter import fill, incident_for
from caseapp.domain.vocab import IncidentKind, Party
from caseapp.paths import resource
from caseapp.rules.engine import run_rules
from casework.helpers import logged

AS_OF = dt.date(2026, 11, 23)


def _sample():  # type: ignore[no-untyped-def]
    case = read_case_file(resource("samples", "sample.caseapp.zip"), AS_OF).case
    return case, run_rules(case, AS_OF)


def test_complaint_names_the_wage_claims_and_art_85() -> None:
    case, report = _sample()
    zh = fill(case, "zh", AS_OF, report, city="杭州市")
    assert "3693.82" in zh
    assert "1926.99" in zh and "1766.83" in zh
    assert "38261.31" not in zh  # the contested full-wage reading is not an order's amount
    assert "第八十五条" in zh and "杭州某某信息技术有限公司" in zh and "李青" in zh
    assert "2026-11-23" in zh and "杭州市" in zh
    en = fill(case, "en", AS_OF, report)
    assert "3693.82" in en and "art. 85" in en


def test_logged_as_complaint_filed_asserting_its_claims() -> None:
    case, report = _sample()
    text = fill(case, "zh", AS_OF, report)
    item = incident_for(text, "zh", dt.date(2026, 11, 24), report)
    assert item.kind == IncidentKind.COMPLAINT_FILED
    assert item.date == dt.date(2026, 11, 24)
    assert item.actor_party == Party.WORKER and item.quote == text
    assert set(item.asserts) == {"standby-first-cycle-underpaid", "standby-below-floor"}


def test_without_findings_blanks_to_fill() -> None:
    case = logged()
    zh = fill(case, "zh", AS_OF)
    assert "________" in zh  # no ID number or address on record: a blank, not a guess
    assert "请写明月份和金额" in zh
    assert incident_for(zh, "zh", AS_OF).asserts == ()


def test_the_wage_sentence_follows_how_the_work_is_paid() -> None:
    """Monthly: the agreed monthly wage; hourly: the agreed hourly wage (a blank
    when none is recorded); by the piece: said so — never a monthly blank for a
    part-timer (issue 15)."""
    import dataclasses
    from decimal import Decimal

    from caseapp.domain.vocab import PayBasis

    case, report = _sample()
    monthly = fill(case, "zh", AS_OF, report)
    assert f"约定月工资 {case.info.monthly_wage:.2f} 元" in monthly
    hourly = dataclasses.replace(
        case,
        info=dataclasses.replace(
            case.info, pay_basis=PayBasis.HOURLY, hourly_wage=Decimal("25"), monthly_wage=None
        ),
    )
    assert "约定小时工资 25.00 元" in fill(hourly, "zh", AS_OF, report)
    assert "agreed hourly wage of 25.00 CNY" in fill(hourly, "en", AS_OF, report)
    unknown = dataclasses.replace(hourly, info=dataclasses.replace(hourly.info, hourly_wage=None))
    assert "约定小时工资 ________ 元" in fill(unknown, "zh", AS_OF, report)
    piece = dataclasses.replace(
        hourly, info=dataclasses.replace(hourly.info, pay_basis=PayBasis.PIECE)
    )
    text = fill(piece, "zh", AS_OF, report)
    assert "按件计酬" in text and "约定月工资" not in text
