"""late-wages in proportion (issue 9 item 6): pay on the agreed day that was a
rest day is a note; a short delay is low and says nothing of resigning; a
substantial delay names LCL art. 38, the lawyer or legal aid (12348) first,
and the local guidance on excusable delay as the employer's answer."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.model import Contract
from caseapp.domain.vocab import Form, IncidentKind
from caseapp.i18n import render_both
from caseapp.rules.law import LawData
from rules.builders import case, incident, payment
from rules.helpers import one, only, run

RULE = "late-wages"
# October 2025's wage is due on the 15th of November: Saturday 2025-11-15, so by
# Wage Provisions art. 7 it is paid on the working day before, Friday 2025-11-14.


def _october_paid(paid_on: str | None, city: str = "shanghai", **kw: object) -> object:
    # Work from 2025-10-01 (so October is the only pay checked); paid in full in November.
    amount = "0.00" if paid_on is None else "10000"
    return case(
        city=city,
        contract=Contract(
            kind="fixed", start=dt.date(2025, 10, 1), end=dt.date(2027, 9, 30), written=True
        ),
        payments=[
            payment("2025-10-01", "2025-10-31", amount, paid_on=paid_on or "2025-11-14", pid="PO"),
            payment("2025-11-01", "2025-11-30", "10000", paid_on="2025-12-15"),
        ],
        **kw,
    )


def _texts(f: object) -> str:
    parts = [f.title, f.explanation, f.summary, *f.next_steps, *f.counter_arguments]  # type: ignore[attr-defined]
    return " ".join(render_both(m)["zh"] + render_both(m)["en"] for m in parts if m)


def test_paid_on_the_agreed_saturday_is_a_note(law: LawData) -> None:
    # Shanghai (no grace days): paid Saturday 2025-11-15, the agreed day — one day
    # after the Friday it was due (2025-11-15 − 2025-11-14 = 1): info, never more.
    f = one(run(_october_paid("2025-11-15"), "2025-12-01", law), RULE)
    assert f.severity == "info"
    assert f.title.key == "rules.late-wages.rest_day.title"
    assert f.explanation.params["worst"] == 1
    assert f.explanation.params["dates"] == "2025-11-15"
    assert "三十八" not in _texts(f) and "art. 38" not in _texts(f)


def test_near_miss_paid_the_monday_after_is_a_short_delay(law: LawData) -> None:
    # Paid Monday 2025-11-17: 3 days after the Friday it was due, after the agreed day
    # too: a short delay with nothing else — low, and no word of resigning.
    f = one(run(_october_paid("2025-11-17"), "2025-12-01", law), RULE)
    assert f.severity == "low" and f.title.key == "rules.late-wages.short.title"
    assert f.explanation.params["worst"] == (dt.date(2025, 11, 17) - dt.date(2025, 11, 14)).days
    words = _texts(f)
    assert "三十八" not in words and "art. 38" not in words and "resign" not in words
    assert not any(b.article == "38" for b in f.basis)


def test_near_miss_beijing_grace_covers_the_saturday(law: LawData) -> None:
    # Beijing's 7 grace days (534 Q54): 2025-11-14 + 7 = 2025-11-21; nothing is late.
    assert only(run(_october_paid("2025-11-15", city="beijing"), "2025-12-01", law), RULE) == []


def test_a_month_late_is_substantial(law: LawData) -> None:
    # Paid 2025-12-20: 36 days after 2025-11-14, past a whole pay period (2025-12-14).
    f = one(run(_october_paid("2025-12-20"), "2026-01-10", law), RULE)
    assert f.severity == "medium" and f.title.key == "rules.late-wages.title"
    assert f.explanation.params["worst"] == (dt.date(2025, 12, 20) - dt.date(2025, 11, 14)).days
    words = _texts(f)
    assert "第三十八条" in words and "12348" in words
    assert any(m.key == "steps.lawyer_first" for m in f.next_steps)
    # the employer's answer: the guidance on excusable delay (elsewhere: Interp. I art. 45)
    assert any(m.key == "rules.late-wages.counter.excusable" for m in f.counter_arguments)
    assert ("spc_interpretation_1", "45") in {(b.law, b.article) for b in f.basis}


def test_substantial_in_beijing_answers_with_the_30_day_rule(law: LawData) -> None:
    # Beijing: paid 2025-12-20, past 2025-11-14 + 7 and a month after the due day.
    f = one(run(_october_paid("2025-12-20", city="beijing"), "2026-01-10", law), RULE)
    assert ("beijing_wage_regulations", "26") in {(b.law, b.article) for b in f.basis}
    assert "30 日" in _texts(f)


def test_late_again_after_a_written_demand_is_substantial(law: LawData) -> None:
    # A written demand for pay on time on 2025-10-20; October's pay then came 3 days
    # late (2025-11-17): repeated after the demand.
    demand = incident(
        "D1",
        "2025-10-20",
        IncidentKind.DEMAND_SENT,
        form=Form.WRITTEN_PAPER,
        asserts=(RULE,),
    )
    f = one(run(_october_paid("2025-11-17", incidents=[demand]), "2025-12-01", law), RULE)
    assert f.severity == "medium" and "incident:D1" in f.refs
    assert "2025-10-20" in render_both(f.explanation)["zh"]


def test_near_miss_an_oral_demand_does_not_make_it_substantial(law: LawData) -> None:
    demand = incident("D1", "2025-10-20", IncidentKind.DEMAND_SENT, form=Form.ORAL, asserts=(RULE,))
    f = one(run(_october_paid("2025-11-17", incidents=[demand]), "2025-12-01", law), RULE)
    assert f.severity == "low"


def test_unpaid_less_than_a_period_is_medium_without_art_38(law: LawData) -> None:
    # Recorded 0.00 for October; on 2025-11-20 less than a pay period has passed.
    f = one(run(_october_paid(None), "2025-11-20", law), RULE)
    assert f.severity == "medium" and f.title.key == "rules.late-wages.unpaid_recent.title"
    assert "三十八" not in _texts(f)
    # a month on (2025-12-14 or later) it is unpaid for a pay period: high, art. 38
    g = one(run(_october_paid(None), "2025-12-15", law), RULE)
    assert g.severity == "high" and "第三十八条" in _texts(g)
