"""Properties over generated cases.

Valid cases of any shape: no rule crashes, no amount is negative, the same
case and as_of always give the same document.

Scenarios built to reach the dismissal and route rules (a standby stretch with
short pay, demands asserting random claims, terminations on random grounds
with random union records, protected periods, assessments and absence
allegations): the same, and the must-nevers hold: art38-grounds-recorded never
fires without a written demand before `as_of` or after employment ended;
union-not-notified never fires when the union was notified of every
termination; nothing fires on a clean case."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st
from strategies import cases

from caseapp.domain.model import Case, Incident, Payment, ProtectedPeriod
from caseapp.domain.vocab import DayStatus, EndGround, Form, IncidentKind, ProtectedKind
from caseapp.rules.engine import make_context, run_rules
from caseapp.rules.law import load_law_data
from caseapp.rules.output import findings_to_json
from caseapp.rules.r_art38_grounds import GROUNDS
from rules.builders import case, ended, incident, month_payments, payment, span
from rules.reader_language import problems

LAW = load_law_data()


@given(case=cases(max_records=6, with_files=False), offset=st.integers(min_value=0, max_value=900))
def test_rules_never_crash_and_amounts_are_not_negative(case: Case, offset: int) -> None:
    as_of = case.info.work_start + dt.timedelta(days=offset)
    report = run_rules(case, as_of, LAW)
    for f in report.findings:
        assert f.amount is None or f.amount >= 0, f.key
        for alt in f.alternatives:
            assert alt.amount is None or alt.amount >= 0, f.key
    if report.severance is not None:
        assert report.severance.n >= 0 and report.severance.double >= 0
    assert problems(report, case) == []  # calculations in Chinese, each step once
    first = json.dumps(findings_to_json(report), sort_keys=True)
    again = json.dumps(findings_to_json(run_rules(case, as_of, LAW)), sort_keys=True)
    assert first == again


@given(case=cases(max_records=6, with_files=False), offset=st.integers(min_value=0, max_value=900))
def test_the_rules_see_nothing_dated_after_as_of(case: Case, offset: int) -> None:
    """The rules rely on it (RuleContext): they do not check these dates again."""
    as_of = case.info.work_start + dt.timedelta(days=offset)
    seen = make_context(case, as_of, LAW).case
    assert all(d.date <= as_of for d in seen.days)
    assert all(t.assigned_on <= as_of for t in seen.tasks)
    assert all(p.paid_on <= as_of for p in seen.payments)
    assert all(i.date <= as_of for i in seen.incidents)
    assert all(s.month <= as_of for s in seen.social_insurance)


# --- scenarios that reach the dismissal and route rules ------------------------------

WORKED = month_payments("2024-01-01", "2025-06-30", "10000")  # built once: builder ids are finite
CLEAN = month_payments("2024-01-01", "2025-12-31", "10000")


def _monthly(first: dt.date, last: dt.date, amount: str) -> list[Payment]:
    """Standby payments with their own ids (the builder's counter is finite)."""
    out = []
    cur = first.replace(day=1)
    while cur <= last:
        nxt = (cur.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        end = nxt - dt.timedelta(days=1)
        out.append(
            payment(cur.isoformat(), end.isoformat(), amount, kind="standby", pid=f"S{cur:%Y%m}")
        )
        cur = nxt
    return out


DISMISSAL_AND_ROUTES = {
    "labour-inspection-route",
    "employer-held-evidence",
    "art38-grounds-recorded",
    "union-not-notified",
    "protected-worker-terminated",
    "absence-pretext",
    "incompetence-without-training",
}
START = dt.date(2025, 7, 1)
DAYS = st.integers(min_value=0, max_value=150).map(lambda n: START + dt.timedelta(days=n))
CLAIMS = st.sampled_from(sorted({*GROUNDS, "late-wages", "no-written-contract", "other"}))


@st.composite
def incidents(draw: st.DrawFn) -> list[Incident]:
    out: list[Incident] = []
    for n in range(draw(st.integers(min_value=0, max_value=6))):
        kind = draw(
            st.sampled_from(
                [
                    IncidentKind.DEMAND_SENT,
                    IncidentKind.TERMINATION_NOTICE,
                    IncidentKind.INCOMPETENCE_CLAIM,
                    IncidentKind.TRAINING_OFFERED,
                    IncidentKind.ASSESSMENT,
                    IncidentKind.PERFORMANCE_WARNING,
                    IncidentKind.ACCESS_REVOKED,
                    IncidentKind.RESIGNATION_SUBMITTED,
                ]
            )
        )
        when = draw(DAYS)
        kw: dict[str, object] = {}
        if kind == IncidentKind.DEMAND_SENT:
            kw["asserts"] = tuple(draw(st.lists(CLAIMS, max_size=3, unique=True)))
            kw["form"] = draw(st.sampled_from([None, Form.ORAL, Form.WRITTEN_PAPER]))
        elif kind == IncidentKind.TERMINATION_NOTICE:
            kw["ground"] = draw(st.sampled_from([None, *EndGround]))
            kw["union_notified"] = draw(st.sampled_from([None, True, False]))
            kw["stated_ground_text"] = draw(
                st.sampled_from([None, "旷工", f"{when.isoformat()} 旷工", "不能胜任"])
            )
        elif kind == IncidentKind.ASSESSMENT:
            a, b = sorted((draw(DAYS), draw(DAYS)))
            kw.update(period_start=a, period_end=b)
        elif kind == IncidentKind.PERFORMANCE_WARNING:
            kw["quote"] = draw(
                st.sampled_from(["旷工", "2025-08-13 缺勤", "绩效", "2025年13月40日旷工"])
            )
        out.append(incident(f"I{n}", when.isoformat(), kind, **kw))
    return out


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Case, dt.date]:
    standby_end = draw(DAYS)
    days = span(START.isoformat(), standby_end.isoformat(), DayStatus.STANDBY)
    amount = draw(st.sampled_from(["0.00", "1000", "1778", "10000"]))
    pays = [*WORKED, *_monthly(START, standby_end, amount)]
    if draw(st.booleans()):
        pays.append(
            payment(
                "2025-08-01", "2025-08-31", "500", kind="standby", paid_on="2025-10-01", pid="X1"
            )
        )
    protected: tuple[ProtectedPeriod, ...] = ()
    if draw(st.booleans()):
        a, b = sorted((draw(DAYS), draw(DAYS)))
        protected = (
            ProtectedPeriod(
                kind=draw(st.sampled_from(list(ProtectedKind))),
                from_=a,
                to=draw(st.sampled_from([None, b])),
            ),
        )
    kw: dict[str, object] = {
        "arrangement": draw(st.sampled_from(["outsourcing", "dispatch", "direct", "platform"])),
        "protected": protected,
    }
    if draw(st.booleans()):
        kw["employment_ended"] = ended(
            draw(DAYS).isoformat(), draw(st.sampled_from(list(EndGround)))
        )
    c = case(days=days, payments=pays, incidents=draw(incidents()), **kw)
    as_of = draw(
        st.integers(min_value=0, max_value=240).map(lambda n: START + dt.timedelta(days=n))
    )
    return c, as_of


@given(scenarios())
def test_dismissal_and_route_rules_never_crash_and_keep_their_promises(
    scenario: tuple[Case, dt.date],
) -> None:
    c, as_of = scenario
    report = run_rules(c, as_of, LAW)
    first = json.dumps(findings_to_json(report), sort_keys=True)
    assert first == json.dumps(findings_to_json(run_rules(c, as_of, LAW)), sort_keys=True)
    theirs = [f for f in report.findings if f.rule in DISMISSAL_AND_ROUTES]
    for f in theirs:
        assert f.amount is None or f.amount >= 0, f.key
        assert all(a.amount is None or a.amount >= 0 for a in f.alternatives), f.key
    ended_on = c.info.employment_ended.date if c.info.employment_ended else None
    written_demands = [
        i
        for i in c.incidents
        if i.kind == IncidentKind.DEMAND_SENT and i.date < as_of and i.form != Form.ORAL
    ]
    for f in theirs:
        if f.rule == "art38-grounds-recorded":
            assert written_demands, f.key
            assert ended_on is None or ended_on > as_of, f.key
            assert f.forum is None
        if f.rule == "union-not-notified":
            notices = [
                i
                for i in c.incidents
                if i.kind == IncidentKind.TERMINATION_NOTICE and i.date <= as_of
            ]
            assert not notices or not all(i.union_notified is True for i in notices), f.key
        if f.rule == "labour-inspection-route":
            assert f.amount is not None and f.amount > 0


@given(st.integers(min_value=0, max_value=600))
def test_clean_case_gets_nothing_from_these_rules(offset: int) -> None:
    c = case(payments=CLEAN)
    c = replace(c, incidents=())
    as_of = dt.date(2024, 2, 1) + dt.timedelta(days=offset)
    report = run_rules(c, as_of, LAW)
    assert [f.key for f in report.findings if f.rule in DISMISSAL_AND_ROUTES] == []
