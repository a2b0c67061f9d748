"""no-written-contract done fully (issue 9 item 5): the whole period claimed
where the region's reading allows it, a contract signed late, a contract that
lapsed while the work went on (before and after Interp. II, 2025-09-01), and
the strictest deadline. Worked examples with near misses."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

from caseapp.domain.model import Contract, ProtectedPeriod
from caseapp.domain.vocab import IncidentKind, ProtectedKind, Response
from caseapp.i18n import render_both
from caseapp.rules.law import LawData
from rules.builders import case, ended, incident, month_payments
from rules.helpers import one, only, run

RULE = "no-written-contract"
W = D("10000")


def fen(x: D) -> D:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


# --- no written contract from the start -------------------------------------------------


def _unwritten(city: str) -> object:
    return case(
        city=city,
        contract=Contract(kind="fixed", start=dt.date(2024, 3, 1), written=False),
        payments=month_payments("2024-03-01", "2025-05-31", "10000"),
    )


def test_whole_period_claimed_where_the_reading_is_not_settled(law: LawData) -> None:
    # Shanghai (no recorded reading): work from 2024-03-01, no written contract.
    # Double wages 2024-04-01 – 2025-02-28 = 11 whole months × 10000 = 110000.00,
    # claimed in full. The employer's answer, counting back one year from
    # 2025-06-01 (from 2024-06-02; June 2024's working days all fall after it):
    # June 2024 – February 2025 = 9 × 10000 = 90000.00.
    f = one(run(_unwritten("shanghai"), "2025-06-01", law), RULE)
    assert f.amount == W * 11 == D("110000.00")
    assert f.confidence == "contested"  # the whole rests on an unsettled reading
    [alt] = f.alternatives
    assert alt.amount == W * 9 == D("90000.00") and alt.confidence == "statute"
    assert alt.reading.key == "rules.no-written-contract.alt.counted_back"
    assert f.severity == "medium"


def test_near_miss_beijing_counts_back(law: LawData) -> None:
    # Beijing's answers (534 Q41, in force by 2024-04-30) count back day by day: the
    # claim is the 90000.00 within the year, the whole 110000.00 is the alternative.
    f = one(run(_unwritten("beijing"), "2025-06-01", law), RULE)
    assert f.amount == D("90000.00") and f.confidence == "statute"
    assert [a.amount for a in f.alternatives] == [D("110000.00")]
    assert any(b.article == "Q41" for b in f.basis)


def test_near_miss_all_within_the_year_is_firm_and_whole(law: LawData) -> None:
    # As of 2025-03-15 the year reaches back to 2024-03-16: the whole window is in it.
    f = one(run(_unwritten("shanghai"), "2025-03-15", law), RULE)
    assert f.amount == D("110000.00") and f.confidence == "statute"
    assert f.alternatives == ()


def test_a_written_claim_keeps_the_earlier_months(law: LawData) -> None:
    # Beijing, as before, but a written demand naming the claim on 2025-03-01 restarted
    # the period: counting back from it, the year reaches 2024-03-02, so the whole
    # 110000.00 is within it as of 2025-06-01.
    c = _unwritten("beijing")
    demand = incident("D1", "2025-03-01", IncidentKind.DEMAND_SENT, asserts=(RULE,))
    c = case(
        contract=c.info.contract,  # type: ignore[attr-defined]
        payments=c.payments,  # type: ignore[attr-defined]
        incidents=[demand],
    )
    f = one(run(c, "2025-06-01", law), RULE)
    assert f.amount == D("110000.00") and f.alternatives == ()


# --- a contract signed late --------------------------------------------------------------


def _late(contract_start: str) -> object:
    # Work from 2024-03-01; the written contract is signed on 2024-07-01.
    return case(
        employment_start=dt.date(2024, 3, 1),
        contract=Contract(
            kind="fixed",
            start=dt.date.fromisoformat(contract_start),
            end=dt.date(2026, 6, 30),
            written=True,
            signed_on=dt.date(2024, 7, 1),
        ),
        payments=month_payments("2024-03-01", "2024-12-31", "10000"),
    )


def test_contract_signed_late(law: LawData) -> None:
    # The contract's term starts when it was signed (2024-07-01): double wages for
    # 2024-04-01 – 2024-06-30 = 3 × 10000 = 30000.00, firm.
    f = one(run(_late("2024-07-01"), "2025-01-10", law), RULE)
    assert f.key == "no-written-contract@late@2024-04-01"
    assert f.amount == W * 3 == D("30000.00") and f.confidence == "statute"


def test_near_miss_a_back_dated_contract_is_contested(law: LawData) -> None:
    # The same contract dated back to the first day of work: Beijing treats the period
    # as covered unless the signing was forced (published case bj2015-song).
    f = one(run(_late("2024-03-01"), "2025-01-10", law), RULE)
    assert f.amount == D("30000.00") and f.confidence == "contested"
    assert f.title.key == "rules.no-written-contract.late_backdated.title"
    assert any(m.key.endswith("counter.backdated") for m in f.counter_arguments)


# --- a contract that lapsed while the work went on ---------------------------------------


def _lapsed(**kw: object) -> object:
    # Written fixed-term contract 2023-01-01 – 2024-12-31; work and pay go on.
    return case(
        contract=Contract(
            kind="fixed", start=dt.date(2023, 1, 1), end=dt.date(2024, 12, 31), written=True
        ),
        payments=month_payments("2023-01-01", "2025-09-30", "10000"),
        **kw,
    )


def test_lapsed_contract_before_interpretation_ii(law: LawData) -> None:
    # Work goes on from 2025-01-01; one month to sign, so double wages from
    # 2025-02-01. As of 2025-07-15: February–June = 5 × 10000 = 50000; July 1–15 has
    # 11 of July's 23 working days: the larger group is the 12 days outside (0),
    # so 0 + 10000 ÷ 21.75 × 11 = 5057.47. Total 55057.47. Beijing counts back, but
    # the whole window lies within the year: the whole is claimed, contested.
    f = one(run(_lapsed(), "2025-07-15", law), RULE)
    july = fen(W / D("21.75") * 11)
    assert july == D("5057.47")
    assert f.amount == W * 5 + july == D("55057.47")
    assert f.key == "no-written-contract@lapsed@2025-02-01"
    assert f.confidence == "contested" and f.severity == "medium"
    assert f.title.key == "rules.no-written-contract.lapsed.title"
    assert not any(b.law == "spc_interpretation_2" for b in f.basis)  # not yet in force
    assert f.period is not None and f.period.start == dt.date(2025, 2, 1)


def test_lapsed_contract_after_interpretation_ii(law: LawData) -> None:
    # As of 2025-10-15 (Interp. II in force since 2025-09-01): February–September =
    # 8 × 10000 = 80000; October 1–15 has 6 of October's 18 working days (the
    # National Day break runs to 10-08; Saturday 10-11 is a make-up working day):
    # 0 + 10000 ÷ 21.75 × 6 = 2758.62. Total 82758.62.
    report = run(_lapsed(), "2025-10-15", law)
    f = one(report, RULE)
    october = fen(W / D("21.75") * 6)
    assert october == D("2758.62")
    assert f.amount == W * 8 + october == D("82758.62")
    assert f.title.key == "rules.no-written-contract.lapsed_interp2.title"
    cited = {(b.law, b.article) for b in f.basis}
    assert {("spc_interpretation_2", "8"), ("spc_interpretation_2", "11")} <= cited
    words = render_both(f.explanation)
    assert "第十一条" in words["zh"] and "以原条件续订" in words["zh"]
    assert "consequences" in words["en"] and "reinstatement" in words["en"]
    assert any(m.key.endswith("next.ask_renewal") for m in f.next_steps)
    # The deadline: the first day's extra wage (2025-02-01) is lost one year later,
    # 2026-02-01 — a Sunday in a confirmed year, so the period runs to Monday
    # 2026-02-02; the text still advises 2026-02-01.
    deadline = next(d for d in report.deadlines if d.claim == RULE)
    assert (deadline.from_, deadline.last_day) == (dt.date(2025, 2, 1), dt.date(2026, 2, 1))
    zh = render_both(deadline.computation)["zh"]
    assert "2026-02-02" in zh and "2026-10-15" in zh  # the last part: 2025-10-15 + 1 year


def test_near_miss_a_protected_period_extends_the_contract(law: LawData) -> None:
    # Pregnant from 2024-11-01: the contract runs on by law (LCL art. 42; Interp. II
    # art. 8), so the work after 2024-12-31 is not "no written contract".
    c = _lapsed(protected=(ProtectedPeriod(ProtectedKind.PREGNANCY, dt.date(2024, 11, 1)),))
    assert only(run(c, "2025-10-15", law), RULE) == []


def test_near_miss_renewed_in_writing(law: LawData) -> None:
    renewal = incident(
        "R1", "2024-12-20", IncidentKind.RENEWAL_OFFER, response=Response.AGREED_IN_WRITING
    )
    assert only(run(_lapsed(incidents=[renewal]), "2025-10-15", law), RULE) == []


def test_renewal_signed_later_ends_the_window(law: LawData) -> None:
    # Renewed in writing on 2025-04-01: double wages 2025-02-01 – 2025-03-31 = 20000.00.
    renewal = incident(
        "R1", "2025-04-01", IncidentKind.RENEWAL_OFFER, response=Response.AGREED_IN_WRITING
    )
    f = one(run(_lapsed(incidents=[renewal]), "2025-10-15", law), RULE)
    assert f.amount == W * 2 == D("20000.00")
    assert f.refs == ("incident:R1",)


def test_near_miss_employment_ended_at_the_contracts_end(law: LawData) -> None:
    c = case(
        contract=Contract(
            kind="fixed", start=dt.date(2023, 1, 1), end=dt.date(2024, 12, 31), written=True
        ),
        payments=month_payments("2023-01-01", "2024-12-31", "10000"),
        employment_ended=ended("2024-12-31", "expiry"),
    )
    assert only(run(c, "2025-10-15", law), RULE) == []


def test_near_miss_less_than_a_month_after_the_end(law: LawData) -> None:
    # As of 2025-01-20 the employer still had a month to sign: nothing yet.
    assert only(run(_lapsed(), "2025-01-20", law), RULE) == []
