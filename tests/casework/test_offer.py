"""Reviewing an exit offer against what the records support (the worked case
of offer_cases.py: N = 48,000, a pay cut of 6,000), the clauses recognised
in pasted text, and the counter-proposal letter and its incident."""

from __future__ import annotations

from decimal import Decimal

from caseapp.casework import offer
from caseapp.domain.vocab import Form, IncidentKind, OfferClause, Party
from caseapp.rules.law import LawData

from .offer_cases import AS_OF, findings, worked_case

D = Decimal


def test_an_offer_of_20000_with_no_further_claims_gives_up_34000(law: LawData) -> None:
    c = worked_case()
    review = offer.review(c, findings(c, law), D("20000"), (OfferClause.NO_FURTHER_CLAIMS,))
    # what the records support: N 48,000 (the estimate: no ending recorded yet)
    # and the pay cut 6,000, both firm: 48,000 + 6,000 = 54,000
    assert [(e.rule, e.amount, e.firm) for e in review.entitlements] == [
        ("severance-due", D("48000.00"), True),
        ("unilateral-pay-cut", D("6000.00"), True),
    ]
    assert review.firm == D("54000.00") and review.arguable == D("0.00")
    # 54,000 − 20,000 = 34,000
    assert review.given_up == D("34000.00")
    assert review.given_up_arguable == D("0.00")
    assert not review.covers_all
    rows = {r.clause: r for r in review.rows}
    # the sum settles the ending: 48,000 − 20,000 = 28,000 of N
    assert rows[None].at_stake == D("28000.00")
    # the waiver gives up everything the sum leaves out: 34,000
    waiver = rows[OfferClause.NO_FURTHER_CLAIMS]
    assert waiver.at_stake == D("34000.00")
    assert "法释〔2020〕26号第三十五条" in offer.i18n.text(waiver.risk_key, "zh", months=0)
    # beside, never summed: 2N = 96,000; notice pay one month = 12,000
    assert [(b.key, b.amount) for b in review.beside] == [
        ("double", D("96000.00")),
        ("notice_pay", D("12000.00")),
    ]


def test_near_miss_an_offer_of_53999_99_still_gives_up_a_fen(law: LawData) -> None:
    c = worked_case()
    review = offer.review(c, findings(c, law), D("53999.99"), (OfferClause.NO_FURTHER_CLAIMS,))
    assert review.given_up == D("0.01") and not review.covers_all


def test_an_offer_at_every_entitlement_says_so(law: LawData) -> None:
    c = worked_case()
    review = offer.review(c, findings(c, law), D("54000"), (OfferClause.NO_FURTHER_CLAIMS,))
    assert review.covers_all and review.given_up == D("0.00")
    for lang in ("zh", "en"):
        head = offer.i18n.text("offer.head.covers_all", lang, offered="54000.00", whole="54000.00")
        # says what is at stake, never "sign" as advice
        assert "54000.00" in head
    assert "不是建议签字" in offer.i18n.text("offer.head.covers_all", "zh", offered="1", whole="1")
    assert "not advice to sign" in offer.i18n.text(
        "offer.head.covers_all", "en", offered="1", whole="1"
    )


def test_personal_reasons_wording_puts_n_and_unemployment_at_stake(law: LawData) -> None:
    c = worked_case()
    review = offer.review(
        c,
        findings(c, law),
        D("20000"),
        (OfferClause.PERSONAL_REASONS_WORDING, OfferClause.SI_WAIVER),
    )
    rows = {r.clause: r for r in review.rows}
    assert rows[OfferClause.PERSONAL_REASONS_WORDING].at_stake == D("48000.00")
    assert "失业保险金" in offer.i18n.text("offer.risk.personal_reasons_wording", "zh")
    assert rows[OfferClause.SI_WAIVER].at_stake is None
    assert "12333" in offer.i18n.text("offer.risk.si_waiver", "zh", months=0)
    assert OfferClause.NO_FURTHER_CLAIMS not in rows  # only the clauses ticked


def test_no_records_no_report() -> None:
    c = worked_case()
    review = offer.review(c, None, D("20000"), ())
    assert review.entitlements == () and review.firm == 0 and not review.covers_all


def test_clauses_recognised_in_pasted_text_are_only_suggested() -> None:
    text = (
        "经双方协商一致，乙方因个人原因申请离职，甲方一次性支付人民币20,000元，"
        "双方再无争议。乙方对在职期间知悉的商业秘密负有保密义务。"
    )
    assert offer.suggest_clauses(text) == (
        OfferClause.NO_FURTHER_CLAIMS,
        OfferClause.PERSONAL_REASONS_WORDING,
        OfferClause.CONFIDENTIALITY,
    )
    assert offer.suggest_amount(text) == D("20000")
    assert offer.suggest_amount("补偿2万元，另付1000元") == D("20000")
    assert offer.suggest_clauses("The employee waives any social insurance back-payment") == (
        OfferClause.NO_FURTHER_CLAIMS,
        OfferClause.SI_WAIVER,
    )
    assert offer.suggest_clauses("本协议签署后生效。") == ()
    assert offer.suggest_amount("没有金额") is None


def test_counter_proposal_names_the_claims_and_logs_a_demand(law: LawData) -> None:
    c = worked_case()
    review = offer.review(c, findings(c, law), D("20000"), (OfferClause.NO_FURTHER_CLAIMS,))
    text = offer.fill_counter(c, review, "zh", AS_OF, AS_OF)
    assert "某外包公司" in text and "张三" in text
    assert "48000.00" in text and "6000.00" in text and "54000.00" in text
    assert "20000.00" in text
    assert "删除“双方再无争议”" in text and "第五十条" in text
    en = offer.fill_counter(c, review, "en", AS_OF, None)
    assert "(to fill in)" in en and "54000.00" in en
    incident = offer.counter_incident(review, text, "zh", AS_OF)
    assert incident.kind == IncidentKind.DEMAND_SENT
    assert incident.asserts == ("severance-due", "unilateral-pay-cut")
    assert incident.actor_party == Party.WORKER and incident.form == Form.WRITTEN_ELECTRONIC
    assert incident.quote == text and incident.date == AS_OF


def test_without_a_waiver_the_sum_settles_the_ending_and_the_rest_is_left_open(
    law: LawData,
) -> None:
    c = worked_case()
    review = offer.review(c, findings(c, law), D("20000"), ())
    # no "no further claims": the ending N 48,000 − 20,000 = 28,000 given up;
    # the pay cut 6,000 is not settled in words (54,000 − 48,000)
    assert review.given_up == D("28000.00")
    assert review.left_open == D("6000.00")
    assert review.given_up_arguable == D("0.00")
    # with the waiver the same offer gives up 54,000 − 20,000 = 34,000, nothing left open
    waived = offer.review(c, findings(c, law), D("20000"), (OfferClause.NO_FURTHER_CLAIMS,))
    assert waived.given_up == D("34000.00") and waived.left_open == D("0.00")
    # an offer above N but below N + arrears, no waiver: N is covered, 6,000 left open
    above_n = offer.review(c, findings(c, law), D("50000"), ())
    assert above_n.given_up == D("0.00") and above_n.left_open == D("6000.00")
