"""The notice of resignation with cause: refused without a logged written
demand, drafted where the grounds stay uncured after one (the worked case of
offer_cases.py: June 2025 paid 6,000 of 12,000, a demand on 2025-07-16
asserting the pay cut, as of 2025-07-20)."""

from __future__ import annotations

from decimal import Decimal

from caseapp.casework import art38_notice as notice
from caseapp.domain.vocab import Form, IncidentKind, ResignationReason
from caseapp.rules.law import LawData

from .offer_cases import AS_OF, demand, findings, worked_case


def test_refused_without_a_logged_demand(law: LawData) -> None:
    c = worked_case()
    found = notice.grounds(c, findings(c, law))
    assert found == notice.Refusal("no_demand")
    assert "不起草" in notice.i18n.text("art38n.refused.no_demand", "zh")


def test_refused_when_the_demand_was_oral_or_named_another_claim(law: LawData) -> None:
    oral = worked_case((demand("2025-07-16", ("unilateral-pay-cut",), Form.ORAL),))
    assert notice.grounds(oral, findings(oral, law)) == notice.Refusal("no_demand")
    other = worked_case((demand("2025-07-16", ("late-wages",)),))
    assert notice.grounds(other, findings(other, law)) == notice.Refusal("not_uncured")


def test_near_miss_a_demand_before_the_ground_began(law: LawData) -> None:
    # the pay cut's period starts 2025-06-01; a demand on 2025-05-31 came before it
    early = worked_case((demand("2025-05-31", ("unilateral-pay-cut",)),))
    assert notice.grounds(early, findings(early, law)) == notice.Refusal("not_uncured")


def test_drafted_with_the_items_found_and_no_personal_reason(law: LawData) -> None:
    c = worked_case((demand("2025-07-16", ("unilateral-pay-cut",)),))
    found = notice.grounds(c, findings(c, law))
    assert isinstance(found, notice.Grounds)
    assert found.items == (2,)
    assert found.arrears == Decimal("6000.00")
    assert found.n == Decimal("48000.00")  # 4 years × 12,000
    text = notice.fill_notice(c, found, "zh", AS_OF)
    assert "被迫解除劳动合同通知书" in text
    assert "第三十八条第一款第二项" in text
    assert "第二项（未及时足额支付劳动报酬）" in text
    assert "2025-06-01至2025-06-30" in text and "6000.00" in text
    assert "2025-07-16" in text  # the demand's date
    assert "48000.00" in text  # N reserved
    assert "个人原因" not in text and "自愿" not in text
    en = notice.fill_notice(c, found, "en", AS_OF)
    assert "article 38" in en and "personal reasons" not in en.lower()
    incident = notice.resignation_incident(text, "zh", AS_OF)
    assert incident.kind == IncidentKind.RESIGNATION_SUBMITTED
    assert incident.reason == ResignationReason.ART38 and incident.quote == text


def test_refused_once_the_resignation_is_logged(law: LawData) -> None:
    c = worked_case((demand("2025-07-16", ("unilateral-pay-cut",)),))
    text = "通知"
    resigned = notice.resignation_incident(text, "zh", AS_OF)
    from dataclasses import replace

    c2 = replace(c, incidents=(*c.incidents, replace(resigned, id="I-resign")))
    assert notice.grounds(c2, findings(c2, law)) == notice.Refusal("resigned")
