"""Part-time, hourly and platform work (issue 15): worked examples and near
misses, the arithmetic written out.

Figures from the law data: Beijing's hourly minimum wage (非全日制) is 26.4
from 2023-09-01 and 27.7 from 2025-09-01; Shanghai's 24 from 2023-07-01 and
25 from 2025-07-01; LCL 68's limits 4 hours a day on average, 24 a week;
LCL 72's pay cycle 15 days; Civil Code 188's limitation 3 years.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from caseapp.domain.model import Control, Day, Organisation, Task, Worker
from caseapp.domain.vocab import (
    ControlBy,
    DayStatus,
    Forum,
    PayBasis,
    TaskStatus,
)
from caseapp.report.application_claims import requests
from caseapp.rules.r_part_time_limits import weeks
from rules.builders import case, date, payment
from rules.helpers import one, only, run

EMPLOYER_BJ = Organisation("北京某数据服务有限公司", city="beijing")


def worked(start: str, end: str, hours: str, weekdays: bool = True) -> list[Day]:
    """`hours` on every day of [start, end] (Monday to Friday only, by default)."""
    out, day = [], date(start)
    while day <= date(end):
        if not weekdays or day.weekday() < 5:
            out.append(Day(day, DayStatus.WORKING, hours=D(hours)))
        day += dt.timedelta(days=1)
    return out


def part_time(**kw: object):  # type: ignore[no-untyped-def]
    base: dict[str, object] = {
        "arrangement": "part_time",
        "pay_basis": PayBasis.HOURLY,
        "hourly_wage": D("30"),
        "monthly_wage": None,
        "employer": EMPLOYER_BJ,
        "client": None,
    }
    base.update(kw)
    return case(**base)


# --- part-time-limits-exceeded ---------------------------------------------------------


def test_a_week_over_24_hours_is_over_the_limits_and_exactly_24_is_not(law) -> None:
    # week of Mon 2025-06-02: 6 days × 4 h = 24 h, average 24 / 6 = 4.0 -> within both
    # week of Mon 2025-06-09: 5 days × 5 h = 25 h > 24, average 25 / 5 = 5.0 > 4 -> over
    days = [
        *worked("2025-06-02", "2025-06-07", "4", weekdays=False),
        *worked("2025-06-09", "2025-06-13", "5"),
    ]
    c = part_time(days=days)
    report = run(c, "2025-06-20", law)
    f = one(report, "part-time-limits-exceeded")
    assert f.key == "part-time-limits-exceeded@2025-06-09"
    assert f.amount is None and f.confidence == "practice"
    assert f.calculation is not None and f.calculation.table is not None
    (row,) = f.calculation.table.rows
    assert row.key == "2025-06-09" and row.cells == ("5", "25", "5")
    assert f.calculation.inputs == {"weeks_over": "1", "weeks_with_hours": "2"}
    # the relationship to confirm is a full-time one
    assert one(report, "relationship-to-confirm").explanation.key.endswith(
        "part_time_over.explanation"
    )


def test_exactly_4_hours_a_day_is_within_the_limits(law) -> None:
    # 2025-06-02 to 2025-06-27, Monday to Friday, 4 h a day: each week 5 × 4 = 20 h,
    # average 20 / 5 = 4 — not more than 4, not more than 24
    c = part_time(days=worked("2025-06-02", "2025-06-27", "4"))
    report = run(c, "2025-07-01", law)
    assert only(report, "part-time-limits-exceeded") == []
    rel = one(report, "relationship-to-confirm")
    assert rel.explanation.key.endswith("part_time_within.explanation")
    assert rel.severity == "low"


def test_the_daily_average_alone_can_exceed_the_limits(law) -> None:
    # 4 days × 5.5 h = 22 h ≤ 24, but 22 / 4 = 5.5 > 4 on average over the days worked
    days = worked("2025-06-02", "2025-06-05", "5.5")
    assert [
        (w.days, w.hours, w.average) for w in weeks({d.date: D(d.hours or 0) for d in days})
    ] == [(4, D("22.0"), D("5.5"))]
    report = run(part_time(days=days), "2025-06-20", law)
    f = one(report, "part-time-limits-exceeded")
    assert f.calculation is not None and f.calculation.table is not None
    assert f.calculation.table.rows[0].cells == ("4", "22", "5.5")


def test_no_written_contract_never_fires_for_part_time_work(law) -> None:
    # LCL 69: a part-time agreement may be oral; the monthly rules are held back
    from caseapp.domain.model import Contract

    unwritten = Contract(kind="fixed", start=date("2024-01-01"), written=False)  # type: ignore[arg-type]
    c = part_time(days=worked("2025-06-02", "2025-06-27", "4"), contract=unwritten)
    report = run(c, "2025-07-01", law)
    assert only(report, "no-written-contract") == []
    assert report.severance is None  # LCL 71: no N priced for part-time work


# --- below-hourly-minimum --------------------------------------------------------------


def test_pay_below_the_hourly_minimum_where_the_employer_is(law) -> None:
    # 2025-06-02 to 2025-06-13, Monday to Friday: 10 days × 4 h = 40 h
    # employer in Beijing: 26.4 an hour -> due at least 40 × 26.4 = 1056.00
    # paid 1000.00 for 1–15 June -> 25.00 an hour; shortfall 1056.00 − 1000.00 = 56.00
    # (the place of work, Shanghai, has 24: 40 × 24 = 960 — LCL 72 takes the employer's)
    days = worked("2025-06-02", "2025-06-13", "4")
    pay = [payment("2025-06-01", "2025-06-15", "1000.00", paid_on="2025-06-20", pid="P1")]
    report = run(part_time(days=days, payments=pay, city="shanghai"), "2025-06-25", law)
    f = one(report, "below-hourly-minimum")
    assert f.amount == D("56.00") and f.confidence == "local_rule"
    assert f.forum == "arbitration"
    assert f.calculation is not None and f.calculation.table is not None
    assert f.calculation.table.rows[0].cells == ("40", "1000.00", "25.00", "1056.00", "56.00")
    assert [p.value for p in f.calculation.parameters] == ["26.4"]
    assert f.refs == ("payment:P1",)


def test_pay_exactly_at_the_hourly_minimum_is_not_short(law) -> None:
    # 40 h × 26.4 = 1056.00 paid: 1056.00 / 40 = 26.40 an hour, exactly the minimum
    days = worked("2025-06-02", "2025-06-13", "4")
    pay = [payment("2025-06-01", "2025-06-15", "1056.00", paid_on="2025-06-20")]
    report = run(part_time(days=days, payments=pay), "2025-06-25", law)
    assert only(report, "below-hourly-minimum") == []


# --- part-time-pay-cycle ---------------------------------------------------------------


def test_a_15_day_cycle_is_within_and_16_days_is_not(law) -> None:
    # 1–15 June: 15 days (within); 16 June – 1 July: 16 days (> 15)
    days = [*worked("2025-06-02", "2025-06-13", "4"), *worked("2025-06-16", "2025-06-30", "4")]
    pay = [
        payment("2025-06-01", "2025-06-15", "1200.00", paid_on="2025-06-20", pid="P1"),
        payment("2025-06-16", "2025-07-01", "1500.00", paid_on="2025-07-05", pid="P2"),
    ]
    report = run(part_time(days=days, payments=pay), "2025-07-10", law)
    f = one(report, "part-time-pay-cycle")
    assert f.key == "part-time-pay-cycle@long" and f.amount is None
    assert f.refs == ("payment:P2",)
    assert f.calculation is not None and f.calculation.table is not None
    assert f.calculation.table.rows[0].cells == ("2025-06-16", "2025-07-01", "16")


def test_hours_unsettled_after_15_days_are_priced_and_day_15_is_not_yet(law) -> None:
    # paid through 2025-06-30; as_of 2025-07-19: a day counts when it lies more than
    # 15 days back, i.e. on or before 2025-07-19 − 16 = 2025-07-03.
    # 07-02 and 07-03 (Wed, Thu): 2 × 4 h = 8 h × max(30 agreed, 26.4 minimum) = 240.00
    # 07-04 is exactly 15 days back: not yet
    days = [*worked("2025-06-16", "2025-06-30", "4"), *worked("2025-07-02", "2025-07-04", "4")]
    pay = [payment("2025-06-16", "2025-06-30", "1500.00", paid_on="2025-07-01")]
    report = run(part_time(days=days, payments=pay), "2025-07-19", law)
    f = one(report, "part-time-pay-cycle")
    assert f.key == "part-time-pay-cycle@unsettled"
    assert f.amount == D("240.00") and f.severity == "high"
    assert f.refs == ("day:2025-07-02", "day:2025-07-03")
    # with no agreed wage the hourly minimum prices them: 8 × 26.4 = 211.20
    report = run(part_time(days=days, payments=pay, hourly_wage=None), "2025-07-19", law)
    assert one(report, "part-time-pay-cycle").amount == D("211.20")


# --- piece-work-unpaid -----------------------------------------------------------------


def _batches() -> list[Task]:
    def batch(tid: str, status: TaskStatus, **kw: object) -> Task:
        return Task(tid, date("2025-06-02"), f"标注批次{tid}", status=status, **kw)  # type: ignore[arg-type]

    on = date
    return [
        # accepted, 300 × 0.35 = 105.00, unpaid -> counted
        batch("T1", TaskStatus.ACCEPTED, quantity=D("300"), rate=D("0.35")),
        # accepted, 80.00, listed by payment P9 -> paid
        batch("T2", TaskStatus.ACCEPTED, amount_due=D("80.00")),
        # submitted 06-10, 7 days' review -> ended 06-17 < as_of 06-30, no decision: 50.00
        batch(
            "T3",
            TaskStatus.SUBMITTED,
            amount_due=D("50.00"),
            submitted_on=on("2025-06-10"),
            review_days=7,
        ),
        # submitted 06-25, review ends 07-02 > as_of: still pending -> not counted
        batch(
            "T4",
            TaskStatus.SUBMITTED,
            amount_due=D("70.00"),
            submitted_on=on("2025-06-25"),
            review_days=7,
        ),
        # rejected, no reason -> arguable: 60.00
        batch("T5", TaskStatus.REJECTED, amount_due=D("60.00")),
        # rejected with a reason on 06-15, inside the review period (to 06-17) -> stands
        batch(
            "T6",
            TaskStatus.REJECTED,
            amount_due=D("90.00"),
            submitted_on=on("2025-06-10"),
            review_days=7,
            decided_on=on("2025-06-15"),
            rejection_reason="准确率低于95%",
        ),
        # rejected with a reason on 06-20, after the review period (06-17) -> arguable: 40.00
        batch(
            "T7",
            TaskStatus.REJECTED,
            amount_due=D("40.00"),
            submitted_on=on("2025-06-10"),
            review_days=7,
            decided_on=on("2025-06-20"),
            rejection_reason="准确率低于95%",
        ),
    ]


def _payout() -> list:  # type: ignore[type-arg]
    from dataclasses import replace

    return [
        replace(
            payment("2025-06-01", "2025-06-15", "80.00", paid_on="2025-06-20", pid="P9"),
            tasks=("T2",),
        )
    ]


def test_piece_work_unpaid_on_a_platform_is_a_civil_claim(law) -> None:
    # accepted: T1 105.00 + T3 50.00 = 155.00 (statute); rejected: T5 60.00 + T7 40.00 = 100.00
    c = case(
        arrangement="platform",
        pay_basis=PayBasis.PIECE,
        monthly_wage=None,
        tasks=_batches(),
        payments=_payout(),
    )
    report = run(c, "2025-06-30", law)
    accepted, rejected = (
        next(f for f in report.findings if f.key == f"piece-work-unpaid@{g}")
        for g in ("accepted", "rejected")
    )
    assert accepted.amount == D("155.00") and accepted.confidence == "statute"
    assert rejected.amount == D("100.00") and rejected.confidence == "practice"
    assert accepted.forum == Forum.COURT == rejected.forum  # no labour relationship claimed
    assert accepted.explanation.key == "rules.piece-work-unpaid.civil.explanation"
    assert accepted.explanation.params["years"] == "3"
    assert [r.key for r in accepted.calculation.table.rows] == ["task:T1", "task:T3"]  # type: ignore[union-attr]
    assert [r.key for r in rejected.calculation.table.rows] == ["task:T5", "task:T7"]  # type: ignore[union-attr]
    assert any(b.law == "civil_code" and b.article == "188" for b in accepted.basis)


def test_a_civil_piece_work_claim_before_the_civil_code_names_no_limitation(law) -> None:
    """The law data's three years (Civil Code 188) are in force from 2021-01-01;
    the same batches a year earlier (as_of 2020-06-30): still a court claim,
    but no number of years is said — the worker is sent to a lawyer or 12348.
    Near miss: as_of 2021-01-01, the first day in force, says 3 years."""
    from dataclasses import replace

    def shifted(d: dt.date | None) -> dt.date | None:
        return None if d is None else d.replace(year=2020)

    tasks = [
        replace(
            t,
            assigned_on=shifted(t.assigned_on),
            submitted_on=shifted(t.submitted_on),
            decided_on=shifted(t.decided_on),
            completed_on=shifted(t.completed_on),
        )
        for t in _batches()
    ]
    c = case(
        arrangement="platform",
        pay_basis=PayBasis.PIECE,
        monthly_wage=None,
        tasks=tasks,
        employment_start=dt.date(2020, 5, 1),
    )
    early = next(
        f for f in run(c, "2020-06-30", law).findings if f.key == "piece-work-unpaid@accepted"
    )
    assert early.forum == Forum.COURT
    assert early.explanation.key == "rules.piece-work-unpaid.civil_undated.explanation"
    assert "years" not in early.explanation.params
    assert early.calculation is not None and early.calculation.parameters == ()
    later = next(
        f for f in run(c, "2021-01-01", law).findings if f.key == "piece-work-unpaid@accepted"
    )
    assert later.explanation.key == "rules.piece-work-unpaid.civil.explanation"
    assert later.explanation.params["years"] == "3"


def test_piece_work_unpaid_in_a_labour_relationship_goes_to_arbitration(law) -> None:
    c = case(pay_basis=PayBasis.PIECE, monthly_wage=None, tasks=_batches(), payments=_payout())
    report = run(c, "2025-06-30", law)
    accepted = next(f for f in report.findings if f.key == "piece-work-unpaid@accepted")
    assert accepted.forum == Forum.ARBITRATION and accepted.amount == D("155.00")
    assert accepted.explanation.key == "rules.piece-work-unpaid.explanation"
    assert "years" not in accepted.explanation.params


# --- platform-pay-below-minimum --------------------------------------------------------


def _platform(paid: str, control: Control | None):  # type: ignore[no-untyped-def]
    # 2025-06-02 to 2025-06-06: 5 days × 8 h = 40 h in Beijing (26.4 an hour)
    return case(
        arrangement="platform",
        pay_basis=PayBasis.PIECE,
        monthly_wage=None,
        control=control,
        days=worked("2025-06-02", "2025-06-06", "8"),
        payments=[payment("2025-06-01", "2025-06-15", paid, paid_on="2025-06-20")],
    )


def test_platform_managed_work_below_the_hourly_minimum_is_guidance_at_most(law) -> None:
    # 40 h × 26.4 = 1056.00 due at least; paid 800.00 -> 20.00 an hour; shortfall 256.00
    managed = Control(appraisal_by=ControlBy.EMPLOYER)
    report = run(_platform("800.00", managed), "2025-06-25", law)
    f = one(report, "platform-pay-below-minimum")
    assert f.amount == D("256.00") and f.confidence == "practice"
    assert f.forum == Forum.COURT
    assert {b.law for b in f.basis} >= {"new_employment_guidance_2021"}
    assert f.calculation is not None and f.calculation.table is not None
    assert f.calculation.table.rows[0].cells == ("40", "800.00", "20.00", "1056.00", "256.00")
    # 8 h a day, but not a part-time arrangement: LCL 68 is not checked
    assert only(report, "part-time-limits-exceeded") == []


def test_platform_near_misses(law) -> None:
    managed = Control(tasks_by=ControlBy.CLIENT)
    # paid exactly 40 × 26.4 = 1056.00
    assert (
        only(run(_platform("1056.00", managed), "2025-06-25", law), "platform-pay-below-minimum")
        == []
    )
    # no record that the platform manages the work (category 3: independent)
    unmanaged = Control(tasks_by=ControlBy.UNKNOWN)
    assert (
        only(run(_platform("800.00", unmanaged), "2025-06-25", law), "platform-pay-below-minimum")
        == []
    )


# --- relationship-to-confirm: the checklist and the two questions ----------------------


def test_the_checklist_shows_each_element_and_asks_the_two_questions(law) -> None:
    report = run(_platform("800.00", Control(appraisal_by=ControlBy.EMPLOYER)), "2025-06-25", law)
    rel = one(report, "relationship-to-confirm")
    assert rel.calculation is not None and rel.calculation.table is not None
    rows = {r.key: r.cells[0] for r in rel.calculation.table.rows}
    assert list(rows) == ["subject", "management", "business"]
    assert rows["subject"].key.endswith("subject.unanswered")  # type: ignore[union-attr]
    assert rows["management"].key.endswith("management.shown")  # type: ignore[union-attr]
    assert rows["management"].params == {"count": 1}  # type: ignore[union-attr]
    assert rel.calculation.inputs == {"managed_by": "appraisal_by"}
    assert any(m.key.endswith("strengthen.questions") for m in rel.strengthen)
    assert {b.law for b in rel.basis} >= {"relationship_notice_2005"}
    # the filing pack asks to confirm the relationship first
    assert (
        requests(report_case := _platform("800.00", None), run(report_case, "2025-06-25", law))[
            0
        ].kind
        == "confirm"
    )


def test_a_student_or_a_pensioner_gets_only_the_civil_and_guidance_routes(law) -> None:
    for worker, basis in (
        (Worker("王同学", student=True), ("labour_law_opinions", "12")),
        (Worker("李师傅", pensioner=True), ("spc_interpretation_1", "32")),
    ):
        c = case(
            arrangement="direct",
            worker=worker,
            tasks=_batches(),
            payments=[*_payout()],
            days=worked("2025-06-02", "2025-06-13", "4"),
        )
        report = run(c, "2025-06-30", law)
        rel = one(report, "relationship-to-confirm")
        assert rel.explanation.key == "rules.relationship-to-confirm.no_subject.explanation"
        assert rel.forum == Forum.COURT
        assert any((b.law, b.article) == basis for b in rel.basis)
        # the monthly-wage rules are held back; piece work is a civil claim
        assert only(report, "below-minimum-wage") == [] and report.severance is None
        accepted = next(f for f in report.findings if f.key == "piece-work-unpaid@accepted")
        assert accepted.forum == Forum.COURT
        # nothing to confirm in arbitration
        assert all(r.kind != "confirm" for r in requests(c, report))


# --- every new finding: its basis is in the statute table, its JSON validates ----------


def test_every_new_rule_fires_cites_the_statute_table_and_validates(law) -> None:
    import json

    import jsonschema

    from caseapp.paths import resource
    from caseapp.rules.output import findings_to_json, format_findings_text

    with resource("schema", "findings-v1.schema.json").open("rb") as fh:
        schema = json.load(fh)
    over = [*worked("2025-06-09", "2025-06-13", "5"), *worked("2025-07-02", "2025-07-03", "4")]
    cases = [
        (
            part_time(
                days=over,
                payments=[payment("2025-06-01", "2025-06-30", "600.00", paid_on="2025-07-01")],
            ),
            "2025-07-25",
        ),
        (_platform("800.00", Control(appraisal_by=ControlBy.EMPLOYER)), "2025-06-25"),
        (
            case(
                arrangement="platform",
                pay_basis=PayBasis.PIECE,
                monthly_wage=None,
                tasks=_batches(),
            ),
            "2025-06-30",
        ),
        (case(worker=Worker("王同学", student=True)), "2025-06-30"),
    ]
    fired: set[str] = set()
    for c, as_of in cases:
        report = run(c, as_of, law)
        jsonschema.validate(findings_to_json(report), schema)
        for lang in ("zh", "en"):
            assert format_findings_text(report, lang, law)
        for f in report.findings:
            fired.add(f.rule)
            for b in f.basis:
                assert law.has_article(b.law, b.article, b.paragraph, b.item), (f.rule, b)
    assert {
        "part-time-limits-exceeded",
        "below-hourly-minimum",
        "part-time-pay-cycle",
        "piece-work-unpaid",
        "platform-pay-below-minimum",
        "relationship-to-confirm",
    } <= fired


def test_the_filing_pack_confirms_the_relationship_first_then_asks_for_the_pay(law) -> None:
    # platform work, relationship in doubt: 确认劳动关系 first, then the unpaid batches.
    # No payout recorded, so T2 counts too: accepted 105.00 + 80.00 + 50.00 = 235.00;
    # rejected 60.00 + 40.00 = 100.00. The court route's claims become pay for work
    # once the application asks for the confirmation.
    c = case(arrangement="platform", pay_basis=PayBasis.PIECE, monthly_wage=None, tasks=_batches())
    report = run(c, "2025-06-30", law)
    kinds = [(r.kind, r.amount) for r in requests(c, report)]
    assert kinds[0] == ("confirm", None)
    assert kinds[1:] == [("piece-work-unpaid", D("235.00")), ("piece-work-unpaid", D("100.00"))]
    accepted = next(f for f in report.findings if f.key == "piece-work-unpaid@accepted")
    assert any(m.key.endswith("next.if_confirmed") for m in accepted.next_steps)
