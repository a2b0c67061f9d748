"""Dates and dated figures (issue 9 item 7): the pay divisor looked up by the
date of the calculation, and a limitation period whose last day falls on a
rest day or holiday (民法典 art. 203)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from caseapp.domain.citation import Source
from caseapp.domain.model import Contract
from caseapp.domain.vocab import Confidence, EndGround, IncidentKind
from caseapp.i18n import render_both
from caseapp.rules.law import LawData
from rules.builders import case, ended, incident, month_payments
from rules.helpers import one, only, run
from rules.test_law_data import broken_copy, problems_of

NOTICE_2008 = "劳社部发〔2008〕3号"
NOTICE_2025 = "人社部发〔2025〕2号"


def number(source: Source) -> str | None:
    """The 文号 of the document a figure cites."""
    return None if source.document is None else source.document.number


# --- the pay divisor by date ---------------------------------------------------------


def test_divisor_lookup_by_date(law: LawData) -> None:
    # 2021: the 2008 notice (in force by its publication, 2008-01-10); from 2025-01-01
    # the 2025 notice. Both give 21.75 = (365 − 104) ÷ 12.
    in_2021 = law.pay_divisor(dt.date(2021, 5, 1))
    assert in_2021.value == D("21.75") and number(in_2021.source) == NOTICE_2008
    assert in_2021.confidence is Confidence.STATUTE
    assert number(law.pay_divisor(dt.date(2025, 1, 1)).source) == NOTICE_2025
    assert number(law.pay_divisor(dt.date(2024, 12, 31)).source) == NOTICE_2008
    first = law.pay_divisor(dt.date(2008, 1, 10))
    assert first.effective_from == dt.date(2008, 1, 10) and not first.effective_from_known


def test_before_the_first_recorded_divisor_nothing_is_invented(law: LawData) -> None:
    # Near miss: 2008-01-09 is before the 2008 notice was published; the 2000 notice's
    # figure is not in the references, so the earliest figure comes back unconfirmed.
    found = law.pay_divisor(dt.date(2008, 1, 9))
    assert found.confidence is Confidence.UNCONFIRMED
    assert found.note is not None and "No pay divisor is recorded" in found.note


def _cut_2021() -> object:
    # Contract wage 10000 (written) from 2020-01-01; August and September 2021 paid
    # 8000 gross each with no written agreement: (10000 − 8000) × 2 = 4000.00.
    return case(
        contract=Contract(
            kind="fixed", start=dt.date(2020, 1, 1), end=dt.date(2023, 12, 31), written=True
        ),
        payments=month_payments("2020-01-01", "2021-07-31", "10000")
        + month_payments("2021-08-01", "2021-09-30", "8000"),
    )


def test_a_2021_calculation_cites_the_2008_notice(law: LawData) -> None:
    # Analysed in 2026: the months are of 2021, so the divisor cited is the one in
    # force in 2021 (劳社部发〔2008〕3号), not the 2025 notice.
    f = one(run(_cut_2021(), "2026-03-01", law), "unilateral-pay-cut")
    assert f.amount == (D("10000") - D("8000")) * 2 == D("4000.00")
    divisors = [p for p in f.calculation.parameters if p.name == "pay_divisor"]
    assert len(divisors) == 1
    assert number(divisors[0].source) == NOTICE_2008
    assert divisors[0].value == "21.75"


def test_near_miss_a_2025_calculation_cites_the_2025_notice(law: LawData) -> None:
    # The same cut in August–September 2025 cites the notice in force then.
    c = case(
        payments=month_payments("2024-01-01", "2025-07-31", "10000")
        + month_payments("2025-08-01", "2025-09-30", "8000"),
    )
    f = one(run(c, "2025-10-20", law), "unilateral-pay-cut")
    divisors = [p for p in f.calculation.parameters if p.name == "pay_divisor"]
    assert [number(p.source) for p in divisors] == [NOTICE_2025]


def test_a_stretch_across_2025_cites_both_notices(law: LawData) -> None:
    # December 2024 and January 2025 cut: the calculation spans both notices.
    c = case(
        payments=month_payments("2024-01-01", "2024-11-30", "10000")
        + month_payments("2024-12-01", "2025-01-31", "8000"),
    )
    f = one(run(c, "2025-03-01", law), "unilateral-pay-cut")
    sources = [p.source for p in f.calculation.parameters if p.name == "pay_divisor"]
    assert len(sources) == 2
    assert [number(s) for s in sources] == [NOTICE_2008, NOTICE_2025]


# --- double_wages.toml is validated like every other file -------------------------------


def test_an_unknown_reading_is_reported(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "double_wages.toml",
        'in_force_by = 2024-04-30\nreading = "counted_back"',
        'in_force_by = 2024-04-30\nreading = "sometimes"',
    )
    assert any("double_wages.toml: beijing.limitation[0]" in p for p in problems_of(root))


def test_the_national_readings_are_required(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path, "double_wages.toml", "[[national.limitation]]", "[[shanghai.limitation]]"
    )
    assert any("'limitation' is required" in p for p in problems_of(root))


def test_double_wage_readings(law: LawData) -> None:
    beijing = law.double_wage_limitation("beijing", dt.date(2025, 6, 1))
    assert beijing is not None and beijing.value == "counted_back"
    assert beijing.confidence is Confidence.PRACTICE
    # before the 2024 answers, and anywhere else: not known (the national gap)
    assert law.double_wage_limitation("beijing", dt.date(2023, 6, 1)) is None
    assert law.double_wage_limitation("hangzhou", dt.date(2025, 6, 1)) is None
    lapsed = law.lapsed_contract_double_wages("hangzhou", dt.date(2025, 9, 1))
    assert lapsed is not None and lapsed.confidence is Confidence.CONTESTED
    assert {b.article for b in lapsed.basis} == {"8", "11"}


# --- 民法典 art. 203: a last day on a rest day or holiday -------------------------------

OBJECTIVE = "objective-change-not-shown"


def _terminated_on(day: str) -> object:
    # Terminated on an "objective change" ground; the claim's year runs from the end.
    return case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident(
                "T1",
                "2025-09-01",
                IncidentKind.TERMINATION_NOTICE,
                ground=EndGround.ART40_3,
                union_notified=True,
            )
        ],
        employment_ended=ended(day, "art40_3"),
    )


def test_deadline_on_a_public_holiday_moves_to_the_next_working_day(law: LawData) -> None:
    # Ended 2025-10-02: one year → 2026-10-02, a Friday inside the 2026 National Day
    # break (10-01 – 10-07, 国办发明电〔2025〕7号, in the law data): the period runs to
    # the next working day, Thursday 2026-10-08. As of 2026-09-01 the finding counts
    # the 31 days left to the unmoved 2026-10-02 and advises filing by it.
    report = run(_terminated_on("2025-10-02"), "2026-09-01", law)
    deadline = next(d for d in report.deadlines if d.claim == OBJECTIVE)
    assert deadline.last_day == dt.date(2026, 10, 2)  # the unmoved day stays the deadline
    words = render_both(deadline.computation)
    assert "2026-10-08" in words["zh"] and "民法典第二百零三条" in words["zh"]
    assert "still file by 2026-10-02" in words["en"]
    f = one(report, "limitation-deadline")
    assert f.title.key == "rules.limitation-deadline.moved.title"
    assert f.explanation.params["days_left"] == (dt.date(2026, 10, 2) - dt.date(2026, 9, 1)).days
    assert f.explanation.params["days_left"] == 31
    assert f.explanation.params["moved_to"] == "2026-10-08"
    assert any(b.law == "civil_code" and b.article == "203" for b in f.basis)


def test_between_the_unmoved_and_the_moved_day_it_says_apply_now(law: LawData) -> None:
    # 2026-10-05 is after 10-02 but before 10-08: not "may be time-barred" yet.
    f = one(run(_terminated_on("2025-10-02"), "2026-10-05", law), "limitation-deadline")
    assert f.title.key == "rules.limitation-deadline.moved_grace.title"
    assert "2026-10-08" in render_both(f.summary)["zh"]
    # after the moved day: the usual "may be time-barred if the employer raises it"
    g = one(run(_terminated_on("2025-10-02"), "2026-10-09", law), "limitation-deadline")
    assert g.title.key == "rules.limitation-deadline.passed.title"


def test_near_miss_a_year_whose_calendar_is_not_confirmed_is_not_moved(law: LawData) -> None:
    # Ended 2026-10-02: one year → 2027-10-02, a Saturday. The 2027 notice is not in
    # the law data (nor in chinese-calendar 1.11): its make-up working days are not
    # known, so nothing is moved.
    report = run(_terminated_on("2026-10-02"), "2027-09-01", law)
    deadline = next(d for d in report.deadlines if d.claim == OBJECTIVE)
    assert deadline.last_day == dt.date(2027, 10, 2)
    assert "二百零三" not in render_both(deadline.computation)["zh"]
    f = one(report, "limitation-deadline")
    assert f.title.key == "rules.limitation-deadline.title"


def test_near_miss_a_working_day_is_not_moved(law: LawData) -> None:
    # Ended 2025-09-30: one year → 2026-09-30, a Wednesday working day.
    report = run(_terminated_on("2025-09-30"), "2026-09-01", law)
    f = one(report, "limitation-deadline")
    assert f.title.key == "rules.limitation-deadline.title"
    assert "moved_to" not in f.explanation.params


def test_a_make_up_saturday_is_a_working_day(law: LawData) -> None:
    # 2026-10-10 is a Saturday made a working day by the notice: a period ending on it
    # does not move (ended 2025-10-10 → 2026-10-10).
    report = run(_terminated_on("2025-10-10"), "2026-09-20", law)
    deadline = next(d for d in report.deadlines if d.claim == OBJECTIVE)
    assert deadline.last_day == dt.date(2026, 10, 10)
    assert "二百零三" not in render_both(deadline.computation)["zh"]
    assert only(report, "limitation-deadline")[0].title.key == "rules.limitation-deadline.title"
