"""The severance base as a tribunal computes it, and the years of service
(caseapp/rules/calc_severance.py; LCL 47, 87, 97 ¶3; Reg. 10, 25, 27;
Beijing 534 Q55, Q66). Each worked example is computed by hand in its
comment, with a near miss beside it.

Defaults (rules/builders.py): Beijing, contract wage 10000 from 2024-01-01.
An ending on 2025-06-30 averages 2024-07..2025-06 (12 months) and counts
2024-01-01..2025-06-30 = 18 months → 1 year + 6 months → 2 years.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal as D

from caseapp.domain.findings import SeveranceEstimate
from caseapp.domain.model import Components, Contract, Day, Payment, PriorService
from caseapp.domain.vocab import Confidence, DayStatus
from caseapp.i18n import render
from rules.builders import case, ended, month_payments, payment, span
from rules.helpers import run

END = "2025-06-30"
AS_OF = "2025-07-20"  # after June's pay (the 15th): the records as of then hold it
DAY_RATE = D("10000") / D("21.75")  # 459.770114…


def _estimate(law: object, as_of: str = AS_OF, **kw: object) -> SeveranceEstimate:
    kw.setdefault("employment_ended", ended(END, "art36_employer_proposed"))
    kw.setdefault("contract", Contract(kind="fixed", start=date(2024, 1, 1), written=True))
    est = run(case(**kw), as_of, law).severance  # type: ignore[arg-type]
    assert est is not None
    return est


def _notes(est: SeveranceEstimate) -> list[str]:
    return [render(m, "en") for m in est.assumptions]


def _with(p: Payment, **kw: object) -> Payment:
    return dataclasses.replace(p, **kw)  # type: ignore[arg-type]


def _prior(start: str, end: str, *, paid: bool = False, same: bool = True) -> PriorService:
    return PriorService(
        employer="前一家外包公司",
        start=date.fromisoformat(start),
        end=date.fromisoformat(end),
        same_workplace=same,
        severance_paid=paid,
    )


# --- a sick day never removes the estimate ----------------------------------------


def test_a_sick_day_without_pay_records_counts_at_the_contract_wage(law) -> None:
    # 2025-03-12 (a Wednesday) is a sick day; no payment is recorded at all. The day
    # has no figure in the records, so it counts at the contract wage and the month
    # at 10000 (before: the month, and with it the whole estimate, was missing).
    # Base = 12 × 10000 / 12 = 10000; N = 10000 × 2 = 20000.00; 2N = 40000.00.
    est = _estimate(law, days=[Day(date=date(2025, 3, 12), status=DayStatus.SICK)])
    assert est.base == D("10000.00") and est.n == D("20000.00") and est.double == D("40000.00")
    notes = _notes(est)
    assert "2025-03: 1 sick day(s) the records do not value: counted at the contract wage" in (
        " ".join(notes)
    )
    assert any(n.startswith("2025-03:") and "no pay recorded" in n for n in notes)


def test_a_sick_day_is_valued_by_the_pay_recorded_for_its_month(law) -> None:
    # Every month paid 10000, March 2025 paid 9800 (sick pay as the employer paid it).
    # March due for the other days: 10000 − 10000 / 21.75 × 1 = 9540.23; the pay
    # recorded, 9800, is above it, so March counts 9800 (sick pay included as recorded).
    # Base = (11 × 10000 + 9800) / 12 = 119800 / 12 = 9983.333… → 9983.33;
    # N = 9983.33 × 2 = 19966.66.
    payments = [
        p if p.period_start != date(2025, 3, 1) else _with(p, amount=D("9800"))
        for p in month_payments("2024-01-01", END, "10000")
    ]
    est = _estimate(
        law, days=[Day(date=date(2025, 3, 12), status=DayStatus.SICK)], payments=payments
    )
    assert round(D("10000") - DAY_RATE, 2) == D("9540.23")
    assert est.base == D("9983.33") and est.n == D("19966.66")
    assert est.calculation is not None and est.calculation.table is not None
    march = next(r for r in est.calculation.table.rows if r.key == "2025-03")
    assert march.cells[:2] == ("9540.23", "9800.00")
    assert _notes(est) == [
        "2025-03: 1 sick day(s): valued by the pay recorded for the month (sick pay as recorded)"
    ]


def test_near_miss_no_sick_day_and_an_underpaid_month_counts_what_was_due(law) -> None:
    # The same payments without the sick day: March was due 10000 and paid 9800; pay
    # below what was due does not lower the base (Reg. 27: wages due). Base = 10000;
    # N = 20000.00; nothing assumed.
    payments = [
        p if p.period_start != date(2025, 3, 1) else _with(p, amount=D("9800"))
        for p in month_payments("2024-01-01", END, "10000")
    ]
    est = _estimate(law, payments=payments)
    assert est.base == D("10000.00") and est.n == D("20000.00")
    assert est.assumptions == ()


# --- bonuses, commissions, allowances -------------------------------------------------


def test_a_commission_month_and_an_annual_bonus_raise_the_base(law) -> None:
    # Paid 10000 a month; December 2024 paid 16000 (base 10000 + performance pay 6000:
    # a commission month); a bonus of 12000 for 2024-07-01..2025-06-30 (the window
    # itself, so all of it falls inside, spread over the months by working days).
    # Base = (11 × 10000 + 16000 + 12000) / 12 = 138000 / 12 = 11500.00;
    # N = 11500 × 2 = 23000.00.
    payments = [
        p
        if p.period_start != date(2024, 12, 1)
        else _with(
            p, amount=D("16000"), components=Components(base=D("10000"), performance=D("6000"))
        )
        for p in month_payments("2024-01-01", END, "10000")
    ]
    payments.append(payment("2024-07-01", END, "12000", paid_on="2025-07-05", kind="bonus"))
    est = _estimate(law, payments=payments)
    assert est.base == D("11500.00") and est.n == D("23000.00")
    assert est.assumptions == ()


def test_near_miss_a_month_paid_below_the_contract_counts_the_contract_wage(law) -> None:
    # The same, but January 2025 paid 8000 (a cut without agreement): January counts
    # the 10000 due, so the base is unchanged at 11500.00 and N at 23000.00 — the
    # shortfall is a pay claim (unilateral-pay-cut), not a lower base.
    payments = []
    for p in month_payments("2024-01-01", END, "10000"):
        if p.period_start == date(2024, 12, 1):
            p = _with(p, amount=D("16000"))
        elif p.period_start == date(2025, 1, 1):
            p = _with(p, amount=D("8000"))
        payments.append(p)
    payments.append(payment("2024-07-01", END, "12000", paid_on="2025-07-05", kind="bonus"))
    est = _estimate(law, payments=payments)
    assert est.base == D("11500.00") and est.n == D("23000.00")


# --- overtime pay, per region -----------------------------------------------------------


def _overtime_march() -> list[Payment]:
    # Every month 10000; March 2025 13000 of which overtime 3000.
    return [
        p
        if p.period_start != date(2025, 3, 1)
        else _with(p, amount=D("13000"), components=Components(base=D("10000"), overtime=D("3000")))
        for p in month_payments("2024-01-01", END, "10000")
    ]


def test_beijing_counts_overtime_pay_in_the_base(law) -> None:
    # Beijing 534 Q55(4): overtime pay is in the 12-month average (practice).
    # Base = (11 × 10000 + 13000) / 12 = 123000 / 12 = 10250.00; N = 10250 × 2 = 20500.00.
    est = _estimate(law, payments=_overtime_march())
    assert est.base == D("10250.00") and est.n == D("20500.00")
    assert est.alternatives == ()
    assert est.calculation is not None
    cited = {p.name: p for p in est.calculation.parameters}
    assert cited["severance_overtime"].value == "yes"
    assert cited["severance_overtime"].confidence == Confidence.PRACTICE


def test_near_miss_elsewhere_overtime_is_left_out_and_shown_as_contested(law) -> None:
    # Hangzhou (Zhejiang → the national entry: overtime not known to count,
    # unconfirmed): the base leaves the 3000 out: 10000; N = 20000.00. The base with
    # it, 10250 × 2 = 20500.00, is a contested alternative.
    est = _estimate(law, payments=_overtime_march(), city="hangzhou")
    assert est.base == D("10000.00") and est.n == D("20000.00")
    [alt] = est.alternatives
    assert alt.amount == D("20500.00") and alt.confidence == Confidence.CONTESTED
    assert est.calculation is not None
    cited = {p.name: p for p in est.calculation.parameters}
    assert cited["severance_overtime"].value == "no"
    assert cited["severance_overtime"].confidence == Confidence.UNCONFIRMED


# --- missing months, net-only pay, standby both ways ------------------------------------


def test_a_missing_month_counts_at_what_was_due_and_says_so(law) -> None:
    # Paid 10000 every month except April 2025 (no record): April counts the 10000 due.
    # Base = 10000; N = 20000.00; the one assumption is April's.
    payments = [
        p for p in month_payments("2024-01-01", END, "10000") if p.period_start != date(2025, 4, 1)
    ]
    est = _estimate(law, payments=payments)
    assert est.n == D("20000.00")
    assert _notes(est) == ["2025-04: no pay recorded: counted at what was due"]


def test_standby_months_both_ways(law) -> None:
    # Worked at 10000 to 2025-03-31, standby from 2025-04-01: April is the first cycle
    # (10000 due, 10000 paid), May and June at the Beijing floor 0.7 × 2420 = 1694,
    # paid 1694. Base = (9 × 10000 + 10000 + 2 × 1694) / 12 = 103388 / 12
    # = 8615.666… → 8615.67; N = 8615.67 × 2 = 17231.34.
    # Standby days at the contract wage (contested): 12 × 10000 / 12 = 10000;
    # N = 20000.00.
    payments = [
        *month_payments("2024-01-01", "2025-04-30", "10000"),
        payment("2025-05-01", "2025-05-31", "1694", kind="standby"),
        payment("2025-06-01", "2025-06-30", "1694", kind="standby"),
    ]
    est = _estimate(law, days=span("2025-04-01", END, DayStatus.STANDBY), payments=payments)
    assert est.base == D("8615.67") and est.n == D("17231.34")
    [alt] = est.alternatives
    assert alt.amount == D("20000.00") and alt.confidence == Confidence.CONTESTED


def test_near_miss_standby_paid_in_full_counts_in_full(law) -> None:
    # The same standby, but the employer paid 10000 for May and June: pay recorded
    # counts (Reg. 27), so the base is 10000 and N 20000.00; the readings agree, no
    # alternative.
    est = _estimate(
        law,
        days=span("2025-04-01", END, DayStatus.STANDBY),
        payments=month_payments("2024-01-01", END, "10000", kind="standby"),
    )
    assert est.base == D("10000.00") and est.n == D("20000.00")
    assert est.alternatives == ()


def test_standby_without_a_regional_share_counts_at_the_lowest_open_share(law) -> None:
    # Tianjin has no confirmed share after the first cycle. Issue 11: the lowest share
    # the sources leave open (0.7, unconfirmed) values the standby days, and the
    # month says so. Standby from 2025-04-01, no payment records: April is the first
    # cycle (10000 due); May and June at 0.7 × 2320 = 1624 each.
    # Base = (10 × 10000 + 2 × 1624) / 12 = 103248 / 12 = 8604.00; N = 17208.00.
    est = _estimate(law, city="tianjin", days=span("2025-04-01", END, DayStatus.STANDBY))
    assert law.minimum_wage("tianjin", date(2025, 6, 30)).value == D("2320")
    assert est.base == D("8604.00") and est.n == D("17208.00")
    notes = _notes(est)
    for month in ("2025-05", "2025-06"):
        assert any(
            n.startswith(f"{month}:") and "unconfirmed share of the minimum wage" in n
            for n in notes
        ), notes


def test_near_miss_beijing_standby_has_a_share_and_assumes_nothing_of_it(law) -> None:
    # The same standby in Beijing: May and June at 0.7 × 2420 = 1694 each (a figure of
    # the law data). Base = (10 × 10000 + 2 × 1694) / 12 = 103388 / 12 = 8615.67;
    # N = 17231.34. The only assumptions are the months without pay records.
    est = _estimate(law, days=span("2025-04-01", END, DayStatus.STANDBY))
    assert est.base == D("8615.67") and est.n == D("17231.34")
    assert all("no pay recorded" in n and "standby" not in n for n in _notes(est))


# --- the cap and the twelve years -----------------------------------------------------


def test_capped_base_and_twelve_years(law) -> None:
    # Beijing cap (law data): 47103.25. Wage 47103.26 from 2010-01-01 to 2025-06-30:
    # 15 years 6 months → 16 years. 47103.26 > 47103.25 → base = the cap, years 12.
    # N = 47103.25 × 12 = 565239.00; 2N = 1130478.00.
    cap = law.severance_cap("beijing", date(2025, 6, 30)).value
    assert cap == D("47103.25")
    est = _estimate(
        law,
        monthly_wage=D("47103.26"),
        contract=Contract(kind="fixed", start=date(2010, 1, 1), written=True),
        payments=month_payments("2010-01-01", END, "47103.26"),
    )
    assert est.base == cap and est.years == D("12") and est.n == D("565239.00")
    assert est.double == D("1130478.00")


def test_near_miss_just_under_the_cap_keeps_every_year(law) -> None:
    # Wage 47103.25: not above the cap, so no cap and no year limit: 16 years.
    # N = 47103.25 × 16 = 753652.00 — more than the capped 565239.00 a fen higher.
    est = _estimate(
        law,
        monthly_wage=D("47103.25"),
        contract=Contract(kind="fixed", start=date(2010, 1, 1), written=True),
        payments=month_payments("2010-01-01", END, "47103.25"),
    )
    assert est.base == D("47103.25") and est.years == D("16") and est.n == D("753652.00")


# --- service years -----------------------------------------------------------------------


def test_service_before_2008_counts_for_2n_only(law) -> None:
    # Work from 2005-03-01 to 2025-06-30 at 10000. N counts from 2008-01-01 (LCL 97 ¶3):
    # 2008-01-01..2025-06-30 = 17 years 6 months → 18 years; N = 10000 × 18 = 180000.00.
    # 2N counts from the first day of work (Reg. 25): 244 months = 20 years 4 months →
    # 20.5 years; 2N = 2 × 10000 × 20.5 = 410000.00. The 34 months before 2008 are
    # stated as not counted in N (the old rules' content is not in the references).
    est = _estimate(
        law,
        contract=Contract(kind="fixed", start=date(2005, 3, 1), written=True),
        payments=month_payments("2024-01-01", END, "10000"),
    )
    assert est.years == D("18") and est.n == D("180000.00")
    assert est.years_double == D("20.5") and est.double == D("410000.00")
    before = [n for n in _notes(est) if "before 2008-01-01" in n]
    assert before and before[0].startswith("34 months 0 days before 2008-01-01")


def test_near_miss_service_from_2008_is_counted_once_for_both(law) -> None:
    # Work from 2008-01-01: 17 years 6 months → 18 years for N and 2N alike.
    # N = 180000.00; 2N = 360000.00; no pre-2008 assumption.
    est = _estimate(
        law,
        contract=Contract(kind="fixed", start=date(2008, 1, 1), written=True),
        payments=month_payments("2024-01-01", END, "10000"),
    )
    assert est.years == est.years_double == D("18")
    assert est.n == D("180000.00") and est.double == D("360000.00")
    assert not [n for n in _notes(est) if "2008" in n]


def test_overlapping_prior_service_is_counted_once(law) -> None:
    # The published case bj2023-he (tests/rules/cases) as first drafted: work from
    # 2016-08-27, ended 2021-08-26, wage 15000, and the same employer's earlier
    # periods recorded again as prior service (2016-08-27..2018-08-26 and
    # 2018-08-27..2019-08-26). Counted as a union: 2016-08-27..2021-08-26 = 5 years,
    # N = 15000 × 5 = 75000.00 (added up they made 8 years, N 120000).
    est = _estimate(
        law,
        monthly_wage=D("15000"),
        contract=Contract(kind="fixed", start=date(2016, 8, 27), written=True),
        payments=month_payments("2020-08-01", "2021-08-31", "15000"),
        prior_service=(
            _prior("2016-08-27", "2018-08-26"),
            _prior("2018-08-27", "2019-08-26"),
        ),
        employment_ended=ended("2021-08-26", "art36_employer_proposed"),
        as_of="2021-09-15",
    )
    assert est.years == D("5") and est.n == D("75000.00")
    assert est.calculation is not None
    overlap = est.calculation.inputs["service_overlap"]
    assert "1095 day(s)" in render(overlap, "en")  # type: ignore[arg-type]


def test_near_miss_an_adjacent_prior_period_is_added(law) -> None:
    # A prior contract 2013-08-27..2016-08-26 at the same workplace, no severance paid,
    # ending the day before the current one begins: 3 + 5 = 8 years;
    # N = 15000 × 8 = 120000.00.
    est = _estimate(
        law,
        monthly_wage=D("15000"),
        contract=Contract(kind="fixed", start=date(2016, 8, 27), written=True),
        payments=month_payments("2020-08-01", "2021-08-31", "15000"),
        prior_service=(_prior("2013-08-27", "2016-08-26"),),
        employment_ended=ended("2021-08-26", "art36_employer_proposed"),
        as_of="2021-09-15",
    )
    assert est.years == D("8") and est.n == D("120000.00")
    assert est.calculation is not None and "service_overlap" not in est.calculation.inputs


def test_a_compensated_prior_period_is_left_out(law) -> None:
    # Prior contract 2019-01-01..2023-12-31 at the same workplace, severance paid:
    # left out (Reg. 10). 2024-01-01..2025-06-30 → 2 years; N = 10000 × 2 = 20000.00.
    est = _estimate(
        law,
        payments=month_payments("2024-01-01", END, "10000"),
        prior_service=(_prior("2019-01-01", "2023-12-31", paid=True),),
    )
    assert est.years == D("2") and est.n == D("20000.00")
    assert est.calculation is not None and "service_left_out" in est.calculation.inputs


def test_near_miss_the_same_period_uncompensated_is_added(law) -> None:
    # Without severance paid: 2019-01-01..2025-06-30 = 6 years 6 months → 7 years;
    # N = 70000.00.
    est = _estimate(
        law,
        payments=month_payments("2024-01-01", END, "10000"),
        prior_service=(_prior("2019-01-01", "2023-12-31"),),
    )
    assert est.years == D("7") and est.n == D("70000.00")


def test_a_compensated_period_overlapping_an_uncompensated_one_is_taken_out(law) -> None:
    # Two earlier contracts recorded over each other: 2019-01-01..2022-12-31 (no
    # severance paid) and 2021-01-01..2023-12-31 (severance paid). The paid one's days
    # come out of the union: 2019-01-01..2020-12-31 (2 years) + 2024-01-01..2025-06-30
    # (1 year 6 months) = 3 years 6 months → 4 years; N = 40000.00.
    est = _estimate(
        law,
        payments=month_payments("2024-01-01", END, "10000"),
        prior_service=(
            _prior("2019-01-01", "2022-12-31"),
            _prior("2021-01-01", "2023-12-31", paid=True),
        ),
    )
    assert est.years == D("4") and est.n == D("40000.00")
