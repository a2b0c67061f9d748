"""standby-first-cycle-underpaid, standby-below-floor, standby-full-wage-arguable:
worked examples computed by hand from the statute and the law data, and near misses.

Beijing (resources/law): minimum wage 2420 from 2023-09-01 and 2540 from
2025-09-01 (京人社劳发〔2023〕20号 / 〔2025〕7号); standby after the first
cycle ≥ 70 % of the minimum wage (北京市工资支付规定 art. 27); first cycle
at the contract wage; pay divisor 21.75 (人社部发〔2025〕2号).
"""

from __future__ import annotations

from decimal import Decimal as D

from caseapp.domain.model import Day
from caseapp.domain.money import round_fen
from caseapp.domain.vocab import DayStatus, IncidentKind, Scope
from rules.builders import case, incident, month_payments, overrides, payment, span
from rules.helpers import one, only, run


def _worked_until(last: str) -> list:
    return month_payments("2024-01-01", last, "10000")


# --- standby-first-cycle-underpaid -------------------------------------------------


def test_first_cycle_split_across_months(law) -> None:
    # Standby from Tue 2025-06-10: first pay cycle [06-10, 07-09] (MOHRSS/SPC 2020 case 4).
    # Pay is compared per pay period (here calendar months; 工资支付暂行规定 art. 7):
    # June 2025 (20 working days; 06-02 is 端午): 06-03..06-09 before the stoppage and
    # 06-10..06-30 in the cycle, all at the wage: due 10000.00, paid 6000 → 4000.00.
    # July 2025 (23 working days): 7 in the cycle (07-01..07-09) at 10000, 16 after it at the
    # Beijing floor 0.7 × 2420 = 1694:
    #   due after the cycle = 1694 − 1694 ÷ 21.75 × 7 = 1148.80 (credited first from July's pay)
    #   due for the cycle's 7 days = 10000 ÷ 21.75 × 7 = 3218.39
    #   July paid 2000: 1148.80 to the floor days, 851.20 to the cycle → 2367.20
    # Shortfall: 4000.00 + 2367.20 = 6367.20. (Before, each payment was spread over the
    # cycle by working days — 6000 × 15/20 + 2000 × 7/23 against one month's wage: 4891.30 —
    # which credited July's pay to the floor days beyond their floor.)
    days = span("2025-06-10", "2025-09-30", DayStatus.STANDBY)
    pays = [
        *_worked_until("2025-05-31"),
        payment("2025-06-01", "2025-06-30", "6000", pid="P-JUN"),
        payment("2025-07-01", "2025-07-31", "2000", pid="P-JUL"),
    ]
    report = run(case(days=days, payments=pays), "2025-10-01", law)
    f = one(report, "standby-first-cycle-underpaid")
    floor = D("0.7") * D("2420")
    tail = floor - floor / D("21.75") * 7
    expected = (D("10000") - D("6000")) + (D("10000") / D("21.75") * 7 - (D("2000") - tail))
    assert f.amount == round_fen(expected) == D("6367.20")
    assert f.period is not None
    assert (f.period.start.isoformat(), f.period.end.isoformat()) == ("2025-06-10", "2025-07-09")
    assert "payment:P-JUN" in f.refs and "payment:P-JUL" in f.refs
    assert f.severity == "high"
    assert any(b.law == "wage_payment_provisions" and b.article == "12" for b in f.basis)
    # the days after the cycle were paid their floor out of July's pay: nothing below it
    # for July (August and September have no pay record: unknown)
    assert only(report, "standby-below-floor") == []


def test_first_cycle_paid_exactly(law) -> None:
    # A payment covering exactly the cycle with the full wage: nothing is short.
    days = span("2025-06-10", "2025-07-31", DayStatus.STANDBY)
    pays = [
        *_worked_until("2025-05-31"),
        payment("2025-06-01", "2025-06-09", "3000"),
        payment("2025-06-10", "2025-07-09", "10000"),
        payment("2025-07-10", "2025-07-31", "1694"),
    ]
    report = run(case(days=days, payments=pays), "2025-09-01", law)
    assert only(report, "standby-first-cycle-underpaid") == []


def test_first_cycle_not_for_dispatch(law) -> None:
    from rules.builders import dispatch

    days = span("2025-06-10", "2025-07-31", DayStatus.STANDBY)
    pays = _worked_until("2025-05-31") + month_payments("2025-06-01", "2025-07-31", "1000")
    c = case(days=days, payments=pays, arrangement="dispatch", dispatch=dispatch())
    report = run(c, "2025-09-01", law)
    assert only(report, "standby-first-cycle-underpaid") == []
    # dispatch: 100 % of the minimum wage from the first day without work
    assert only(report, "standby-below-floor")


# --- standby-below-floor --------------------------------------------------------------


def _bench_from_july(pays_after: list) -> object:
    days = span("2025-07-01", "2025-10-31", DayStatus.STANDBY)
    pays = [*_worked_until("2025-06-30"), payment("2025-07-01", "2025-07-31", "10000")]
    return case(days=days, payments=pays + pays_after)


def test_below_floor_worked_example(law) -> None:
    # First cycle = July (paid 10000 in full). After it, Beijing: 70 % of the minimum wage.
    # August: 0.7 × 2420 = 1694.00 due, 1500 paid → 194.00
    # September: 0.7 × 2540 = 1778.00 due (new minimum from 09-01), 1500 paid → 278.00
    # October: 1778.00 due, 1778.00 paid → 0 (exactly at the floor: no shortfall)
    # Total 472.00
    c = _bench_from_july(
        [
            payment("2025-08-01", "2025-08-31", "1500", kind="standby"),
            payment("2025-09-01", "2025-09-30", "1500", kind="standby"),
            payment("2025-10-01", "2025-10-31", "1778", kind="standby"),
        ]
    )
    report = run(c, "2025-11-20", law)
    f = one(report, "standby-below-floor")
    assert f.amount == D("1694") - D("1500") + D("1778") - D("1500") == D("472.00")
    assert f.period is not None and f.period.end.isoformat() == "2025-09-30"
    names = {p.name for p in f.calculation.parameters}
    assert {"minimum_wage", "after_ratio", "pay_divisor"} <= names
    assert only(report, "standby-first-cycle-underpaid") == []
    # the full-wage reading: (10000 − 1500) + (10000 − 1500) + (10000 − 1778) = 25222.00
    g = one(report, "standby-full-wage-arguable")
    assert g.amount == D("25222.00")
    assert g.confidence == "contested"
    assert g.alternatives[0].amount == D("472.00")


def test_below_floor_exactly_at_floor(law) -> None:
    # 1694.00 in August and 1778.00 after: exactly the floor, nothing short.
    c = _bench_from_july(
        [
            payment("2025-08-01", "2025-08-31", "1694", kind="standby"),
            payment("2025-09-01", "2025-09-30", "1778", kind="standby"),
            payment("2025-10-01", "2025-10-31", "1778", kind="standby"),
        ]
    )
    report = run(c, "2025-11-20", law)
    assert only(report, "standby-below-floor") == []


def test_month_straddling_a_minimum_wage_change(law) -> None:
    # Override: minimum wage 3000 from Mon 2025-08-18 (a user's own figure).
    # August 2025: 21 working days; 11 before the 18th at 0.7 × 2420 = 1694,
    # 10 from the 18th at 0.7 × 3000 = 2100. Anchor = the larger group (1694, 11 days):
    # due = 1694 + (2100 − 1694) ÷ 21.75 × 10 = 1694 + 186.666… = 1880.67; paid 1500
    # → shortfall 380.67
    days = span("2025-07-01", "2025-08-31", DayStatus.STANDBY)
    pays = [
        *_worked_until("2025-06-30"),
        payment("2025-07-01", "2025-07-31", "10000"),
        payment("2025-08-01", "2025-08-31", "1500", kind="standby"),
    ]
    c = case(days=days, payments=pays, overrides=overrides(minimum_wage=[("2025-08-18", "3000")]))
    f = one(run(c, "2025-09-20", law), "standby-below-floor")
    expected = D("1694") + (D("2100") - D("1694")) / D("21.75") * 10 - D("1500")
    assert f.amount == round_fen(expected) == D("380.67")
    overridden = [p for p in f.calculation.parameters if p.source.reported_by == ("test override",)]
    assert overridden and overridden[0].confidence == "unconfirmed"


def test_presence_required_uses_full_minimum(law) -> None:
    # On-call standby in August: the floor is 100 % of 2420; paid 2000 → 420.00
    days = span("2025-07-01", "2025-07-31", DayStatus.STANDBY) + span(
        "2025-08-01", "2025-08-31", DayStatus.STANDBY_ONCALL
    )
    pays = [
        *_worked_until("2025-06-30"),
        payment("2025-07-01", "2025-07-31", "10000"),
        payment("2025-08-01", "2025-08-31", "2000", kind="standby"),
    ]
    f = one(run(case(days=days, payments=pays), "2025-09-20", law), "standby-below-floor")
    assert f.amount == D("420.00")


def test_missing_standby_pay_is_unknown_not_a_shortfall(law) -> None:
    days = span("2025-07-01", "2025-09-30", DayStatus.STANDBY)
    pays = [*_worked_until("2025-06-30"), payment("2025-07-01", "2025-07-31", "10000")]
    report = run(case(days=days, payments=pays), "2025-10-20", law)
    assert only(report, "standby-below-floor") == []
    gaps = [f for f in only(report, "data-gap") if "payment_missing" in f.key]
    assert gaps and gaps[0].severity == "info"


def test_whole_company_stoppage_holds_back_full_wage_reading(law) -> None:
    c = _bench_from_july([payment("2025-08-01", "2025-08-31", "1500", kind="standby")])
    c = case(
        days=c.days,
        payments=c.payments,
        incidents=[
            incident("I1", "2025-06-30", IncidentKind.STANDBY_NOTICE, scope=Scope.WHOLE_COMPANY)
        ],
    )
    report = run(c, "2025-09-20", law)
    assert only(report, "standby-full-wage-arguable") == []
    assert one(report, "standby-below-floor").amount == D("194.00")


def test_rest_days_inside_a_run_do_not_break_it(law) -> None:
    # Standby logged only on working days, weekends left unlogged: one run.
    days = [d for d in span("2025-07-01", "2025-08-15", DayStatus.STANDBY) if d.status != "rest"]
    report = run(case(days=days, payments=_worked_until("2025-08-31")), "2025-09-20", law)
    f = one(report, "prolonged-standby")
    assert f.period is not None and f.period.start.isoformat() == "2025-07-01"


def test_29_days_is_not_prolonged(law) -> None:
    days = [
        *span("2025-07-01", "2025-07-29", DayStatus.STANDBY),
        Day(date=__import__("datetime").date(2025, 7, 30), status=DayStatus.WORKING),
    ]
    report = run(case(days=days, payments=_worked_until("2025-08-31")), "2025-09-20", law)
    assert only(report, "prolonged-standby") == []


def test_first_cycle_refs_stay_inside_the_cycle(law) -> None:
    days = span("2025-06-10", "2025-09-30", DayStatus.STANDBY)
    pays = [*_worked_until("2025-05-31"), payment("2025-06-01", "2025-07-31", "3000")]
    f = one(run(case(days=days, payments=pays), "2025-10-01", law), "standby-first-cycle-underpaid")
    days_cited = [r for r in f.refs if r.startswith("day:")]
    assert days_cited and max(days_cited) <= "day:2025-07-09"


def test_guangdong_caps_the_first_cycle_at_30_days(law) -> None:
    # Guangzhou, standby from Tue 2025-07-01: the cycle is [07-01, 07-30] (广东省工资支付
    # 条例 art. 39: at most 30 days), so 07-31 is already at the floor, 0.8 × 2500 = 2000.
    # Cycle due (30 days of a 31-day month, pro-rated): July has 23 working days, 22 in
    # the cycle → 10000 − 10000 ÷ 21.75 × 1 = 9540.23; paid 10000 × 22/23 = 9565.22: no
    # shortfall. 07-31 alone: 2000 ÷ 21.75 × 1 = 91.95 due, 10000 × 1/23 = 434.78 paid.
    # August: 2000 due, 2000 paid.
    days = span("2025-07-01", "2025-08-31", DayStatus.STANDBY)
    pays = [
        *_worked_until("2025-06-30"),
        payment("2025-07-01", "2025-07-31", "10000"),
        payment("2025-08-01", "2025-08-31", "2000", kind="standby"),
    ]
    report = run(case(days=days, payments=pays, city="guangzhou"), "2025-09-20", law)
    assert only(report, "standby-first-cycle-underpaid") == []
    assert only(report, "standby-below-floor") == []
    # and 1 fen less in August is a shortfall at the Guangdong floor
    pays[-1] = payment("2025-08-01", "2025-08-31", "1999.99", kind="standby")
    report = run(case(days=days, payments=pays, city="guangzhou"), "2025-09-20", law)
    assert one(report, "standby-below-floor").amount == D("0.01")


def test_jiangsu_worker_share_deducted_from_the_allowance(law) -> None:
    # Nanjing, standby from 2025-07-01 (July, the first cycle, paid in full). August: the
    # floor is 0.8 × 2490 = 1992.00; paid 1992.00 gross but the worker's own social
    # insurance 200.00 was deducted. 江苏省工资支付条例 art. 32: at the 80 % level the
    # employer also pays the worker's share, so only 1792.00 counts → shortfall 200.00.
    from caseapp.domain.model import Deductions

    days = span("2025-07-01", "2025-08-31", DayStatus.STANDBY)

    def pays(city_deduction: str) -> list:
        return [
            *_worked_until("2025-06-30"),
            payment("2025-07-01", "2025-07-31", "10000"),
            payment(
                "2025-08-01",
                "2025-08-31",
                "1992",
                kind="standby",
                deductions=Deductions(si_employee=D(city_deduction)),
            ),
        ]

    f = one(
        run(case(days=days, payments=pays("200"), city="nanjing"), "2025-09-20", law),
        "standby-below-floor",
    )
    floor = D("0.8") * D("2490")  # 1992.00
    counted = D("1992") - D("200")  # 1792.00
    assert f.amount == floor - counted == D("200.00")
    assert any(b.law == "jiangsu_wage_regulations" and b.article == "32" for b in f.basis)
    # Nothing deducted: exactly at the floor.
    quiet = run(case(days=days, payments=pays("0"), city="nanjing"), "2025-09-20", law)
    assert only(quiet, "standby-below-floor") == []
