"""piece-work-unpaid (Civil Code arts. 770 ff.; issue 15).

Batches of piece work (`tasks` with a piece-work `status`) that were done and
not paid. A batch counts as paid when its `status` is `paid` or a payment
lists it (`payments[].tasks`). What a batch is worth: `amount_due`, else
`quantity × rate` (`Task.due`); a batch without either is listed without an
amount. Two findings:

* `@accepted` — accepted and unpaid, or submitted and the agreed review
  period (`review_days` from `submitted_on`) has passed with no decision
  recorded. The ordering party must inspect and pay as agreed (Civil Code
  780, 782); where a labour relationship is claimed, the same money is
  unpaid wages (LCL 30). `statute`. A submitted batch still inside its review
  period, or with no review period recorded, is not counted.
* `@rejected` (variant `rejected`) — rejected with no reason recorded, or
  decided after the review period (`decided_on` later than `submitted_on` +
  `review_days`): the rejection may not stand, so the remuneration is
  arguable. `practice`. A rejection with a reason inside the review period is
  not counted.

**Forum.** Where a labour relationship is claimed (`hourly.labour_claimed`)
the claim goes to the arbitration commission. Otherwise it is a civil claim
(contract for work): forum `court`, limitation period three years (Civil
Code 188, the figure in meta.toml) from the day the worker knew or should
have known the pay was withheld — said plainly in the finding (variants
`civil`, `rejected_civil`), never as a deadline that has passed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.findings import (
    Basis,
    CalcRow,
    CalcTable,
    Calculation,
    CalcValue,
    Finding,
    Period,
)
from caseapp.domain.messages import Msg
from caseapp.domain.model import Task
from caseapp.domain.vocab import Confidence, Forum, Severity, TaskStatus
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.hourly import confirmable, forum_of
from caseapp.rules.lawview import Figure, from_dated

RULE = "piece-work-unpaid"


def _review_end(t: Task) -> dt.date | None:
    if t.submitted_on is None or t.review_days is None:
        return None
    return t.submitted_on + dt.timedelta(days=t.review_days)


def classify(t: Task, paid_ids: set[str], as_of: dt.date) -> str | None:
    """`accepted_unpaid`, `review_passed`, `rejected_no_reason`,
    `rejected_late`, or None (paid, pending, or a rejection that stands)."""
    if t.status is None or t.status == TaskStatus.PAID or t.id in paid_ids:
        return None
    if t.status == TaskStatus.ACCEPTED:
        return "accepted_unpaid"
    review_end = _review_end(t)
    if t.status == TaskStatus.SUBMITTED:
        return "review_passed" if review_end is not None and as_of > review_end else None
    if t.status == TaskStatus.REJECTED:
        if not (t.rejection_reason or "").strip():
            return "rejected_no_reason"
        if review_end is not None and t.decided_on is not None and t.decided_on > review_end:
            return "rejected_late"
    return None


def check(ctx: RuleContext) -> list[Finding]:
    paid_ids = {tid for p in ctx.case.payments for tid in p.tasks}
    groups: dict[str, list[tuple[Task, str]]] = {"accepted": [], "rejected": []}
    for t in sorted(ctx.case.tasks, key=lambda t: (t.assigned_on, t.id)):
        why = classify(t, paid_ids, ctx.as_of)
        if why is None:
            continue
        groups["rejected" if why.startswith("rejected") else "accepted"].append((t, why))
    info = ctx.case.info
    forum = forum_of(info)
    civil = forum == Forum.COURT
    limitation = from_dated(ctx.law.civil_limitation_years(ctx.as_of)) if civil else None
    return [
        _finding(ctx, group, items, civil, limitation) for group, items in groups.items() if items
    ]


def _finding(
    ctx: RuleContext,
    group: str,
    items: list[tuple[Task, str]],
    civil: bool,
    limitation: Figure | None,
) -> Finding:
    amount = sum((t.due for t, _ in items if t.due is not None), Decimal(0))
    unpriced = sum(1 for t, _ in items if t.due is None)
    days = [t.submitted_on or t.completed_on or t.assigned_on for t, _ in items]
    start, end = min(days), max(days)
    rejected = group == "rejected"
    # a date before the law data's limitation figure is in force (the Civil
    # Code, 2021-01-01): the court route without a number of years
    undated = civil and limitation is None
    variant = "_".join(
        v for v, on in (("rejected", rejected), ("civil", civil), ("undated", undated)) if on
    )
    basis: list[Basis] = [
        B.art(B.CIVIL_CODE, "770"),
        B.art(B.CIVIL_CODE, "780"),
        B.art(B.CIVIL_CODE, "782"),
    ]
    if civil:
        basis.append(B.art(B.CIVIL_CODE, "188"))
    else:
        basis.insert(0, B.LCL30)
    inputs: dict[str, CalcValue] = {"batches": str(len(items))}
    if unpriced:
        inputs["batches_without_amount"] = str(unpriced)
    rows = tuple(
        CalcRow(
            f"task:{t.id}",
            (
                Msg(f"calc.{RULE}.why.{why}"),
                str(t.quantity) if t.quantity is not None else "—",
                money(t.rate),
                money(t.due),
            ),
        )
        for t, why in items
    )
    params: dict[str, object] = {
        "count": len(items),
        "amount": money(amount),
        "start": start.isoformat(),
        "end": end.isoformat(),
    }
    if limitation is not None:
        params["years"] = str(limitation.value)
    return finding(
        ctx,
        RULE,
        key_of(RULE, group),
        severity=Severity.HIGH if not rejected else Severity.MEDIUM,
        confidence=Confidence.PRACTICE if rejected else Confidence.STATUTE,
        params=params,
        period=Period(start, end),
        amount=amount if amount > 0 else None,
        calculation=Calculation(
            formula=Msg(f"calc.{RULE}.formula"),
            inputs=inputs,
            parameters=(
                (limitation.parameter("civil_limitation_years"),) if limitation is not None else ()
            ),
            table=CalcTable("task", ("why", "quantity", "rate", "due"), rows),
        ),
        basis=basis,
        forum=Forum.COURT if civil else Forum.ARBITRATION,
        respondents=("employer",),
        refs=[f"task:{t.id}" for t, _ in items]
        + [f"evidence:{e}" for t, _ in items for e in t.evidence],
        strengthen=("batch_records", "review_terms") if rejected else ("batch_records",),
        next_steps=(
            *(("ask_reason",) if rejected else ()),
            "steps.demand_in_writing",
            *(("court",) if civil else ("steps.lawyer_first",)),
            # in doubt but not ruled out: confirming the relationship first makes
            # the same sum pay for work before the arbitration commission
            *(("if_confirmed",) if civil and confirmable(ctx.case.info) else ()),
        ),
        counter=("quality",) if rejected else ("not_delivered",),
        variant=variant,
    )
