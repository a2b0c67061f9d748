"""Real pay periods and days the worker did not log (issue 9 items 3 and 4):
worked examples computed by hand, each with a near miss.

Beijing (resources/law): minimum wage 2420 from 2023-09-01 and 2540 from
2025-09-01; standby after the first cycle ≥ 70 % of it (北京市工资支付规定
art. 27): 1694.00, then 1778.00; first cycle at the contract wage; a day's
pay = the monthly figure ÷ 21.75. Payday 15, for the previous period
(pay_lag_months 1): the pay for 10 March – 9 April is due on 15 April.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from caseapp.domain.model import Contract, Day, Payment
from caseapp.domain.money import round_fen
from caseapp.domain.vocab import DayStatus
from caseapp.rules.engine import make_context
from caseapp.rules.facts import Category, Inferred
from caseapp.rules.periods import PayPeriod, infer_cycle
from rules.builders import case, date, month_payments, payment, span
from rules.helpers import one, only, run

ONE = dt.timedelta(days=1)
FROM_10TH = Contract(kind="fixed", start=date("2024-01-10"), end=date("2027-12-31"), written=True)


def tenth_to_ninth(first: str, last: str, amount: str, **kw: object) -> list[Payment]:
    """One payment per period from the 10th to the 9th, starting with the
    period that starts on `first` and ending with the one starting on `last`,
    each paid on the 15th after the period (its payday)."""
    out = []
    cur = date(first)
    while cur <= date(last):
        nxt = (cur.replace(day=1) + dt.timedelta(days=32)).replace(day=10)
        paid_on = nxt.replace(day=15).isoformat()
        out.append(payment(cur.isoformat(), (nxt - ONE).isoformat(), amount, paid_on, **kw))  # type: ignore[arg-type]
        cur = nxt
    return out


# --- the cycle -------------------------------------------------------------------------


def test_cycle_inferred_from_consistent_periods_else_calendar_months() -> None:
    pays = tenth_to_ninth("2024-01-10", "2024-06-10", "10000")
    cycle = infer_cycle(pays)
    assert cycle.first_day == 10
    assert cycle.period_of(date("2024-03-09")) == PayPeriod(date("2024-02-10"), date("2024-03-09"))
    assert cycle.period_of(date("2024-03-10")) == PayPeriod(date("2024-03-10"), date("2024-04-09"))
    # a partial first period (from the first day of work) fits the cycle
    assert infer_cycle([payment("2024-01-03", "2024-01-09", "2000"), *pays]).first_day == 10
    # two whole periods paid together fit it too
    assert infer_cycle([*pays, payment("2024-07-10", "2024-09-09", "20000")]).first_day == 10
    # near miss: one payment for a calendar month among them → calendar months
    assert infer_cycle([*pays, payment("2024-08-01", "2024-08-31", "10000")]).calendar
    # whole periods starting on different days → calendar months
    assert infer_cycle([*pays, payment("2024-07-16", "2024-08-15", "10000")]).calendar
    assert infer_cycle(month_payments("2024-01-01", "2024-06-30", "10000")).calendar
    assert infer_cycle([]).calendar


# --- a 10th-to-9th cycle paid in full ---------------------------------------------------


def _tenth_case(amount: str, pays: list[Payment]) -> object:
    return case(payments=pays, monthly_wage=D(amount), contract=FROM_10TH)


def test_tenth_to_ninth_paid_in_full_is_no_pay_cut_and_not_below_minimum(law) -> None:
    # Wage 10000 from 2024-01-10, each period 10th–9th paid 10000 on the 15th after it.
    # Per period: due 10000 (a whole period at one figure), paid 10000: nothing short.
    # Spread over calendar months by working days (the old reading) the same pay showed
    # a "pay cut" of 4986.82 in nine months, e.g. February 2024: 10000 × 8/24 (1–9 Feb:
    # 8 of the 24 working days of 10 Jan – 9 Feb) + 10000 × 10/16 (10–29 Feb: 10 of the 16
    # working days of 10 Feb – 9 Mar, the Spring Festival inside) = 9583.33 → "416.67".
    pays = tenth_to_ninth("2024-01-10", "2025-07-10", "10000")
    report = run(_tenth_case("10000", pays), "2025-08-20", law)
    assert only(report, "unilateral-pay-cut") == []
    assert only(report, "below-minimum-wage") == []
    ctx = make_context(_tenth_case("10000", pays), date("2025-08-20"), law)  # type: ignore[arg-type]
    assert ctx.facts.cycle.first_day == 10


def test_tenth_to_ninth_near_miss_one_period_short_by_100(law) -> None:
    # The same, with 10 June – 9 July 2025 paid 9900: that period alone is 100.00 short,
    # shown as the period (not as June and July).
    pays = tenth_to_ninth("2024-01-10", "2025-07-10", "10000")
    pays = [
        p if p.period_start != date("2025-06-10") else payment("2025-06-10", "2025-07-09", "9900")
        for p in pays
    ]
    report = run(_tenth_case("10000", pays), "2025-08-20", law)
    f = one(report, "unilateral-pay-cut")
    assert f.amount == D("10000") - D("9900") == D("100.00")
    assert f.period is not None
    assert (f.period.start, f.period.end) == (date("2025-06-10"), date("2025-07-09"))
    assert f.calculation is not None and f.calculation.table is not None
    assert f.calculation.table.key_column == "period"
    assert [r.key for r in f.calculation.table.rows] == ["2025-06-10/2025-07-09"]
    assert "pay_cycle" in f.calculation.inputs
    assert any(b.law == "wage_payment_provisions" and b.article == "7" for b in f.basis)


def test_tenth_to_ninth_at_2450_is_not_below_the_minimum(law) -> None:
    # Wage 2450, Beijing minimum 2420 (to 2025-08-31): each period paid 2450 ≥ 2420.
    # The calendar-month spreading showed "below the minimum wage" 951.77 (February 2024:
    # 2450 × (8/24 + 10/16) = 2347.92 < 2420) and a "pay cut" of 1221.77.
    pays = tenth_to_ninth("2024-01-10", "2025-07-10", "2450")
    report = run(_tenth_case("2450", pays), "2025-08-20", law)
    assert only(report, "below-minimum-wage") == []
    assert only(report, "unilateral-pay-cut") == []
    # near miss: 10 May – 9 June 2025 paid 2400 → 2420 − 2400 = 20.00 below the minimum
    # (and 2450 − 2400 = 50.00 below the agreed wage)
    pays = [
        p if p.period_start != date("2025-05-10") else payment("2025-05-10", "2025-06-09", "2400")
        for p in pays
    ]
    report = run(_tenth_case("2450", pays), "2025-08-20", law)
    assert one(report, "below-minimum-wage").amount == D("20.00")
    assert one(report, "unilateral-pay-cut").amount == D("50.00")


# --- the first standby period of that cycle, underpaid ------------------------------------


def _standby_from(first: str, period_pay: list[Payment]) -> object:
    days = span(first, "2025-06-30", DayStatus.STANDBY)
    pays = tenth_to_ninth("2024-01-10", "2025-02-10", "10000") + period_pay
    return case(days=days, payments=pays, contract=FROM_10TH)


def test_first_cycle_is_the_first_period_found_on_its_payday(law) -> None:
    # Standby from Mon 2025-03-10: the first pay cycle [03-10, 04-09] is exactly the
    # period 10 March – 9 April. Due 10000 (one whole period at the wage); the employer
    # paid the living allowance 1694 on its payday, Tue 2025-04-15 → 10000 − 1694 = 8306.00.
    c = _standby_from(
        "2025-03-10", [payment("2025-03-10", "2025-04-09", "1694", "2025-04-15", "standby")]
    )
    f = one(run(c, "2025-04-15", law), "standby-first-cycle-underpaid")  # type: ignore[arg-type]
    assert f.amount == D("10000") - D("1694") == D("8306.00")
    assert f.period is not None
    assert (f.period.start, f.period.end) == (date("2025-03-10"), date("2025-04-09"))
    assert f.calculation is not None and f.calculation.table is not None
    assert [r.key for r in f.calculation.table.rows] == ["2025-03-10/2025-04-09"]
    assert f.calculation.inputs["pay_cycle"]
    # not before its payday: on 04-14 the period's pay is not yet due
    assert only(run(c, "2025-04-14", law), "standby-first-cycle-underpaid") == []  # type: ignore[arg-type]


def test_first_period_paid_in_full_is_quiet(law) -> None:
    # near miss: the first period paid the full 10000 on its payday
    c = _standby_from("2025-03-10", [payment("2025-03-10", "2025-04-09", "10000", "2025-04-15")])
    report = run(c, "2025-04-15", law)  # type: ignore[arg-type]
    assert only(report, "standby-first-cycle-underpaid") == []
    assert only(report, "unilateral-pay-cut") == []


def test_cycle_across_two_periods_credits_the_floor_first(law) -> None:
    # Standby from Thu 2025-03-20: cycle [03-20, 04-19].
    # Period 10 Mar – 9 Apr: days before the stoppage (at the wage) and cycle days (at the
    # wage): due 10000, paid 10000 → 0.
    # Period 10 Apr – 9 May (20 working days: 7 in the cycle, 10–18 Apr; 13 after it,
    # 21–30 Apr with the make-up Sunday 27 Apr, and 6–9 May):
    #   due for the period = 1694 + (10000 − 1694) × 7 ÷ 21.75 = 4367.20
    #   due after the cycle (13 days at the floor) = 1694 − 1694 × 7 ÷ 21.75 = 1148.80
    #   due for the cycle's 7 days = 4367.20 − 1148.80 = 10000 × 7 ÷ 21.75 = 3218.39
    # Paid 1694 for the period on 15 May: 1148.80 to the days after the cycle (their floor),
    # 545.20 to the cycle → 3218.39 − 545.20 = 2673.20 short; nothing below the floor.
    pays = [
        payment("2025-03-10", "2025-04-09", "10000", "2025-04-15"),
        payment("2025-04-10", "2025-05-09", "1694", "2025-05-15", "standby"),
    ]
    c = _standby_from("2025-03-20", pays)
    report = run(c, "2025-05-15", law)  # type: ignore[arg-type]
    f = one(report, "standby-first-cycle-underpaid")
    tail = D("1694") - D("1694") * 7 / D("21.75")
    head = D("10000") * 7 / D("21.75")
    assert f.amount == round_fen(head - (D("1694") - tail)) == D("2673.20")
    assert only(report, "standby-below-floor") == []
    assert f.calculation is not None and f.calculation.table is not None
    rows = {r.key: r.cells for r in f.calculation.table.rows}
    assert rows["2025-04-10/2025-05-09"] == (
        "2025-04-10",
        "2025-04-19",
        "3218.39",
        "1694.00",
        "1148.80",
        "545.20",
        "2673.20",
    )
    # one day before that payday, only the first period (paid in full) is due: nothing
    assert only(run(c, "2025-05-14", law), "standby-first-cycle-underpaid") == []  # type: ignore[arg-type]


# --- days the worker did not log -----------------------------------------------------------


def _unlogged_case(log_them: bool) -> object:
    # Standby from Tue 2025-07-01 to 2025-08-31; Tue–Thu 5–7 August not logged.
    gap = {date("2025-08-05"), date("2025-08-06"), date("2025-08-07")}
    days = [
        d
        for d in span("2025-07-01", "2025-08-31", DayStatus.STANDBY)
        if log_them or d.date not in gap
    ]
    pays = [
        *month_payments("2024-01-01", "2025-07-31", "10000"),
        payment("2025-08-01", "2025-08-31", "1500", kind="standby"),
    ]
    return case(days=days, payments=pays)


def test_three_unlogged_days_are_standby_days_with_the_wage_as_alternative(law) -> None:
    # First cycle = July (paid 10000). August: 21 working days, all at the floor — the three
    # unlogged ones too (the conservative reading): due 1694.00, paid 1500 → 194.00.
    # Alternative (unconfirmed): the three days at the wage:
    #   1694 + (10000 − 1694) × 3 ÷ 21.75 = 2839.66 due → 1339.66.
    # (Before: the unlogged days broke the run and counted as days at the wage, so 1339.66
    # was the floor finding's own amount.)
    c = _unlogged_case(log_them=False)
    report = run(c, "2025-09-20", law)  # type: ignore[arg-type]
    f = one(report, "standby-below-floor")
    assert f.amount == D("1694") - D("1500") == D("194.00")
    alt = [a for a in f.alternatives if a.reading.key.endswith(".alt.unlogged")]
    assert len(alt) == 1
    expected = D("1694") + (D("10000") - D("1694")) * 3 / D("21.75") - D("1500")
    assert round_fen(alt[0].amount) == round_fen(expected) == D("1339.66")
    assert alt[0].confidence == "unconfirmed"
    assert f.calculation is not None and f.calculation.table is not None
    assert f.calculation.inputs["unlogged_days"] == "2025-08-05, 2025-08-06, 2025-08-07"
    assert "unlogged" in f.calculation.table.columns
    cells = dict(zip(f.calculation.table.columns, f.calculation.table.rows[0].cells, strict=True))
    assert cells["unlogged"] == "3" and cells["due"] == "1694.00"
    # never a day worked, never cited as a logged day
    assert not {"day:2025-08-05", "day:2025-08-06", "day:2025-08-07"} & set(f.refs)
    facts = make_context(c, date("2025-09-20"), law).facts  # type: ignore[arg-type]
    value = facts.value(date("2025-08-06"))
    assert value.category == Category.FLOOR and value.inferred == Inferred.UNLOGGED
    # one run, one episode: the gap neither ends the stoppage nor opens a new first cycle
    assert len(facts.episodes) == 1 and len(facts.runs) == 1
    assert only(report, "standby-first-cycle-underpaid") == []


def test_the_same_days_logged_as_standby_give_the_same_amount_and_no_alternative(law) -> None:
    # near miss: logged, the days are plain standby days: 194.00, nothing unlogged
    report = run(_unlogged_case(log_them=True), "2025-09-20", law)  # type: ignore[arg-type]
    f = one(report, "standby-below-floor")
    assert f.amount == D("194.00")
    assert not [a for a in f.alternatives if a.reading.key.endswith(".alt.unlogged")]
    assert f.calculation is not None and "unlogged_days" not in f.calculation.inputs


# --- a rest entry on an official make-up working day ----------------------------------------


def _make_up_day_case(status_in_september: DayStatus) -> object:
    # Standby from 2025-07-01 to 2025-10-31 (September: working, in the near miss);
    # Sun 2025-09-28 is an official make-up working day (国庆 2025) and is logged `rest`.
    days = span("2025-07-01", "2025-08-31", DayStatus.STANDBY)
    days += span("2025-09-01", "2025-09-30", status_in_september)
    days += span("2025-10-01", "2025-10-31", DayStatus.STANDBY)
    days = [
        d if d.date != date("2025-09-28") else Day(date=d.date, status=DayStatus.REST) for d in days
    ]
    pays = [
        *month_payments("2024-01-01", "2025-07-31", "10000"),
        payment("2025-08-01", "2025-08-31", "1694", kind="standby"),
        payment("2025-09-01", "2025-09-30", "1700", kind="standby"),
        payment("2025-10-01", "2025-10-31", "1778", kind="standby"),
    ]
    return case(days=days, payments=pays)


def test_rest_on_a_make_up_working_day_inside_a_standby_run_is_a_standby_day(law) -> None:
    # September 2025: 23 working days (22 weekdays + Sun 09-28), all at the floor
    # 0.7 × 2540 = 1778.00 — 09-28 too: due 1778.00, paid 1700 → 78.00.
    # (Before: 09-28 counted at the wage, 1778 + (10000 − 1778) ÷ 21.75 = 2156.02 due → 456.02.)
    c = _make_up_day_case(DayStatus.STANDBY)
    report = run(c, "2025-11-20", law)  # type: ignore[arg-type]
    f = one(report, "standby-below-floor")
    assert f.amount == D("1778") - D("1700") == D("78.00")
    assert f.calculation is not None
    assert f.calculation.inputs["rest_on_workdays"] == "2025-09-28"
    facts = make_context(c, date("2025-11-20"), law).facts  # type: ignore[arg-type]
    value = facts.value(date("2025-09-28"))
    assert value.category == Category.FLOOR and value.inferred == Inferred.REST_ON_WORKDAY


def test_rest_on_a_make_up_working_day_while_working_is_not_standby(law) -> None:
    # near miss: the worker was back at work in September; the same rest entry on 09-28 is
    # outside any standby run and keeps its value at the wage.
    c = _make_up_day_case(DayStatus.WORKING)
    facts = make_context(c, date("2025-11-20"), law).facts  # type: ignore[arg-type]
    value = facts.value(date("2025-09-28"))
    assert value.category == Category.WAGE and value.inferred is None
